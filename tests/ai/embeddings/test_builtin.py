import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from jobwise.ai.embeddings import BuiltinEmbedder, Embedder, cosine, make_embedder
from jobwise.ai.embeddings.builtin import DIMENSION

REFERENCE = json.loads(Path(__file__).with_name("reference_vectors.json").read_text())
ITEMS = REFERENCE["items"]


@pytest.fixture(scope="module")
def embedder() -> BuiltinEmbedder:
    return BuiltinEmbedder(max_windows=16)


def test_builtin_matches_the_fp32_reference_model(embedder: BuiltinEmbedder) -> None:
    # max_windows=1 truncates at 256 tokens exactly as sentence-transformers does.
    vectors = BuiltinEmbedder(max_windows=1).embed_sync([item["text"] for item in ITEMS])
    for vector, item in zip(vectors, ITEMS, strict=True):
        assert cosine(vector, item["vector"]) >= 0.98, item["text"][:40]


def test_long_text_windows_cover_the_whole_text(embedder: BuiltinEmbedder) -> None:
    long_item = ITEMS[-1]
    assert long_item["tokens"] > 256
    truncated = BuiltinEmbedder(max_windows=1).embed_sync([long_item["text"]])[0]
    windowed = embedder.embed_sync([long_item["text"]])[0]
    assert not np.allclose(truncated, windowed, atol=1e-3)
    assert cosine(windowed, long_item["vector"]) > 0.95


def test_vectors_are_unit_float32_rows_in_input_order(embedder: BuiltinEmbedder) -> None:
    texts = ["pastry chef", "", "Python backend developer"]
    vectors = embedder.embed_sync(texts)
    assert vectors.shape == (3, DIMENSION)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    alone = embedder.embed_sync(["Python backend developer"])[0]
    assert cosine(vectors[2], alone) > 0.9999


def test_empty_input_gives_an_empty_matrix(embedder: BuiltinEmbedder) -> None:
    assert embedder.embed_sync([]).shape == (0, DIMENSION)


@pytest.mark.parametrize(
    ("anchor", "near", "far"),
    [
        ("Python backend developer", "Django REST API engineer", "pastry chef"),
        ("Registered nurse in intensive care", "ICU nursing and patient care", "Java microservices"),
        ("Senior accountant, IFRS reporting", "Financial controller, month-end close", "React UI designer"),
    ],
)
async def test_related_roles_are_closer_than_unrelated_ones(
    embedder: BuiltinEmbedder, anchor: str, near: str, far: str
) -> None:
    a, n, f = await embedder.embed([anchor, near, far])
    assert cosine(a, n) > cosine(a, f) + 0.1


def test_threads_share_one_session_and_agree(embedder: BuiltinEmbedder) -> None:
    texts = [item["text"] for item in ITEMS[:-1]]
    expected = embedder.embed_sync(texts)
    barrier = threading.Barrier(4)

    def run(_: int) -> np.ndarray:
        barrier.wait()
        return BuiltinEmbedder(max_windows=16).embed_sync(texts)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, range(4)))
    for result in results:
        assert np.allclose(result, expected, atol=1e-5)


async def test_check_reports_a_missing_model_file(tmp_path: Path, embedder: BuiltinEmbedder) -> None:
    assert await embedder.check() is True
    assert await BuiltinEmbedder(model_path=tmp_path / "missing.onnx").check() is False


def test_factory_builds_the_builtin_embedder() -> None:
    built = make_embedder("builtin", threads=2)
    assert isinstance(built, BuiltinEmbedder)
    assert isinstance(built, Embedder)
    assert (built.provider, built.model, built.dimension) == ("builtin", "all-MiniLM-L6-v2-int8", 384)


@pytest.mark.parametrize(
    ("provider", "model", "message"),
    [
        (
            "huggingface",
            None,
            "unknown embedding provider 'huggingface'; choose one of builtin, ollama, openai",
        ),
        ("builtin", "nomic-embed-text", "only runs all-MiniLM-L6-v2-int8"),
    ],
)
def test_factory_rejects_what_it_cannot_build(provider: str, model: str | None, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        make_embedder(provider, model=model)


def test_a_huge_paste_is_cut_to_the_window_budget() -> None:
    text = "Built Python services with PostgreSQL and Kafka. " * 160_000  # 8 MB: ~10 s to tokenize whole
    started = time.perf_counter()
    vector = BuiltinEmbedder(max_windows=2).embed_sync([text])[0]
    assert time.perf_counter() - started < 5.0
    head = BuiltinEmbedder(max_windows=2).embed_sync([text[:5_000]])[0]
    assert cosine(vector, head) > 0.9999


def test_the_model_name_says_how_many_windows_were_read() -> None:
    assert BuiltinEmbedder().model == BuiltinEmbedder.model == "all-MiniLM-L6-v2-int8"
    assert BuiltinEmbedder(max_windows=4).model == "all-MiniLM-L6-v2-int8-w4"
