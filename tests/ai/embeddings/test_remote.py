"""Remote embedders against a local HTTP server speaking the Ollama and OpenAI wire formats."""

import json
import socket
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import numpy as np
import pytest

from jobwise.ai.embeddings import EmbeddingUnavailable, OllamaEmbedder, OpenAIEmbedder, make_embedder

# (path, parsed JSON body) -> (status, raw response body, seconds to wait before answering)
Responder = Callable[[str, Any], tuple[int, bytes, float]]


def fake_vector(text: str) -> list[float]:
    """A vector that identifies its text, so tests can check order and mapping."""
    return [float(len(text)), 1.0, 0.0]


def ollama_reply(path: str, body: Any) -> tuple[int, bytes, float]:
    if path != "/api/embed":
        return 404, b"404 page not found", 0.0
    reply = {
        "model": body["model"],
        "embeddings": [fake_vector(text) for text in body["input"]],
        "total_duration": 14143917,
        "load_duration": 1019500,
        "prompt_eval_count": 8,
    }
    return 200, json.dumps(reply).encode(), 0.0


def openai_reply(path: str, body: Any) -> tuple[int, bytes, float]:
    if path != "/v1/embeddings":
        return 404, b'{"error": {"message": "Not found", "type": "invalid_request_error"}}', 0.0
    data = [
        {"object": "embedding", "index": index, "embedding": fake_vector(text)}
        for index, text in enumerate(body["input"])
    ]
    reply = {
        "object": "list",
        "data": data[::-1],  # the spec orders by `index`, not by position
        "model": body["model"],
        "usage": {"prompt_tokens": 8, "total_tokens": 8},
    }
    return 200, json.dumps(reply).encode(), 0.0


@dataclass
class Recorded:
    path: str
    headers: dict[str, str]
    body: Any


@dataclass
class FakeServer:
    url: str
    respond: Responder
    requests: list[Recorded] = field(default_factory=list)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    state = FakeServer(url="", respond=ollama_reply)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            body = json.loads(raw)
            state.requests.append(Recorded(self.path, dict(self.headers.items()), body))
            status, payload, delay = state.respond(self.path, body)
            time.sleep(delay)
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up first (the timeout tests)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


API_KEY = "sk-test-4f9c2e7b1d"


@pytest.fixture
async def client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(timeout=httpx.Timeout(0.5)) as http:
        yield http


def unit(text: str) -> np.ndarray:
    vector = np.array(fake_vector(text), dtype=np.float32)
    return vector / np.linalg.norm(vector)


async def test_ollama_posts_model_and_inputs_and_returns_unit_vectors(
    server: FakeServer, client: httpx.AsyncClient
) -> None:
    embedder = OllamaEmbedder(server.url + "/", "nomic-embed-text", client)
    assert embedder.dimension == 768  # known model, before any call
    vectors = await embedder.embed(["Python developer", "chef"])
    [request] = server.requests
    assert request.path == "/api/embed"
    assert request.body == {"model": "nomic-embed-text", "input": ["Python developer", "chef"]}
    assert "Authorization" not in request.headers
    assert vectors.dtype == np.float32
    assert np.allclose(vectors, [unit("Python developer"), unit("chef")])
    assert embedder.dimension == 3  # what the server really returned


async def test_ollama_splits_large_inputs_into_batches_in_order(
    server: FakeServer, client: httpx.AsyncClient
) -> None:
    texts = ["x" * n for n in range(1, 71)]
    vectors = await OllamaEmbedder(server.url, "all-minilm", client).embed(texts)
    assert [len(r.body["input"]) for r in server.requests] == [32, 32, 6]
    assert np.allclose(vectors, [unit(text) for text in texts])


async def test_openai_sends_bearer_key_and_sorts_by_index(
    server: FakeServer, client: httpx.AsyncClient
) -> None:
    server.respond = openai_reply
    embedder = make_embedder(
        "openai", model="text-embedding-3-small", base_url=server.url + "/v1", api_key=API_KEY, client=client
    )
    vectors = await embedder.embed(["a", "bbb", "cc"])
    [request] = server.requests
    assert request.path == "/v1/embeddings"
    assert request.headers["Authorization"] == f"Bearer {API_KEY}"
    assert request.body == {"model": "text-embedding-3-small", "input": ["a", "bbb", "cc"]}
    assert np.allclose(vectors, [unit("a"), unit("bbb"), unit("cc")])
    assert (embedder.provider, embedder.model, embedder.dimension) == ("openai", "text-embedding-3-small", 3)


async def test_openai_without_key_sends_no_authorization(
    server: FakeServer, client: httpx.AsyncClient
) -> None:
    server.respond = openai_reply
    await OpenAIEmbedder(server.url + "/v1", "local-model", None, client).embed(["hi"])
    assert "Authorization" not in server.requests[0].headers


async def test_no_texts_make_no_request(server: FakeServer, client: httpx.AsyncClient) -> None:
    vectors = await OllamaEmbedder(server.url, "nomic-embed-text", client).embed([])
    assert vectors.shape == (0, 768)
    assert server.requests == []


