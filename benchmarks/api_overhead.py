"""Throughput and latency of JobWise's hot paths beside a bare FastAPI app, one worker each.

    python -m benchmarks.api_overhead [--seconds 10] [--connections 32]

Starts `jobwise serve --no-ui` (SQLite, fresh data dir) and `uvicorn benchmarks.bare_app:app`, drives each
with wrk (installed with apt-get when missing and running as root), and prints requests/s, p50 and p99."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class Result:
    name: str
    rps: float
    p50_ms: float
    p99_ms: float


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    wrk = _ensure_wrk()
    results: list[Result] = []
    with tempfile.TemporaryDirectory() as data_dir, _serve_jobwise(data_dir) as base:
        headers = _login(base)
        _warm(base, headers)
        results.append(_run(wrk, "jobwise GET /health", f"{base}/health", {}, args))
        results.append(_run(wrk, "jobwise GET /api/v1/users/me", f"{base}/api/v1/users/me", headers, args))
    with _serve_bare() as base:
        _warm(base, {})
        results.append(_run(wrk, "bare FastAPI GET /", f"{base}/", {}, args))
    _report(results, args)


def _report(results: list[Result], args: argparse.Namespace) -> None:
    print(f"\n{args.connections} connections, {args.seconds} s each, 1 server worker, wrk 1 thread\n")
    print(f"{'endpoint':34} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    for r in results:
        print(f"{r.name:34} {r.rps:9.0f} {r.p50_ms:8.2f} {r.p99_ms:8.2f}")
    bare = results[-1].rps
    print()
    for r in results[:-1]:
        print(f"{r.name:34} {r.rps / bare:6.1%} of the bare app's throughput")
    me = results[1]
    verdict = "meets" if me.rps / bare >= 0.35 and me.p99_ms < 50 else "misses"
    print(f"\nTarget (/users/me >= 35% of bare, p99 < 50 ms): {verdict}")


def _ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    if os.geteuid() == 0 and shutil.which("apt-get"):
        print("Installing wrk with apt-get ...", file=sys.stderr)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True, capture_output=True)
        if found := shutil.which("wrk"):
            return found
    sys.exit("This benchmark needs wrk (Debian/Ubuntu: apt-get install wrk; macOS: brew install wrk).")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def _process(command: list[str], base: str, env: dict[str, str]) -> Iterator[str]:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                httpx.get(base + "/health" if "jobwise" in command[2] else base + "/", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def _serve_jobwise(data_dir: str) -> Any:
    port = free_port()
    env = {
        **os.environ,
        "JOBWISE_DATA_DIR": data_dir,
        "JOBWISE_DATABASE_URL": "",
        "JOBWISE_RATE_LIMIT_AUTH": "1000/minute",
    }
    command = [sys.executable, "-m", "jobwise.cli", "serve", "--no-ui", "--port", str(port)]
    return _process(command, f"http://127.0.0.1:{port}", env)


def _serve_bare() -> Any:
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "benchmarks.bare_app:app",
        "--port",
        str(port),
        "--no-access-log",
        "--log-level",
        "warning",
    ]
    return _process(command, f"http://127.0.0.1:{port}", dict(os.environ))


def _login(base: str) -> dict[str, str]:
    body = {"email": "bench@example.com", "password": "Bench-Pass-2024"}
    httpx.post(f"{base}/api/v1/auth/register", json=body).raise_for_status()
    tokens = httpx.post(f"{base}/api/v1/auth/login", json=body).json()
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def _warm(base: str, headers: dict[str, str]) -> None:
    with httpx.Client() as client:
        for _ in range(200):
            client.get(base + ("/api/v1/users/me" if headers else "/"), headers=headers)


def _run(wrk: str, name: str, url: str, headers: dict[str, str], args: argparse.Namespace) -> Result:
    command = [wrk, "-t1", f"-c{args.connections}", f"-d{args.seconds}s", "--latency", url]
    for key, value in headers.items():
        command += ["-H", f"{key}: {value}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    if "Non-2xx" in output:
        sys.exit(f"{name}: some responses were errors:\n{output}")
    return Result(
        name,
        float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),  # type: ignore[union-attr]
        _latency(output, "50%"),
        _latency(output, "99%"),
    )


def _latency(output: str, percentile: str) -> float:
    value, unit = re.search(rf"{percentile}\s+([\d.]+)(us|ms|s)", output).groups()  # type: ignore[union-attr]
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


if __name__ == "__main__":
    main()
