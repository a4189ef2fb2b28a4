"""The embedder interface, its error and the vector helpers used for storage and scoring.

Every embedder returns a float32 ``np.ndarray`` of shape ``(len(texts), dimension)`` whose rows
are L2-normalised, so the cosine of two stored vectors is their dot product.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt

Vectors = npt.NDArray[np.float32]


class EmbeddingUnavailable(Exception):
    """The embedding provider could not answer (down, timed out, refused or spoke nonsense)."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


@runtime_checkable
class Embedder(Protocol):
    provider: str
    model: str
    dimension: int

    async def embed(self, texts: Sequence[str]) -> Vectors:
        """One L2-normalised float32 row per text, in input order."""
        ...

    async def check(self) -> bool:
        """True when the provider answers and the model is usable."""
        ...


def normalize(vectors: npt.ArrayLike) -> Vectors:
    """Rows scaled to unit length (all-zero rows stay zero)."""
    array = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(array, axis=-1, keepdims=True)
    out = np.zeros_like(array)
    np.divide(array, norms, out=out, where=norms > 0)
    return out


def cosine(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    """Cosine similarity of two vectors; 0.0 when either is all zeros."""
    va = np.asarray(a, dtype=np.float64).ravel()
    vb = np.asarray(b, dtype=np.float64).ravel()
    if va.shape != vb.shape:
        raise ValueError(f"cannot compare vectors of dimension {va.size} and {vb.size}")
    denominator = float(np.linalg.norm(va) * np.linalg.norm(vb))
    return float(va @ vb) / denominator if denominator else 0.0


def to_bytes(vector: npt.ArrayLike) -> bytes:
    """A vector as float32 little-endian bytes, for a BLOB column."""
    return np.asarray(vector, dtype="<f4").ravel().tobytes()


def from_bytes(data: bytes) -> Vectors:
    """The inverse of :func:`to_bytes`; the dimension is ``len(data) // 4``."""
    if len(data) % 4:
        raise ValueError(f"{len(data)} bytes is not a whole number of float32 values")
    return np.frombuffer(data, dtype="<f4").astype(np.float32)
