"""Text embeddings for semantic matching and search: builtin (offline ONNX), Ollama, OpenAI-compatible.

Every embedder returns an L2-normalised float32 ``np.ndarray`` of shape ``(n, dimension)``.
Store ``to_bytes(row)`` with the embedder's ``provider``, ``model`` and ``dimension``; only
compare vectors that share a model.
"""

from jobwise.ai.embeddings.base import (
    Embedder,
    EmbeddingUnavailable,
    Vectors,
    cosine,
    from_bytes,
    normalize,
    to_bytes,
)
from jobwise.ai.embeddings.builtin import BuiltinEmbedder
from jobwise.ai.embeddings.factory import PROVIDERS, make_embedder
from jobwise.ai.embeddings.remote import OllamaEmbedder, OpenAIEmbedder

__all__ = [
    "PROVIDERS",
    "BuiltinEmbedder",
    "Embedder",
    "EmbeddingUnavailable",
    "OllamaEmbedder",
    "OpenAIEmbedder",
    "Vectors",
    "cosine",
    "from_bytes",
    "make_embedder",
    "normalize",
    "to_bytes",
]
