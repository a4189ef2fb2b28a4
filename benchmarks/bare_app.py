"""The yardstick: a bare FastAPI "hello" app, served the same way as JobWise."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/")
async def hello() -> dict[str, str]:
    return {"hello": "world"}
