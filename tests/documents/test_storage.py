"""LocalStorage and storage_from_url (jobwise/core/storage.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobwise.core.storage import LocalStorage, ObjectNotFound, Storage, storage_from_url


@pytest.fixture
def store(tmp_path: Path) -> LocalStorage:
    return LocalStorage(tmp_path / "files")


async def test_put_get_exists_delete(store: LocalStorage):
    key = "cvs/3f1c/9a2b"
    assert not await store.exists(key)
    await store.put(key, b"%PDF-1.7 original bytes")
    assert await store.exists(key)
    assert await store.get(key) == b"%PDF-1.7 original bytes"
    assert store.path(key) == store.root / "cvs" / "3f1c" / "9a2b"
    await store.put(key, b"replaced")
    assert await store.get(key) == b"replaced"
    await store.delete(key)
    await store.delete(key)  # deleting twice is fine
    assert not await store.exists(key)
    with pytest.raises(ObjectNotFound):
        await store.get(key)


async def test_write_leaves_no_temporary_files(store: LocalStorage):
    await store.put("cvs/u1/a", b"x" * 100_000)
    assert [p.name for p in (store.root / "cvs" / "u1").iterdir()] == ["a"]


async def test_delete_prefix_removes_whole_segments_only(store: LocalStorage):
    for key in ["cvs/u1/a", "cvs/u1/b", "cvs/u10/a", "exports/u1/x"]:
        await store.put(key, b"data")
    await store.delete_prefix("cvs/u1/")
    left = [await store.exists(k) for k in ["cvs/u1/a", "cvs/u1/b", "cvs/u10/a", "exports/u1/x"]]
    assert left == [False, False, True, True]
    await store.delete_prefix("cvs/nobody")  # nothing there: no error


@pytest.mark.parametrize(
    "key",
    ["", "/etc/passwd", "../secret", "cvs/../../x", "cvs/./x", "cvs//x", "cvs\\x", "cvs/.hidden",
     "cvs/CV (1).pdf", "cvs/naïve", "a/" + "b" * 200],
)  # fmt: skip
async def test_unsafe_keys_are_refused(store: LocalStorage, key: str):
    with pytest.raises(ValueError, match="Invalid storage key"):
        await store.put(key, b"x")
    assert not (store.root.parent / "secret").exists()


async def test_check_reports_writable_and_unwritable(tmp_path: Path):
    assert await LocalStorage(tmp_path / "new" / "dir").check()
    blocker = tmp_path / "file"
    blocker.write_bytes(b"not a directory")
    assert not await LocalStorage(blocker / "files").check()


def test_storage_from_url(tmp_path: Path):
    default = storage_from_url(None, tmp_path)
    assert isinstance(default, LocalStorage)
    assert isinstance(default, Storage)
    assert default.root == tmp_path / "files"
    chosen = storage_from_url(f"file://{tmp_path}/blobs", tmp_path)
    assert isinstance(chosen, LocalStorage)
    assert chosen.root == tmp_path / "blobs"
    with pytest.raises(ValueError, match="planned"):
        storage_from_url("s3://bucket/prefix", tmp_path)
    with pytest.raises(ValueError, match="unsupported scheme"):
        storage_from_url("ftp://host/x", tmp_path)
    for url in ["file://otherhost/x", "file:relative/dir"]:
        with pytest.raises(ValueError, match="absolute"):
            storage_from_url(url, tmp_path)
