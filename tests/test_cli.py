"""The real command line: `jobwise create-admin`, `jobwise migrate` and a live `jobwise serve`."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

JOBWISE = [sys.executable, "-m", "jobwise.cli"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "JOBWISE_DATA_DIR": str(tmp_path), "JOBWISE_DATABASE_URL": ""}


@pytest.fixture
def server(env: dict[str, str], tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes], Path]]:
    port = _free_port()
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [*JOBWISE, "serve", "--no-ui", "--port", str(port)],
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.2)
    else:
        process.kill()
        pytest.fail(f"server did not start: {log.read_text()[-2000:]}")
    yield base, process, log
    if process.poll() is None:
        process.kill()
        process.wait()


def test_create_admin_then_admin_api_on_a_live_server(
    env: dict[str, str], server: tuple[str, subprocess.Popen[bytes], Path]
) -> None:
    base, process, log = server
    result = subprocess.run(
        [*JOBWISE, "create-admin", "Root@Example.com", "--password", "Admin-Pass-2024"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Created admin root@example.com" in result.stdout
    tokens = httpx.post(
        f"{base}/api/v1/auth/login", json={"email": "root@example.com", "password": "Admin-Pass-2024"}
    ).json()
    headers = {"Authorization": f"Bearer {tokens['access_token']}", "X-Request-ID": "cli-test-1"}
    r = httpx.get(f"{base}/api/v1/admin/users", headers=headers)
    assert r.status_code == 200
    assert [u["role"] for u in r.json()["items"]] == ["admin"]
    # Graceful shutdown on SIGTERM, and one JSON log line per request with its id.
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=30) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal after draining
    assert "Application shutdown complete" in log.read_text()
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    request = next(line for line in lines if line.get("request_id") == "cli-test-1")
    assert request["route"] == "/api/v1/admin/users"
    assert request["status"] == 200
    assert request["user_id"] is not None
    assert request["latency_ms"] > 0


def test_create_admin_promotes_and_refuses_weak_passwords(env: dict[str, str]) -> None:
    weak = subprocess.run(
        [*JOBWISE, "create-admin", "a@example.com", "--password", "password"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert weak.returncode == 1
    assert "too common" in weak.stderr or "at least 8" in weak.stderr
    generated = subprocess.run(
        [*JOBWISE, "create-admin", "a@example.com"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert generated.returncode == 0
    assert "Generated password (shown once):" in generated.stdout
    again = subprocess.run(
        [*JOBWISE, "create-admin", "a@example.com", "--password", "Other-Pass-2024"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "Promoted admin a@example.com" in again.stdout


def test_migrate_is_idempotent(env: dict[str, str], tmp_path: Path) -> None:
    for _ in range(2):
        result = subprocess.run([*JOBWISE, "migrate"], env=env, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        assert "Database is up to date" in result.stderr
    assert (tmp_path / "jobwise.db").exists()