def ollama_error(status: int, body: bytes, delay: float = 0.0):  # type: ignore[no-untyped-def]
    return lambda path, body_in: (status, body, delay)


@pytest.mark.parametrize(
    ("status", "body", "delay", "message"),
    [
        (500, b'{"error": "llama runner process has terminated"}', 0.0, "HTTP 500: llama runner process"),
        (404, b'{"error": "model \\"nomic-embed-text\\" not found, try pulling it first"}', 0.0, "not found"),
        (502, b"<html>Bad Gateway</html>", 0.0, "HTTP 502: <html>Bad Gateway"),
        (200, b'{"embeddings": [[0.1, 0.2]', 0.0, "not JSON"),
        (200, b'{"embeddings": [[0.1, 0.2]]}', 0.0, "did not return 2 embeddings"),
        (200, b'{"embeddings": [[0.1, 0.2], [0.3]]}', 0.0, "one length"),
        (200, b'{"embeddings": [[0.1, "x"], [0.3, 0.4]]}', 0.0, "one length"),
        (200, b'{"embeddings": [[], []]}', 0.0, "malformed vectors"),
        (200, b"[]", 0.0, "did not return 2 embeddings"),
        (200, json.dumps({"embeddings": [[0.1], [0.2]]}).encode(), 1.5, "timed out"),
    ],
)
async def test_ollama_failures_raise_embedding_unavailable(
    server: FakeServer, client: httpx.AsyncClient, status: int, body: bytes, delay: float, message: str
) -> None:
    server.respond = ollama_error(status, body, delay)
    embedder = OllamaEmbedder(server.url, "nomic-embed-text", client)
    with pytest.raises(EmbeddingUnavailable, match=message) as caught:
        await embedder.embed(["one", "two"])
    assert caught.value.message.startswith(f"ollama embeddings (nomic-embed-text at {server.url})")


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            b'{"data": [{"index": 0, "embedding": [1.0]}, {"index": 0, "embedding": [1.0]}]}',
            "wrong indexes",
        ),
        (b'{"object": "list", "data": [{"embedding": [1.0]}, {"embedding": [1.0]}]}', "without 'index'"),
        (b'{"data": "nope"}', "did not return 2 embeddings"),
    ],
)
async def test_openai_malformed_answers_raise(
    server: FakeServer, client: httpx.AsyncClient, body: bytes, message: str
) -> None:
    server.respond = ollama_error(200, body)
    with pytest.raises(EmbeddingUnavailable, match=message):
        await OpenAIEmbedder(server.url + "/v1", "m", API_KEY, client).embed(["a", "b"])


async def test_error_messages_never_carry_the_api_key(server: FakeServer, client: httpx.AsyncClient) -> None:
    echo = {"error": {"message": f"Incorrect API key provided: {API_KEY}", "code": "invalid_api_key"}}
    server.respond = ollama_error(401, json.dumps(echo).encode())
    with pytest.raises(EmbeddingUnavailable) as caught:
        await OpenAIEmbedder(server.url + "/v1", "m", API_KEY, client).embed(["a"])
    assert "HTTP 401: Incorrect API key provided: ***" in str(caught.value)
    assert API_KEY not in str(caught.value)


async def test_unreachable_server_is_unavailable(client: httpx.AsyncClient) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    embedder = OllamaEmbedder(f"http://127.0.0.1:{port}", "nomic-embed-text", client)
    with pytest.raises(EmbeddingUnavailable, match=r"could not be reached \(ConnectError\)"):
        await embedder.embed(["a"])


async def test_check_probes_the_model(server: FakeServer, client: httpx.AsyncClient) -> None:
    embedder = OllamaEmbedder(server.url, "nomic-embed-text", client)
    assert await embedder.check() is True
    assert server.requests[0].body == {"model": "nomic-embed-text", "input": ["ping"]}
    server.respond = ollama_error(404, b'{"error": "model \\"nomic-embed-text\\" not found"}')
    assert await embedder.check() is False


async def test_an_embedder_without_a_client_owns_and_closes_its_own(server: FakeServer) -> None:
    embedder = make_embedder("ollama", base_url=server.url, model="nomic-embed-text", client=None)
    assert isinstance(embedder, OllamaEmbedder)
    assert (await embedder.embed(["abc"])).shape == (1, 3)
    await embedder.aclose()
    with pytest.raises(RuntimeError, match="client has been closed"):
        await embedder.embed(["abc"])


@pytest.mark.parametrize(
    ("provider", "kind", "base_url", "model", "dimension"),
    [
        ("ollama", OllamaEmbedder, "http://localhost:11434", "nomic-embed-text", 768),
        ("OpenAI", OpenAIEmbedder, "https://api.openai.com/v1", "text-embedding-3-small", 1536),
    ],
)
async def test_factory_defaults(provider: str, kind: type, base_url: str, model: str, dimension: int) -> None:
    async with httpx.AsyncClient() as http:
        embedder = make_embedder(provider, client=http)
        assert isinstance(embedder, OllamaEmbedder | OpenAIEmbedder)
        assert type(embedder) is kind
        assert (embedder.base_url, embedder.model, embedder.dimension) == (base_url, model, dimension)
