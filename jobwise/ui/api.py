"""A small typed HTTP client for the JobWise API, used by every page of the UI.

Errors come back as `UIError` carrying the API's `detail.message`, so pages show people a sentence,
never a traceback. A route the server does not have yet raises `FeatureUnavailable`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any

import httpx

DEFAULT_API_URL = "http://127.0.0.1:8000"
JSON = dict[str, Any]
NO_ROUTE = "No such endpoint."  # the API's 404 for a path it does not serve


class UIError(Exception):
    """An API call failed; `message` is fit to show as is."""

    def __init__(self, message: str, status: int = 0, code: str = "error") -> None:
        super().__init__(message)
        self.message, self.status, self.code = message, status, code


class FeatureUnavailable(UIError):
    """The server has no such endpoint (an older or partial deployment)."""


class SessionExpired(UIError):
    """The tokens no longer work: sign in again."""


@dataclass
class Tokens:
    access: str
    refresh: str | None = None


def api_url() -> str:
    return os.environ.get("JOBWISE_API_URL", DEFAULT_API_URL).rstrip("/")


def _error_from(response: httpx.Response) -> UIError:
    try:
        detail = response.json().get("detail")
    except ValueError:
        detail = None
    code = detail.get("code", "error") if isinstance(detail, dict) else "error"
    message = detail.get("message") if isinstance(detail, dict) else None
    if response.status_code == 429 and (wait := response.headers.get("Retry-After")):
        message = f"{message or 'Too many requests.'} Try again in {wait} s."
    if response.status_code == 405 or (response.status_code == 404 and message in (None, NO_ROUTE)):
        return FeatureUnavailable("This is not available on this server yet.", response.status_code, code)
    if message is None:
        message = f"The server answered {response.status_code}; please try again."
    return UIError(str(message), response.status_code, code)


class Api:
    """One person's connection to the API; keeps and refreshes their tokens."""

    def __init__(self, base_url: str | None = None, *, timeout: float = 60.0) -> None:
        # Auth cookies are refused: the UI sends its bearer token, so CSRF rules never apply.
        jar = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
        self._http = httpx.Client(base_url=(base_url or api_url()) + "/api/v1", timeout=timeout, cookies=jar)
        self.tokens: Tokens | None = None

    @property
    def signed_in(self) -> bool:
        return self.tokens is not None

    def request(self, method: str, path: str, **kwargs: Any) -> Any:
        response = self._send(method, path, **kwargs)
        if response.status_code == 401 and self.tokens and self._refresh():
            response = self._send(method, path, **kwargs)
        if response.status_code == 401 and self.tokens:
            self.tokens = None
            raise SessionExpired("Your session has ended; please sign in again.", 401, "session_expired")
        if response.is_error:
            raise _error_from(response)
        if response.status_code == 204 or not response.content:
            return None
        return response.json() if "json" in response.headers.get("content-type", "") else response.content

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens.access}"} if self.tokens else {}
        try:
            return self._http.request(method, path, headers=headers, **kwargs)
        except httpx.TimeoutException as exc:
            raise UIError("The server took too long to answer; please try again.", 0, "timeout") from exc
        except httpx.TransportError as exc:
            raise UIError(f"Cannot reach the JobWise API at {self._http.base_url}.", 0, "offline") from exc

    def _refresh(self) -> bool:
        if not self.tokens or not self.tokens.refresh:
            return False
        response = self._http.post("/auth/refresh", json={"refresh_token": self.tokens.refresh})
        if response.status_code != 200:
            return False
        self._keep(response.json())
        return True

    def _keep(self, pair: JSON) -> None:
        self.tokens = Tokens(pair["access_token"], pair.get("refresh_token"))

    def get(self, path: str, **params: Any) -> Any:
        clean = {k: v for k, v in params.items() if v not in (None, "", [])}
        return self.request("GET", path, params=clean)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> Any:
        return (
            self.request("POST", path, json=body, **kwargs)
            if body is not None
            else self.request("POST", path, **kwargs)
        )

    def put(self, path: str, body: Any) -> Any:
        return self.request("PUT", path, json=body)

    def patch(self, path: str, body: Any) -> Any:
        return self.request("PATCH", path, json=body)

    def delete(self, path: str, body: Any = None) -> Any:
        return self.request("DELETE", path, json=body) if body is not None else self.request("DELETE", path)

    # --- auth -----------------------------------------------------------------------------------

    def register(self, email: str, password: str, full_name: str | None = None) -> JSON:
        user: JSON = self.post(
            "/auth/register", {"email": email, "password": password, "full_name": full_name}
        )
        return user

    def login(self, email: str, password: str) -> JSON:
        self._keep(self.post("/auth/login", {"email": email, "password": password}))
        me: JSON = self.get("/users/me")
        return me

    def logout(self) -> None:
        try:
            if self.tokens:
                self.post("/auth/logout")
        except UIError:
            pass  # signing out locally is what matters; the server session expires anyway
        self.tokens = None

    def list_all(self, path: str, limit: int = 100, cap: int = 1000, **params: Any) -> list[JSON]:
        """Every item of a paginated list, up to `cap`."""
        items: list[JSON] = []
        while len(items) < cap:
            page = self.get(path, limit=limit, offset=len(items), **params)
            items.extend(page["items"])
            if not page["items"] or len(items) >= page["total"]:
                break
        return items

    def upload_cv(self, filename: str, data: bytes, content_type: str | None = None) -> JSON:
        files = {"file": (filename, data, content_type or "application/octet-stream")}
        cv: JSON = self.request("POST", "/cvs", files=files)
        return cv
