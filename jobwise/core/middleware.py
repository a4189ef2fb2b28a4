"""Pure ASGI middleware (no BaseHTTPMiddleware: it costs throughput): request context, logs,
metrics and security headers in one pass, and a body size limit."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

import structlog
from prometheus_client import Counter, Histogram
from starlette.exceptions import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = structlog.get_logger("jobwise.request")

REQUESTS = Counter("jobwise_http_requests_total", "HTTP requests", ["method", "route", "status"])
LATENCY = Histogram(
    "jobwise_http_request_duration_seconds",
    "HTTP request latency",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)

_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "font-src 'self' https://fonts.gstatic.com; "
    "worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'"
)
DOCS_PATHS = ("/docs", "/redoc")
STATIC_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
]


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or uuid.uuid4().hex
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        structlog.contextvars.bind_contextvars(request_id=request_id)
        started = time.perf_counter()
        status = 500
        sent_start = False
        extra_headers = _security_headers(scope, request_id)

        async def send_with_headers(message: Message) -> None:
            nonlocal status, sent_start
            if message["type"] == "http.response.start":
                sent_start = True
                status = message["status"]
                existing = {name.lower() for name, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [
                    header for header in extra_headers if header[0] not in existing
                ]
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception as exc:
            # Answer here, inside this middleware, so even a 500 carries the request id and headers.
            log.error("unhandled_error", route=_route(scope), error=type(exc).__name__, exc_info=exc)
            if status == 500 and not sent_start:
                await send_with_headers(_INTERNAL_ERROR_START)
                await send_with_headers({"type": "http.response.body", "body": _INTERNAL_ERROR_BODY})
        finally:
            self._record(scope, state, status, time.perf_counter() - started)
            structlog.contextvars.unbind_contextvars("request_id")

    @staticmethod
    def _record(scope: Scope, state: dict[str, Any], status: int, elapsed: float) -> None:
        route = _route(scope)
        method = scope["method"]
        REQUESTS.labels(method, route, str(status)).inc()
        LATENCY.labels(method, route).observe(elapsed)
        log.info(
            "request",
            method=method,
            route=route,
            status=status,
            latency_ms=round(elapsed * 1000, 2),
            user_id=state.get("user_id"),
            client=(scope.get("client") or ("-",))[0],
        )


def _route(scope: Scope) -> str:
    """The matched route template (never the raw path: ids would explode metric cardinality)."""
    # FastAPI >= 0.16x resolves included routers lazily; the full template lives on the effective
    # route context, while scope["route"] may be the original route with its router-relative path.
    context = scope.get("fastapi", {}).get("effective_route_context")
    full = getattr(getattr(context, "starlette_route", None), "path_format", None) or getattr(
        context, "path_format", None
    )
    return str(full or getattr(scope.get("route"), "path", None) or "unmatched")


_INTERNAL_ERROR_BODY = json.dumps(
    {"detail": {"code": "internal_error", "message": "Something went wrong on our side; it has been logged."}}
).encode()
_INTERNAL_ERROR_START = {
    "type": "http.response.start",
    "status": 500,
    "headers": [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(_INTERNAL_ERROR_BODY)).encode()),
    ],
}


def _incoming_request_id(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            candidate = value.decode("latin-1")
            return candidate if _REQUEST_ID.match(candidate) else None
    return None


def _security_headers(scope: Scope, request_id: str) -> list[tuple[bytes, bytes]]:
    path: str = scope.get("path", "")
    csp = DOCS_CSP if path.startswith(DOCS_PATHS) else API_CSP
    headers = [
        *STATIC_HEADERS,
        (b"content-security-policy", csp.encode()),
        (b"x-request-id", request_id.encode()),
    ]
    if path.startswith("/api/"):
        headers.append((b"cache-control", b"no-store"))
    if scope.get("scheme") == "https":
        headers.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))
    return headers


class _BodyTooLarge(HTTPException):
    """An HTTPException so that body parsers in the app pass it through unchanged (then 413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body is larger than {limit // 1024} KiB.")


class BodyLimitMiddleware:
    """413 for bodies over the limit, by Content-Length up front or by counting streamed chunks."""

    def __init__(self, app: ASGIApp, *, max_json_bytes: int, max_upload_bytes: int) -> None:
        self.app = app
        self.max_json_bytes = max_json_bytes
        self.max_upload_bytes = max_upload_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope)
        declared = _header(scope, b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await _send_too_large(send, limit)
            return
        received = 0
        response_started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal response_started
            response_started = response_started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _BodyTooLarge:
            if not response_started:
                await _send_too_large(send, limit)

    def _limit_for(self, scope: Scope) -> int:
        content_type = (_header(scope, b"content-type") or "").lower()
        if content_type.startswith("multipart/"):
            return self.max_upload_bytes + 256 * 1024  # room for the multipart envelope
        return self.max_json_bytes


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None


async def _send_too_large(send: Send, limit: int) -> None:
    body = json.dumps(
        {"detail": {"code": "too_large", "message": f"The request body is larger than {limit // 1024} KiB."}}
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
