"""Where uploaded originals and generated files live: a small key -> bytes interface.

Keys are opaque, server-made paths such as `cvs/<user_id>/<cv_id>`; a user's filename never
becomes part of a path. `LocalStorage` is the default; an S3-compatible store is planned.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Protocol, runtime_checkable
from urllib.parse import unquote, urlparse

_SEGMENT = re.compile(r"^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}$")  # no leading dot: temp files use one
MAX_KEY_LENGTH = 512


class ObjectNotFound(LookupError):
    """No object is stored under this key."""


@runtime_checkable
class Storage(Protocol):
    async def put(self, key: str, data: bytes) -> None: ...
    async def get(self, key: str) -> bytes: ...  # raises ObjectNotFound
    async def delete(self, key: str) -> None: ...  # a missing key is not an error
    async def delete_prefix(self, prefix: str) -> None: ...  # whole segments: "cvs/u1" spares "cvs/u10"
    async def exists(self, key: str) -> bool: ...
    async def check(self) -> bool: ...  # readiness: the store accepts writes


def validate_key(key: str) -> list[str]:
    """The key's segments; refuses '..', absolute paths, backslashes and unusual characters."""
    segments = key.strip("/").split("/") if not key.startswith("/") else []
    if not key or len(key) > MAX_KEY_LENGTH or not segments or not all(map(_SEGMENT.match, segments)):
        raise ValueError(f"Invalid storage key: {key!r}")
    return segments


class LocalStorage(Storage):
    """Files under one directory; writes are atomic (temp file, fsync, rename)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, key: str) -> Path:
        return self.root.joinpath(*validate_key(key))

    async def put(self, key: str, data: bytes) -> None:
        await asyncio.to_thread(self._write, self.path(key), data)

    async def get(self, key: str) -> bytes:
        path = self.path(key)
        try:
            return await asyncio.to_thread(path.read_bytes)
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise ObjectNotFound(key) from None

    async def delete(self, key: str) -> None:
        await asyncio.to_thread(self._path_unlink, self.path(key))

    async def delete_prefix(self, prefix: str) -> None:
        await asyncio.to_thread(self._remove_tree, self.path(prefix))

    async def exists(self, key: str) -> bool:
        return await asyncio.to_thread(self.path(key).is_file)

    async def check(self) -> bool:
        try:
            await asyncio.to_thread(self._probe)
        except OSError:
            return False
        return True

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    @staticmethod
    def _path_unlink(path: Path) -> None:
        path.unlink(missing_ok=True)

    @staticmethod
    def _remove_tree(path: Path) -> None:
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)

    def _probe(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=self.root, prefix=".ready-"):
            pass


def storage_from_url(url: str | None, data_dir: Path) -> Storage:
    """`None` -> `<data_dir>/files`; `file:///path` -> that directory; `s3://` is not built yet."""
    if not url:
        return LocalStorage(data_dir / "files")
    parsed = urlparse(url)
    if parsed.scheme == "file":
        root = Path(unquote(parsed.path))
        if parsed.netloc not in ("", "localhost") or not root.is_absolute():
            raise ValueError(f"JOBWISE_STORAGE_URL: use file:///absolute/path, not {url!r}")
        return LocalStorage(root)
    if parsed.scheme == "s3":
        raise ValueError(
            "JOBWISE_STORAGE_URL: S3-compatible storage (s3://bucket/prefix) is planned but not "
            "available yet; leave it unset or use file:///path"
        )
    raise ValueError(f"JOBWISE_STORAGE_URL: unsupported scheme {parsed.scheme!r} (use file://)")
