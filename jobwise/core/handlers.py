"""One mapping from every error to SPEC's shape: {"detail": {"code", "message"}}."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.routing import compile_path

from jobwise.core.errors import AppError

_CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    429: "rate_limited",
    503: "service_unavailable",
}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    return JSONResponse({"detail": {"code": code, "message": message, **extra}}, status, headers=headers)


async def _app_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AppError)
    return error_response(exc.status_code, exc.code, exc.detail_message, exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    status = exc.status_code
    message = exc.detail if isinstance(exc.detail, str) else HTTPStatus(status).phrase
    if status == 404 and message == "Not Found":
        message = "No such endpoint."
    code = _CODES.get(status, HTTPStatus(status).phrase.lower().replace(" ", "_").replace("-", "_"))
    return error_response(status, code, message, dict(exc.headers or {}))


def _http_error_with_allow(app: FastAPI) -> Callable[[Request, Exception], Awaitable[JSONResponse]]:
    """Starlette's 405 lists only the first matching route's methods; list every method of the path."""
    templates: list[tuple[re.Pattern[str], list[str]]] = []

    async def handler(request: Request, exc: Exception) -> JSONResponse:
        response = await _http_error(request, exc)
        if response.status_code == 405:
            if not templates:
                for path, operations in app.openapi()["paths"].items():
                    pattern, _, _ = compile_path(path)
                    templates.append((pattern, sorted(method.upper() for method in operations)))
            allowed = next(
                (methods for pattern, methods in templates if pattern.match(request.url.path)), None
            )
            if allowed:
                response.headers["Allow"] = ", ".join(allowed)
        return response

    return handler


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    # Only location, message and type: echoing the input back could leak passwords.
    errors = [
        {
            "loc": list(error.get("loc", ())),
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in exc.errors()
    ]
    first = errors[0] if errors else {"loc": [], "msg": "Invalid request"}
    where = ".".join(str(part) for part in first["loc"][1:]) or "request"
    message = f"{where}: {first['msg']}".removesuffix(".")
    return error_response(422, "validation_error", message, errors=errors)


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(AppError, _app_error)
    app.add_exception_handler(HTTPException, _http_error_with_allow(app))
    app.add_exception_handler(RequestValidationError, _validation_error)
