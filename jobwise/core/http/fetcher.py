"""The one HTTP client that fetches user-supplied URLs (job import), safe against SSRF.

Each hop: parse and normalise the URL, resolve the name once, vet every address, then connect
to a vetted address literally (Host header and TLS SNI/certificate check keep the name), so a
second DNS answer can never redirect us. Redirects are followed by hand and vetted the same way.
"""

from __future__ import annotations

import asyncio
import codecs
import re
import socket
import ssl
import zlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass
from urllib.parse import urljoin

import charset_normalizer
import httpx

from jobwise.core.http.errors import FetchError
from jobwise.core.http.urls import Target, check_addresses, parse_allowlist, parse_url

Resolver = Callable[[str, int], Awaitable[list[str]]]

ALLOWED_CONTENT_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "application/ld+json", "application/json", "text/plain"}
)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]+)""", re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ACCEPT = "text/html,application/xhtml+xml,application/ld+json;q=0.9,application/json;q=0.8,text/plain;q=0.7"


@dataclass(frozen=True)
class FetchedPage:
    url: str  # the final URL, after redirects
    status: int
    content_type: str  # the media type, without parameters
    text: str


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for `host` (one lookup, unique, in order)."""
    loop = asyncio.get_running_loop()
    try:
        infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchError("fetch_failed", f"could not resolve {host}") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


