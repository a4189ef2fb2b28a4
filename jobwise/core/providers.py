"""The AI providers the settings name, built the same way by the API, workers and the CLI."""

from __future__ import annotations

import httpx

from jobwise.ai.embeddings import Embedder, make_embedder
from jobwise.core.config import Settings


def embedder_from_settings(settings: Settings, client: httpx.AsyncClient | None = None) -> Embedder:
    return make_embedder(
        settings.embedding_provider,
        model=settings.embedding_model,
        base_url=settings.embedding_base_url or settings.llm_base_url,
        api_key=settings.embedding_api_key or settings.llm_api_key,
        client=client,
        max_windows=settings.embedding_max_windows,
    )
