"""CV analysis with remote embedding providers, against a local server speaking the OpenAI wire format."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.conftest import SAMPLE_CV, AppFactory, make_pdf, register_and_login, wait_for_cv


class _OpenAIEmbeddings(BaseHTTPRequestHandler):
    received: list[dict[str, Any]]

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.received.append({"path": self.path, "auth": self.headers.get("Authorization"), "body": body})
        data = [
            {"object": "embedding", "index": i, "embedding": [1.0, 0.0, float(len(t))]}
            for i, t in enumerate(body["input"])
        ]
        reply = json.dumps({"object": "list", "data": data, "model": body["model"]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def openai_server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []
    handler = type("Handler", (_OpenAIEmbeddings,), {"received": received})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", received
    server.shutdown()


async def test_openai_compatible_embeddings_get_only_blind_text(
    app_factory: AppFactory, openai_server: tuple[str, list[dict[str, Any]]]
) -> None:
    base_url, received = openai_server
    client = await app_factory(
        embedding_provider="openai",
        embedding_base_url=base_url,
        embedding_model="text-embedding-3-small",
        embedding_api_key="sk-test-123",
    )
    account = await register_and_login(client)
    r = await client.post(
        "/api/v1/cvs",
        files={"file": ("cv.pdf", make_pdf(SAMPLE_CV), "application/pdf")},
        headers=account.headers,
    )
    cv = await wait_for_cv(client, r.json()["id"], account.headers)
    assert cv["status"] == "completed"
    assert cv["embedding_model"] == "openai:text-embedding-3-small"
    request = next(item for item in received if item["body"]["input"] != ["ping"])
    assert request["path"] == "/v1/embeddings"
    assert request["auth"] == "Bearer sk-test-123"
    assert request["body"]["model"] == "text-embedding-3-small"
    sent = request["body"]["input"][0]
    assert "Kubernetes" in sent  # the job-relevant content goes...
    for identifying in ("Maria", "Gonzalez", "maria.gonzalez@example.com", "7946"):
        assert identifying not in sent  # ...the identity does not


async def test_analysis_completes_when_the_embedding_provider_is_down(app_factory: AppFactory) -> None:
    client = await app_factory(embedding_provider="ollama", embedding_base_url="http://127.0.0.1:1")
    account = await register_and_login(client)
    r = await client.post(
        "/api/v1/cvs",
        files={"file": ("cv.pdf", make_pdf(SAMPLE_CV), "application/pdf")},
        headers=account.headers,
    )
    cv = await wait_for_cv(client, r.json()["id"], account.headers)
    assert cv["status"] == "completed"
    assert cv["embedding_model"] is None
    assert cv["quality_score"] is not None