class SafeFetcher:
    """Fetch public http(s) pages within time, size, redirect and content-type limits."""

    def __init__(
        self,
        *,
        allowlist: str | Iterable[str] = (),
        timeout_s: float = 10.0,
        max_bytes: int = 2_000_000,
        max_redirects: int = 5,
        user_agent: str = "JobWiseBot/0.1 (+self-hosted)",
        resolver: Resolver = system_resolver,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._allowlist = parse_allowlist(allowlist)
        self._timeout_s = timeout_s
        self._timeouts = httpx.Timeout(timeout_s).as_dict()
        self._max_bytes = max_bytes
        self._max_redirects = max_redirects
        self._user_agent = user_agent
        self._resolve = resolver
        # No keep-alive: a pooled connection keyed by IP must never serve another host name.
        self._transport = httpx.AsyncHTTPTransport(
            verify=verify, retries=0, limits=httpx.Limits(max_keepalive_connections=0)
        )

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def fetch(self, url: str) -> FetchedPage:
        """GET `url`; raises UrlNotAllowed for refused targets and FetchError for failures."""
        try:
            async with asyncio.timeout(self._timeout_s):
                return await self._follow(url)
        except TimeoutError as exc:
            raise FetchError("fetch_timeout", f"the page took longer than {self._timeout_s:g} s") from exc

    async def _follow(self, url: str) -> FetchedPage:
        for _ in range(self._max_redirects + 1):
            target, addresses = await self._vet(url)
            async with self._open(target, addresses) as response:
                location = _redirect_location(response)
                if location is None:
                    return await self._read_page(target, response)
            url = urljoin(target.url, location)
        raise FetchError("fetch_failed", f"the page redirected more than {self._max_redirects} times")

    async def _vet(self, url: str) -> tuple[Target, list[str]]:
        target = parse_url(url)
        addresses = [target.host] if target.is_ip else await self._resolve(target.host, target.port)
        return target, check_addresses(target, addresses, self._allowlist)

    @asynccontextmanager
    async def _open(self, target: Target, addresses: list[str]) -> AsyncIterator[httpx.Response]:
        with _translated_errors():
            response = await self._send(target, addresses)
            try:
                yield response
            finally:
                await response.aclose()

    async def _send(self, target: Target, addresses: list[str]) -> httpx.Response:
        """Try the vetted addresses in order; the name is never looked up again."""
        error: httpx.ConnectError | None = None
        for address in addresses:
            request = httpx.Request(
                "GET",
                target.url_for(address),
                headers=self._headers(target),
                extensions={"timeout": self._timeouts, "sni_hostname": target.host},
            )
            try:
                return await self._transport.handle_async_request(request)
            except httpx.ConnectError as exc:
                error = exc
        raise FetchError("fetch_failed", f"could not connect to {target.host}") from error

    def _headers(self, target: Target) -> dict[str, str]:
        return {
            "Host": target.netloc,
            "User-Agent": self._user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",  # what `_Decoder` inflates within the size limit
        }

    async def _read_page(self, target: Target, response: httpx.Response) -> FetchedPage:
        if not 200 <= response.status_code < 300:
            raise FetchError("fetch_failed", f"the page answered HTTP {response.status_code}")
        media_type, charset = _parse_content_type(response.headers.get("content-type", ""))
        if media_type not in ALLOWED_CONTENT_TYPES:
            answered = media_type or "without a content type"
            raise FetchError("unsupported_content_type", f"it answered {answered}")
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self._max_bytes:
            raise FetchError("fetch_too_large", f"the page is larger than {self._max_bytes} bytes")
        body = await self._read_body(response)
        return FetchedPage(target.url, response.status_code, media_type, _decode(body, charset))

    async def _read_body(self, response: httpx.Response) -> bytes:
        """Read the decompressed body, never inflating more than one byte past the limit."""
        decoder = _Decoder(str(response.headers.get("content-encoding", "")))
        body = bytearray()
        async for chunk in response.aiter_raw():
            body += decoder.decode(chunk, self._max_bytes + 1 - len(body))
            if len(body) > self._max_bytes:
                raise FetchError("fetch_too_large", f"the page is larger than {self._max_bytes} bytes")
        return bytes(body + decoder.flush())


class _Decoder:
    """Incremental gzip/deflate decoding bounded by an output limit, so bombs cost no memory."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding.strip().lower()
        if self._encoding not in ("", "identity", "gzip", "x-gzip", "deflate"):
            raise FetchError("fetch_failed", f"unsupported content encoding {self._encoding!r}")
        self._zlib = None if self._encoding in ("", "identity") else zlib.decompressobj(zlib.MAX_WBITS | 32)
        self._started = False

    def decode(self, chunk: bytes, limit: int) -> bytes:
        if self._zlib is None:
            return chunk
        try:
            out = self._zlib.decompress(chunk, limit)
        except zlib.error as exc:
            if self._started or self._encoding != "deflate":
                raise FetchError("fetch_failed", "the page's compressed body is corrupt") from exc
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)  # servers that send raw deflate
            self._started = True
            return self.decode(chunk, limit)
        self._started = True
        return out

    def flush(self) -> bytes:
        try:
            return self._zlib.flush() if self._zlib is not None else b""
        except zlib.error as exc:
            raise FetchError("fetch_failed", "the page's compressed body is corrupt") from exc


@contextmanager
def _translated_errors() -> Iterator[None]:
    try:
        yield
    except httpx.TimeoutException as exc:
        raise FetchError("fetch_timeout", "the page took too long to answer") from exc
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        raise FetchError("fetch_failed", f"the page could not be fetched ({type(exc).__name__})") from exc


def _redirect_location(response: httpx.Response) -> str | None:
    if response.status_code not in _REDIRECTS:
        return None
    location = str(response.headers.get("location", "")).strip()
    if not location:
        raise FetchError("fetch_failed", f"HTTP {response.status_code} redirect without a Location")
    return location


def _parse_content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*\"?([^\";\s]+)", params, re.IGNORECASE)
    charset: str | None = match.group(1) if match else None
    return media_type.strip().lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    """Decode by BOM, then the header's charset, then a `<meta charset>`, then UTF-8, then a guess."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body.decode(name, errors="replace")
    meta = _META_CHARSET.search(body[:4096])
    for candidate in (charset, meta.group(1).decode("ascii") if meta else None):
        if candidate:
            try:
                return body.decode(codecs.lookup(candidate).name, errors="replace")
            except LookupError:
                continue
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        guess = charset_normalizer.from_bytes(body).best()  # undeclared legacy pages (cp1252, latin-1, ...)
        return str(guess) if guess is not None else body.decode("utf-8", errors="replace")
