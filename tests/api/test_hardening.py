"""Error shape everywhere, hostile bodies, headers, CORS, request ids, metrics and readiness."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from asgi_lifespan import LifespanManager
from httpx import AsyncClient

from jobwise.main import create_app
from tests.conftest import Account, AppFactory, Database, make_settings

ME = "/api/v1/users/me"


async def test_unknown_route_and_wrong_method_use_the_error_shape(client: AsyncClient) -> None:
    r = await client.get("/api/v1/nope")
    assert r.status_code == 404
    assert r.json() == {"detail": {"code": "not_found", "message": "No such endpoint."}}
    r = await client.put("/api/v1/auth/login", json={})
    assert r.status_code == 405
    assert r.json()["detail"]["code"] == "method_not_allowed"


async def test_validation_errors_have_code_and_list(client: AsyncClient) -> None:
    r = await client.post("/api/v1/auth/register", json={"email": "not-an-email", "password": 5})
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail["code"] == "validation_error"
    assert {tuple(e["loc"]) for e in detail["errors"]} == {("body", "email"), ("body", "password")}
    assert all(set(e) == {"loc", "msg", "type"} for e in detail["errors"])


async def test_a_repeated_query_parameter_is_refused(client: AsyncClient, alice: Account) -> None:
    # FastAPI would keep the last value silently; a client sending two means something else.
    r = await client.get("/api/v1/jobs?q=python&q=rust&limit=5", headers=alice.headers)
    assert r.status_code == 422
    detail = r.json()["detail"]
    assert detail["errors"] == [
        {"loc": ["query", "q"], "msg": "Give this parameter only once", "type": "repeated"}
    ]
    assert detail["message"] == "q: Give this parameter only once"
    r = await client.get("/api/v1/jobs?q=python&limit=5", headers=alice.headers)
    assert r.status_code == 200


@pytest.mark.parametrize(
    "body",
    [b"{not json", b"[]", b'"just a string"', b"\xff\xfe\x00", b'{"email": "a@example.com", "password": "x"'],
)
async def test_malformed_json_is_a_4xx(client: AsyncClient, body: bytes) -> None:
    r = await client.post("/api/v1/auth/register", content=body, headers={"content-type": "application/json"})
    assert 400 <= r.status_code < 500
    assert "code" in r.json()["detail"]


async def test_lone_surrogates_are_refused(client: AsyncClient, alice: Account) -> None:
    body = '{"full_name": "bad \\ud800 text"}'
    r = await client.patch(ME, content=body, headers={**alice.headers, "content-type": "application/json"})
    assert r.status_code == 422
    assert "surrogate" in r.json()["detail"]["message"]
    r = await client.post(
        "/api/v1/auth/register",
        content='{"email": "x@example.com", "password": "\\udfff\\ud800-Long-Enough"}',
        headers={"content-type": "application/json"},
    )
    assert r.status_code == 422


async def test_deeply_nested_json_is_refused(client: AsyncClient, alice: Account) -> None:
    deep = "[" * 50_000 + "]" * 50_000
    r = await client.put(
        f"{ME}/settings",
        content=f'{{"target_roles": {deep}}}',
        headers={**alice.headers, "content-type": "application/json"},
    )
    assert 400 <= r.status_code < 500
    nested = {"target_roles": []}
    for _ in range(40):
        nested = {"x": nested}  # type: ignore[dict-item]
    r = await client.put(f"{ME}/settings", json=nested, headers=alice.headers)
    assert r.status_code == 422


async def test_oversized_bodies_get_413(app_factory: AppFactory, alice: Account) -> None:
    client = await app_factory(max_json_kb=16)
    big = json.dumps({"full_name": "x" * 40_000})
    r = await client.patch(ME, content=big, headers={**alice.headers, "content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["detail"]["code"] == "too_large"

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        for _ in range(40):
            yield b" " * 1024
        yield big.encode()

    r = await client.patch(
        ME, content=chunks(), headers={**alice.headers, "content-type": "application/json"}
    )
    assert r.status_code == 413


async def test_unhandled_errors_are_500_without_internals(database: Database, tmp_path: Path) -> None:
    app = create_app(make_settings(tmp_path, database.url))

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internal detail /etc/passwd")

    async with LifespanManager(app) as manager:
        transport = httpx.ASGITransport(app=manager.app, raise_app_exceptions=False)
        async with AsyncClient(transport=transport, base_url="http://testserver") as client:
            r = await client.get("/boom", headers={"X-Request-ID": "trace-123"})
    assert r.status_code == 500
    assert r.json() == {
        "detail": {
            "code": "internal_error",
            "message": "Something went wrong on our side; it has been logged.",
        }
    }
    assert "secret" not in r.text
    assert r.headers["x-request-id"] == "trace-123"
    assert r.headers["x-content-type-options"] == "nosniff"


async def test_security_headers_on_api_and_docs(client: AsyncClient) -> None:
    r = await client.get("/health")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["referrer-policy"] == "no-referrer"
    assert r.headers["content-security-policy"].startswith("default-src 'none'")
    r = await client.get("/api/v1/users/me")
    assert r.headers["cache-control"] == "no-store"
    docs = await client.get("/docs")
    assert docs.status_code == 200
    assert "swagger-ui" in docs.text
    assert "https://cdn.jsdelivr.net" in docs.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in docs.headers["content-security-policy"]
    assert (await client.get("/redoc")).status_code == 200
    assert (await client.get("/openapi.json")).json()["info"]["title"] == "JobWise API"


async def test_cors_allows_only_configured_origins(app_factory: AppFactory) -> None:
    client = await app_factory(cors_origins=["http://localhost:8501"])
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    r = await client.options("/api/v1/auth/login", headers={"Origin": "http://localhost:8501", **preflight})
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == "http://localhost:8501"
    assert r.headers["access-control-allow-credentials"] == "true"
    r = await client.options("/api/v1/auth/login", headers={"Origin": "https://evil.example", **preflight})
    assert "access-control-allow-origin" not in r.headers
    r = await client.get("/health", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_wildcard_cors_with_credentials_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="may not contain"):
        make_settings(tmp_path, cors_origins=["*"])


async def test_request_id_is_returned_and_validated(client: AsyncClient) -> None:
    r = await client.get("/health", headers={"X-Request-ID": "abc-123"})
    assert r.headers["x-request-id"] == "abc-123"
    r = await client.get("/health", headers={"X-Request-ID": "bad id\r\nx"})
    assert r.headers["x-request-id"] != "bad id\r\nx"
    assert len(r.headers["x-request-id"]) == 32


async def test_metrics_count_requests_by_route_template(client: AsyncClient, alice: Account) -> None:
    await client.get(ME, headers=alice.headers)
    text = (await client.get("/metrics")).text
    assert 'jobwise_http_requests_total{method="GET",route="/api/v1/users/me",status="200"}' in text
    assert "jobwise_http_request_duration_seconds_bucket" in text


async def test_health_and_ready(client: AsyncClient) -> None:
    assert (await client.get("/health")).json() == {"status": "ok"}
    r = await client.get("/ready")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ready"
    assert body["checks"]["database"] == {"status": "ok"}
    assert body["checks"]["storage"] == {"status": "ok"}
    assert body["checks"]["ai_provider"]["status"] == "ok"
    assert body["checks"]["ai_provider"]["provider"] == "builtin"
    assert "redis" not in body["checks"]


async def test_a_down_embedding_provider_degrades_but_stays_ready(app_factory: AppFactory) -> None:
    client = await app_factory(embedding_provider="ollama", embedding_base_url="http://127.0.0.1:1")
    body = (await client.get("/ready")).json()
    assert body["status"] == "ready"
    assert body["checks"]["ai_provider"]["status"] == "down"
    assert body["checks"]["ai_provider"]["required"] is False


async def test_ready_is_503_when_configured_redis_is_down(app_factory: AppFactory) -> None:
    client = await app_factory(redis_url="redis://127.0.0.1:1/0")
    r = await client.get("/ready")
    assert r.status_code == 503
    assert r.json()["checks"]["redis"]["status"] == "down"
    assert r.json()["checks"]["database"]["status"] == "ok"


async def test_ready_is_503_when_the_database_is_down(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, "postgresql://nobody@127.0.0.1:1/none")
    async with LifespanManager(create_app(settings)) as manager:
        transport = httpx.ASGITransport(app=manager.app)
        async with AsyncClient(transport=transport, base_url="http://testserver") as client:
            r = await client.get("/ready")
            assert r.status_code == 503
            assert r.json()["checks"]["database"]["status"] == "down"
            assert (await client.get("/health")).status_code == 200


async def test_secrets_never_reach_the_logs(
    app_factory: AppFactory, capfd: pytest.CaptureFixture[str]
) -> None:
    client = await app_factory(log_level="INFO")
    password = "Very-Secret-Pass-77"
    await client.post("/api/v1/auth/register", json={"email": "logs@example.com", "password": password})
    r = await client.post("/api/v1/auth/login", json={"email": "logs@example.com", "password": password})
    token = r.json()["access_token"]
    await client.get(ME, headers={"Authorization": f"Bearer {token}"})
    await client.post("/api/v1/auth/login", json={"email": "logs@example.com", "password": "Wrong-Pass-99"})
    out, err = capfd.readouterr()
    logs = out + err
    assert '"route": "/api/v1/users/me"' in logs  # the request log is there...
    assert password not in logs  # ...but no secret is
    assert token not in logs
    assert "Wrong-Pass-99" not in logs
