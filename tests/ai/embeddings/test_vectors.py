import numpy as np
import pytest

from jobwise.ai.embeddings import cosine, from_bytes, normalize, to_bytes


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ([1.0, 0.0], [1.0, 0.0], 1.0),
        ([1.0, 0.0], [0.0, 2.0], 0.0),
        ([1.0, 1.0], [-3.0, -3.0], -1.0),
        ([3.0, 4.0], [4.0, 3.0], 0.96),
        ([0.0, 0.0], [1.0, 0.0], 0.0),
    ],
)
def test_cosine(a: list[float], b: list[float], expected: float) -> None:
    assert cosine(a, b) == pytest.approx(expected)


def test_cosine_refuses_vectors_of_different_dimension() -> None:
    with pytest.raises(ValueError, match="dimension 2 and 3"):
        cosine([1.0, 0.0], [1.0, 0.0, 0.0])


def test_bytes_are_float32_little_endian_and_round_trip() -> None:
    vector = np.array([0.5, -1.25, 3.0], dtype=np.float64)
    data = to_bytes(vector)
    assert data == b"\x00\x00\x00?\x00\x00\xa0\xbf\x00\x00@@"
    restored = from_bytes(data)
    assert restored.dtype == np.float32
    assert restored.tolist() == [0.5, -1.25, 3.0]


def test_from_bytes_rejects_a_partial_float() -> None:
    with pytest.raises(ValueError, match="5 bytes"):
        from_bytes(b"\x00" * 5)


def test_normalize_scales_rows_and_leaves_zero_rows_alone() -> None:
    rows = normalize([[3.0, 4.0], [0.0, 0.0]])
    assert rows.dtype == np.float32
    assert rows.tolist() == [[pytest.approx(0.6), pytest.approx(0.8)], [0.0, 0.0]]
