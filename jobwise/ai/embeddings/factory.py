"""Pick an embedder from configuration values (the caller reads the settings)."""

from __future__ import annotations

import httpx

from jobwise.ai.embeddings.base import Embedder
from jobwise.ai.embeddings.builtin import MODEL_NAME, BuiltinEmbedder
from jobwise.ai.embeddings.remote import OllamaEmbedder, OpenAIEmbedder

PROVIDERS = ("builtin", "ollama", "openai")
DEFAULT_OLLAMA_URL = "http://localhost:11434"
DEFAULT_OLLAMA_MODEL = "nomic-embed-text"
DEFAULT_OPENAI_URL = "https://api.openai.com/v1"
DEFAULT_OPENAI_MODEL = "text-embedding-3-small"
_BUILTIN_ALIASES = {MODEL_NAME, "all-MiniLM-L6-v2", "sentence-transformers/all-MiniLM-L6-v2"}


def make_embedder(
    provider: str,
    *,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    client: httpx.AsyncClient | None = None,
    threads: int = 1,
    max_windows: int = 1,
) -> Embedder:
    """The embedder for `provider` ("builtin", "ollama" or "openai"), with sensible defaults.

    `max_windows` bounds how many 256-token windows of a long text the builtin model reads."""
    name = provider.strip().lower()
    if name == "builtin":
        if model and model not in _BUILTIN_ALIASES:
            raise ValueError(f"the builtin embedder only runs {MODEL_NAME}, not {model!r}")
        return BuiltinEmbedder(threads=threads, max_windows=max_windows)
    if name == "ollama":
        return OllamaEmbedder(base_url or DEFAULT_OLLAMA_URL, model or DEFAULT_OLLAMA_MODEL, client)
    if name == "openai":
        return OpenAIEmbedder(base_url or DEFAULT_OPENAI_URL, model or DEFAULT_OPENAI_MODEL, api_key, client)
    raise ValueError(f"unknown embedding provider {provider!r}; choose one of {', '.join(PROVIDERS)}")
