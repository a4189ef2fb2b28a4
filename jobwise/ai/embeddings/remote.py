"""Embedders that call a server: Ollama (``/api/embed``) and any OpenAI-compatible ``/embeddings``.

Both send ``{"model", "input": [...]}`` in batches, check the answer's shape and return unit
vectors. Anything that goes wrong on the wire becomes :class:`EmbeddingUnavailable`, whose
message never contains the API key.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

import httpx
import numpy as np

from jobwise.ai.embeddings.base import EmbeddingUnavailable, Vectors, normalize

# Output sizes of common embedding models, so `dimension` is right before the first call.
KNOWN_DIMENSIONS = {
    "nomic-embed-text": 768,
    "mxbai-embed-large": 1024,
    "all-minilm": 384,
    "bge-m3": 1024,
    "text-embedding-3-small": 1536,
    "text-embedding-3-large": 3072,
    "text-embedding-ada-002": 1536,
}
_ERROR_SNIPPET = 200
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)


def _known_dimension(model: str) -> int:
    return KNOWN_DIMENSIONS.get(model.rsplit("/", 1)[-1].split(":", 1)[0], 0)


class _RemoteEmbedder(ABC):
    provider = "remote"
    batch_size = 64

    def __init__(
        self, base_url: str, model: str, client: httpx.AsyncClient | None, *, api_key: str | None = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.model = model
        self.dimension = _known_dimension(model)
        self._owns_client = client is None
        self._client = client or httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
        self._api_key = api_key

    async def aclose(self) -> None:
        """Close the HTTP client if this embedder made it (a shared client is the caller's)."""
        if self._owns_client:
            await self._client.aclose()

    async def embed(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors from the server; `dimension` follows what the server returns."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        rows: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            rows.extend(self._parse(await self._post({"model": self.model, "input": batch}), len(batch)))
        try:
            vectors = np.asarray(rows, dtype=np.float32)
        except (TypeError, ValueError):
            raise self._error("returned vectors that are not lists of numbers of one length") from None
        if vectors.ndim != 2 or vectors.shape[1] == 0 or not np.isfinite(vectors).all():
            raise self._error("returned malformed vectors")
        self.dimension = int(vectors.shape[1])
        return normalize(vectors)

    async def check(self) -> bool:
        """Embed a probe word: proves the server is up and the model is pulled."""
        try:
            await self.embed(["ping"])
        except EmbeddingUnavailable:
            return False
        return True

    @abstractmethod
    def _url(self) -> str: ...

    @abstractmethod
    def _parse(self, body: Any, expected: int) -> list[list[float]]: ...

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._api_key}"} if self._api_key else {}

    async def _post(self, payload: dict[str, Any]) -> Any:
        try:
            response = await self._client.post(self._url(), json=payload, headers=self._headers())
        except httpx.TimeoutException:
            raise self._error("timed out") from None
        except httpx.HTTPError as exc:
            raise self._error(f"could not be reached ({type(exc).__name__})") from None
        if response.status_code >= 400:
            raise self._error(f"answered HTTP {response.status_code}: {_error_detail(response)}")
        try:
            return response.json()
        except ValueError:
            raise self._error("answered with something that is not JSON") from None

    def _error(self, what: str) -> EmbeddingUnavailable:
        message = f"{self.provider} embeddings ({self.model} at {self.base_url}) {what}"
        if self._api_key:
            message = message.replace(self._api_key, "***")
        return EmbeddingUnavailable(message)


def _error_detail(response: httpx.Response) -> str:
    """The server's own error message if it sent one (Ollama and OpenAI shapes), else the body."""
    try:
        error = response.json().get("error")
        text = error.get("message") if isinstance(error, dict) else error
    except (ValueError, AttributeError):
        text = None
    return str(text or response.text or response.reason_phrase)[:_ERROR_SNIPPET]


class OllamaEmbedder(_RemoteEmbedder):
    """Ollama's ``POST /api/embed`` (e.g. ``nomic-embed-text``); ``base_url`` like ``http://localhost:11434``."""

    provider = "ollama"
    batch_size = 32

    def __init__(self, base_url: str, model: str, client: httpx.AsyncClient | None = None) -> None:
        super().__init__(base_url, model, client)

    def _url(self) -> str:
        return f"{self.base_url}/api/embed"

    def _parse(self, body: Any, expected: int) -> list[list[float]]:
        rows = body.get("embeddings") if isinstance(body, dict) else None
        if not isinstance(rows, list) or len(rows) != expected:
            raise self._error(f"did not return {expected} embeddings")
        return rows


class OpenAIEmbedder(_RemoteEmbedder):
    """Any OpenAI-compatible ``POST {base_url}/embeddings``; ``base_url`` like ``https://api.openai.com/v1``."""

    provider = "openai"
    batch_size = 128

    def __init__(
        self, base_url: str, model: str, api_key: str | None = None, client: httpx.AsyncClient | None = None
    ) -> None:
        super().__init__(base_url, model, client, api_key=api_key)

    def _url(self) -> str:
        return f"{self.base_url}/embeddings"

    def _parse(self, body: Any, expected: int) -> list[list[float]]:
        data = body.get("data") if isinstance(body, dict) else None
        if not isinstance(data, list) or len(data) != expected:
            raise self._error(f"did not return {expected} embeddings")
        try:
            by_index = {item["index"]: item["embedding"] for item in data}
        except (TypeError, KeyError):
            raise self._error("returned items without 'index' and 'embedding'") from None
        if sorted(by_index) != list(range(expected)):
            raise self._error("returned embeddings with wrong indexes")
        return [by_index[index] for index in range(expected)]
