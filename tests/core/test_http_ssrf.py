"""SafeFetcher against real local sockets: refused targets are never contacted."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import socket
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

import pytest
import trustme

from jobwise.core.http import FetchedPage, FetchError, SafeFetcher, UrlNotAllowed, system_resolver

HTML = "text/html; charset=utf-8"


@dataclass
class Reply:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": HTML})
    body: bytes = b"<html><body><h1>ok</h1></body></html>"
    delay: float = 0.0  # before the status line
    drip: float = 0.0  # between body bytes-chunks
    length: bool = True  # send Content-Length (else the body ends when the socket closes)


@dataclass
class LocalServer:
    """A tiny HTTP/1.1 server on loopback that records every connection it accepts."""

    routes: dict[str, Reply] = field(default_factory=dict)
    connections: int = 0
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    port: int = 0
    servers: list[asyncio.Server] = field(default_factory=list)

    async def start(self, ssl_context: ssl.SSLContext | None = None) -> LocalServer:
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=ssl_context)
        self.servers.append(server)
        self.port = server.sockets[0].getsockname()[1]
        with contextlib.suppress(OSError):  # also watch [::1] on the same port when the host has IPv6
            self.servers.append(await asyncio.start_server(self._handle, "::1", self.port))
        return self

    async def stop(self) -> None:
        for server in self.servers:
            server.close()
            await server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        with contextlib.suppress(Exception):
            head = (await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 5)).decode("latin-1")
            request_line, *lines = head.strip().split("\r\n")
            path = request_line.split(" ")[1]
            self.requests.append(
                (path, {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in lines)})
            )
            await self._answer(writer, self.routes.get(path, Reply(404, body=b"missing")))
        writer.close()

    async def _answer(self, writer: asyncio.StreamWriter, reply: Reply) -> None:
        await asyncio.sleep(reply.delay)
        headers = {**reply.headers, "Connection": "close"}
        if reply.length:
            headers["Content-Length"] = str(len(reply.body))
        head = f"HTTP/1.1 {reply.status} X\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
        writer.write(head.encode("latin-1") + b"\r\n")
        step = max(1, len(reply.body) // 10) if reply.drip else max(1, len(reply.body))
        for i in range(0, len(reply.body), step):
            writer.write(reply.body[i : i + step])
            await writer.drain()
            await asyncio.sleep(reply.drip)


@pytest.fixture
async def trap() -> AsyncIterator[LocalServer]:
    """A socket that must never be reached."""
    server = await LocalServer().start()
    yield server
    await server.stop()


@pytest.fixture
async def board() -> AsyncIterator[LocalServer]:
    """An allowlisted server (stands in for a public job board)."""
    server = await LocalServer().start()
    yield server
    await server.stop()


class FakeDns:
    """Answers a few names, counts lookups, and defers to the system for the rest."""

    def __init__(self, table: dict[str, list[str]]) -> None:
        self.table = table
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.lookups.append(host)
        return self.table[host] if host in self.table else await system_resolver(host, port)


DNS_TABLE = {
    "board.test": ["127.0.0.1"],
    "jobs.example.com": ["127.0.0.1"],
    "intranet.example.com": ["10.0.0.1"],
    "mixed.example.com": ["93.184.215.14", "127.0.0.1"],
    "mapped.example.com": ["::ffff:127.0.0.1"],
}


def make_fetcher(board: LocalServer, **kwargs: object) -> SafeFetcher:
    options: dict[str, object] = {
        "allowlist": [f"127.0.0.1:{board.port}", f"board.test:{board.port}"],
        "timeout_s": 2.0,
        "resolver": FakeDns(DNS_TABLE),
    }
    return SafeFetcher(**{**options, **kwargs})  # type: ignore[arg-type]


async def fetch(fetcher: SafeFetcher, url: str) -> FetchedPage:
    try:
        return await fetcher.fetch(url)
    finally:
        await fetcher.aclose()


REFUSED = [
    "http://127.0.0.1:{port}/",
    "http://localhost:{port}/",
    "http://LOCALHOST.:{port}/",
    "http://2130706433:{port}/",
    "http://0x7f000001:{port}/",
    "http://0177.0.0.1:{port}/",
    "http://127.1:{port}/",
    "http://0x7f.1:{port}/",
    "http://127。0。0。1:{port}/",
    "http://１２７.0.0.1:{port}/",
    "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:{port}/",
    "http://[::1]:{port}/",
    "http://[::ffff:127.0.0.1]:{port}/",
    "http://[::ffff:7f00:1]:{port}/",
    "http://0.0.0.0:{port}/",
    "http://0:{port}/",
    "http://10.0.0.1:{port}/",
    "http://172.16.0.1:{port}/",
    "http://192.168.1.1:{port}/",
    "http://169.254.169.254:{port}/latest/meta-data/",
    "http://100.64.0.1:{port}/",
    "http://[fe80::1]:{port}/",
    "http://[fc00::1]:{port}/",
    "http://[fd00:ec2::254]:{port}/",
    "http://224.0.0.1:{port}/",
    "http://[ff02::1]:{port}/",
    "file:///etc/passwd",
    "gopher://127.0.0.1:{port}/_",
    "ftp://127.0.0.1:{port}/",
    "http://user:pass@127.0.0.1:{port}/",
    "http://board.test@127.0.0.1:{port}/",
    "http://jobs.example.com:{port}/",
    "http://intranet.example.com:{port}/",
    "http://mixed.example.com:{port}/",
    "http://mapped.example.com:{port}/",
]


@pytest.mark.parametrize("url", REFUSED)
async def test_refused_targets_are_never_contacted(url: str, trap: LocalServer, board: LocalServer) -> None:
    with pytest.raises(UrlNotAllowed):
        await fetch(make_fetcher(board, timeout_s=1.0), url.format(port=trap.port))
    assert trap.connections == 0


@pytest.mark.parametrize(
    "location",
    [
        "http://127.0.0.1:{port}/",
        "http://localhost:{port}/",
        "http://2130706433:{port}/",
        "http://[::1]:{port}/",
        "http://jobs.example.com:{port}/",
        "//127.0.0.1:{port}/",
        "file:///etc/passwd",
    ],
)
async def test_redirects_to_refused_targets_are_never_followed(
    location: str, trap: LocalServer, board: LocalServer
) -> None:
    board.routes["/jump"] = Reply(302, {"Location": location.format(port=trap.port)}, b"")
    with pytest.raises(UrlNotAllowed):
        await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/jump")
    assert (board.connections, trap.connections) == (1, 0)


async def test_allowlisted_page_is_fetched_through_relative_redirects(board: LocalServer) -> None:
    board.routes["/start"] = Reply(301, {"Location": "/jobs/42?ref=x"}, b"")
    board.routes["/jobs/42?ref=x"] = Reply(
        body="<p>Café</p>".encode("latin-1"), headers={"Content-Type": "text/html; charset=ISO-8859-1"}
    )
    dns = FakeDns(DNS_TABLE)
    page = await fetch(make_fetcher(board, resolver=dns), f"http://board.test:{board.port}/start")
    assert page == FetchedPage(
        f"http://board.test:{board.port}/jobs/42?ref=x", 200, "text/html", "<p>Café</p>"
    )
    assert dns.lookups == ["board.test", "board.test"]  # one lookup per hop, none by the HTTP stack
    assert [r[1]["host"] for r in board.requests] == [f"board.test:{board.port}"] * 2
    assert board.requests[0][1]["user-agent"].startswith("JobWiseBot/")


async def test_five_redirects_are_followed_and_a_sixth_is_refused(board: LocalServer) -> None:
    for i in range(1, 7):
        board.routes[f"/r{i}"] = Reply(302, {"Location": f"/r{i - 1}"}, b"")
    board.routes["/r0"] = Reply()
    page = await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/r5")
    assert page.status == 200
    with pytest.raises(FetchError) as caught:
        await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/r6")
    assert caught.value.code == "fetch_failed"
    board.routes["/loop"] = Reply(302, {"Location": "/loop"}, b"")
    with pytest.raises(FetchError, match="redirected more than 5"):
        await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/loop")


BOMB = gzip.compress(b"\0" * 5_000_000)


@pytest.mark.parametrize(
    ("reply", "code"),
    [
        (Reply(body=b"x" * 5000), "fetch_too_large"),
        (Reply(body=b"x" * 5000, length=False), "fetch_too_large"),
        (Reply(headers={"Content-Type": HTML, "Content-Encoding": "gzip"}, body=BOMB), "fetch_too_large"),
        (Reply(headers={"Content-Type": "image/png"}), "unsupported_content_type"),
        (Reply(headers={"Content-Type": "application/octet-stream"}), "unsupported_content_type"),
        (Reply(headers={}), "unsupported_content_type"),
        (Reply(404), "fetch_failed"),
        (Reply(500), "fetch_failed"),
        (Reply(302, {}, b""), "fetch_failed"),
        (Reply(delay=3.0), "fetch_timeout"),
        (Reply(body=b"x" * 1000, drip=0.2), "fetch_timeout"),
    ],
)
async def test_limits(reply: Reply, code: str, board: LocalServer) -> None:
    board.routes["/page"] = reply
    fetcher = make_fetcher(board, timeout_s=0.6, max_bytes=4000)
    started = time.monotonic()
    with pytest.raises(FetchError) as caught:
        await fetch(fetcher, f"http://127.0.0.1:{board.port}/page")
    assert caught.value.code == code
    assert time.monotonic() - started < 1.5


async def test_every_allowed_content_type_is_accepted(board: LocalServer) -> None:
    for media in (
        "text/html",
        "application/xhtml+xml",
        "application/ld+json",
        "application/json",
        "text/plain",
    ):
        board.routes["/p"] = Reply(headers={"Content-Type": f"{media}; charset=utf-8"}, body=b"{}")
        page = await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/p")
        assert page.content_type == media


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", raw_deflate),
    ],
)
async def test_compressed_pages_are_decoded(
    encoding: str, encode: Callable[[bytes], bytes], board: LocalServer
) -> None:
    html = "<p>" + "Ünïcode job text " * 200 + "</p>"
    board.routes["/z"] = Reply(
        headers={"Content-Type": HTML, "Content-Encoding": encoding}, body=encode(html.encode())
    )
    page = await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/z")
    assert page.text == html
    assert board.requests[0][1]["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize(
    ("encoding", "body"), [("br", b"\x1b\x00"), ("gzip", b"not gzip at all"), ("deflate", b"\xff" * 9)]
)
async def test_unknown_or_corrupt_encodings_fail(encoding: str, body: bytes, board: LocalServer) -> None:
    board.routes["/z"] = Reply(headers={"Content-Type": HTML, "Content-Encoding": encoding}, body=body)
    with pytest.raises(FetchError) as caught:
        await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/z")
    assert caught.value.code == "fetch_failed"


async def test_charset_comes_from_the_page_when_the_header_has_none(board: LocalServer) -> None:
    html = '<html><head><meta charset="windows-1252"></head><body>“Smart” café</body></html>'
    board.routes["/cp"] = Reply(headers={"Content-Type": "text/html"}, body=html.encode("cp1252"))
    page = await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/cp")
    assert "“Smart” café" in page.text


async def test_the_next_vetted_address_is_tried_when_one_refuses_connections(board: LocalServer) -> None:
    board.routes["/m"] = Reply()
    dns = FakeDns({"multi.test": ["127.0.0.2", "127.0.0.1"]})  # the board listens on 127.0.0.1 only
    fetcher = make_fetcher(board, resolver=dns, allowlist=[f"multi.test:{board.port}"])
    page = await fetch(fetcher, f"http://multi.test:{board.port}/m")
    assert (page.status, board.connections, dns.lookups) == (200, 1, ["multi.test"])


async def test_unresolvable_name_is_a_fetch_failure(board: LocalServer) -> None:
    async def nxdomain(host: str, port: int) -> list[str]:
        raise FetchError("fetch_failed", f"could not resolve {host}")

    with pytest.raises(FetchError, match="could not resolve"):
        await fetch(make_fetcher(board, resolver=nxdomain), "https://nowhere.invalid/")


@dataclass
class TlsBoard:
    server: LocalServer
    client_context: ssl.SSLContext
    sni: list[str | None]


async def tls_board(cert_name: str) -> TlsBoard:
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(cert_name).configure_cert(server_context)
    seen: list[str | None] = []
    server_context.sni_callback = lambda _sock, name, _ctx: seen.append(name)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)
    server = await LocalServer({"/": Reply()}).start(server_context)
    return TlsBoard(server, client_context, seen)


async def test_tls_checks_the_host_name_while_connecting_to_the_vetted_address() -> None:
    tls = await tls_board("board.test")
    try:
        fetcher = make_fetcher(tls.server, verify=tls.client_context)
        page = await fetch(fetcher, f"https://board.test:{tls.server.port}/")
        assert page.status == 200
        assert tls.sni == ["board.test"]
        assert tls.server.requests[0][1]["host"] == f"board.test:{tls.server.port}"
    finally:
        await tls.server.stop()


async def test_tls_certificate_for_another_name_is_rejected() -> None:
    tls = await tls_board("other.test")
    try:
        with pytest.raises(FetchError) as caught:
            await fetch(
                make_fetcher(tls.server, verify=tls.client_context), f"https://board.test:{tls.server.port}/"
            )
        assert caught.value.code == "fetch_failed"
    finally:
        await tls.server.stop()


def test_fake_dns_is_not_needed_for_localhost() -> None:
    # The refusal tests rely on the real resolver mapping localhost to loopback.
    assert {info[4][0] for info in socket.getaddrinfo("localhost", 80)} <= {"127.0.0.1", "::1"}


async def test_allowlisted_job_page_is_fetched_and_its_json_ld_extracted(board: LocalServer) -> None:
    from jobwise.documents.html import extract_posting

    html = (
        '<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Site Reliability'
        ' Engineer", "hiringOrganization": {"name": "Globex"}, "employmentType": "FULL_TIME",}</script>'
        "</head><body><main><h1>Site Reliability Engineer</h1><ul><li>On-call</li></ul></main></body></html>"
    )
    board.routes["/jobs/7"] = Reply(body=html.encode())
    page = await fetch(make_fetcher(board), f"http://board.test:{board.port}/jobs/7")
    posting = extract_posting(page.text, url=page.url)
    assert (posting.source, posting.title, posting.company) == (
        "json-ld",
        "Site Reliability Engineer",
        "Globex",
    )
    assert (posting.employment_type, posting.url) == ("full-time", f"http://board.test:{board.port}/jobs/7")
    assert posting.description == "Site Reliability Engineer\n- On-call"


async def test_an_undeclared_legacy_charset_is_guessed(board: LocalServer) -> None:
    html = "<html><body><p>Zürich: Gehalt 5.000 € brutto im Monat, Bewerbung über das Portal.</p></body>"
    board.routes["/legacy"] = Reply(headers={"Content-Type": "text/html"}, body=html.encode("cp1252"))
    page = await fetch(make_fetcher(board), f"http://127.0.0.1:{board.port}/legacy")
    assert "Zürich: Gehalt 5.000 € brutto" in page.text
    assert "\ufffd" not in page.text
