"""`jobwise serve | migrate | create-admin`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import os
import secrets
import signal
import subprocess
import sys
from pathlib import Path

from jobwise.core.config import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="jobwise", description="JobWise: a self-hostable job-search workbench."
    )
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="apply migrations, then serve the API (and the UI)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--ui-port", type=int, default=8501)
    serve.add_argument("--no-ui", action="store_true", help="serve the API only")

    commands.add_parser("migrate", help="apply database migrations")

    worker = commands.add_parser(
        "worker", help="run background work (scale-out mode, JOBWISE_QUEUE=procrastinate)"
    )
    worker.add_argument(
        "--concurrency", type=int, default=None, help="jobs at once (JOBWISE_WORKER_CONCURRENCY)"
    )

    reembed = commands.add_parser("reembed", help="recompute embeddings after an embedding model change")
    reembed.add_argument(
        "--all", action="store_true", help="recompute every embedding, not only outdated ones"
    )

    admin = commands.add_parser("create-admin", help="create an admin account (or promote an existing one)")
    admin.add_argument("email")
    admin.add_argument("--password", help="prompted for (or generated) when omitted")

    args = parser.parse_args(argv)
    settings = Settings()
    if args.command == "migrate":
        _migrate(settings)
        return 0
    if args.command == "create-admin":
        return _create_admin(settings, args.email, args.password)
    if args.command == "worker":
        return _worker(settings, args.concurrency or settings.worker_concurrency)
    if args.command == "reembed":
        return _reembed(settings, everything=args.all)
    return _serve(settings, args)


def _migrate(settings: Settings) -> None:
    from jobwise.core.migrate import upgrade

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.async_database_url)
    if settings.queue == "procrastinate":
        from jobwise.worker import apply_queue_schema

        if asyncio.run(apply_queue_schema(settings)):
            print("Installed the procrastinate job-queue schema.", file=sys.stderr)
    print(f"Database is up to date ({_safe_url(settings)}).", file=sys.stderr)


def _worker(settings: Settings, concurrency: int) -> int:
    from jobwise.core.logging import configure_logging
    from jobwise.worker import run_worker

    if settings.queue != "procrastinate":
        print(
            "`jobwise worker` is for scale-out mode: set JOBWISE_QUEUE=procrastinate (PostgreSQL) on the API "
            "and the workers. In the default embedded mode, `jobwise serve` runs the background work itself.",
            file=sys.stderr,
        )
        return 1
    configure_logging(settings.log_level, json=settings.log_json)
    _migrate(settings)
    asyncio.run(run_worker(settings, concurrency=concurrency))
    return 0


def _reembed(settings: Settings, *, everything: bool) -> int:
    from jobwise.core.db import create_engine, create_sessionmaker
    from jobwise.core.providers import embedder_from_settings
    from jobwise.cvs.processing import reembed

    async def run() -> int:
        engine = create_engine(settings.async_database_url)
        embedder = embedder_from_settings(settings)
        try:
            return await reembed(create_sessionmaker(engine), embedder, everything=everything)
        finally:
            await engine.dispose()

    _migrate(settings)
    print(f"Re-embedded {asyncio.run(run())} CVs.")
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    _migrate(settings)
    print(
        f"JobWise API on http://{args.host}:{args.port}  (docs: http://{args.host}:{args.port}/docs)",
        file=sys.stderr,
    )
    ui = None if args.no_ui else _start_ui(args.host, args.port, args.ui_port, settings.max_upload_mb)
    if ui is not None:  # uvicorn re-raises SIGTERM once it has shut down: stop the UI, then die of it
        signal.signal(signal.SIGTERM, lambda signum, _frame: _stop_and_die(ui, signum))
    try:
        uvicorn.run(
            "jobwise.main:create_app",
            factory=True,
            host=args.host,
            port=args.port,
            log_config=None,
            timeout_graceful_shutdown=15,
        )
    finally:
        if ui is not None:
            _stop(ui)
    return 0


def _stop_and_die(ui: subprocess.Popen[bytes], signum: int) -> None:
    _stop(ui)
    signal.signal(signum, signal.SIG_DFL)
    signal.raise_signal(signum)


def _start_ui(host: str, api_port: int, ui_port: int, max_upload_mb: int) -> subprocess.Popen[bytes]:
    """The Streamlit UI as a child process, pointed at this API."""
    app = Path(__file__).with_name("ui") / "app.py"
    local = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host  # a wildcard bind is reached locally
    netloc = f"[{local}]" if ":" in local else local
    env = {**os.environ, "JOBWISE_API_URL": f"http://{netloc}:{api_port}"}
    command = [
        sys.executable, "-m", "streamlit", "run", str(app), "--server.port", str(ui_port),
        "--server.address", host, "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "minimal", "--client.showErrorDetails", "none",
        "--server.maxUploadSize", str(max_upload_mb),  # the uploader refuses what the API would refuse
    ]  # fmt: skip
    process = subprocess.Popen(command, env=env)
    print(f"JobWise UI on http://{netloc}:{ui_port}", file=sys.stderr)
    return process


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _create_admin(settings: Settings, email: str, password: str | None) -> int:
    from jobwise.core.security import password_problem

    generated = False
    if password is None and sys.stdin.isatty():
        password = getpass.getpass("Password for the admin: ")
        if password != getpass.getpass("Repeat it: "):
            print("The passwords differ.", file=sys.stderr)
            return 1
    elif password is None:
        password, generated = secrets.token_urlsafe(18), True
    if problem := password_problem(password, email=email):
        print(problem, file=sys.stderr)
        return 1
    _migrate(settings)
    created = asyncio.run(_upsert_admin(settings, email, password))
    print(f"{'Created' if created else 'Promoted'} admin {email.strip().lower()}.")
    if generated:
        print(f"Generated password (shown once): {password}")
    return 0


async def _upsert_admin(settings: Settings, email: str, password: str) -> bool:
    from sqlalchemy import select

    from jobwise.audit import service as audit
    from jobwise.auth.service import normalize_email
    from jobwise.core.db import create_engine, create_sessionmaker
    from jobwise.core.security import hash_password
    from jobwise.users.models import User

    engine = create_engine(settings.async_database_url)
    try:
        async with create_sessionmaker(engine)() as session:
            user = await session.scalar(select(User).where(User.email == normalize_email(email)))
            created = user is None
            if user is None:
                user = User(email=normalize_email(email))
                session.add(user)
            user.role, user.is_active, user.hashed_password = "admin", True, hash_password(password)
            await session.flush()
            audit.record(session, "admin.created_by_cli", user_id=user.id)
            await session.commit()
            return created
    finally:
        await engine.dispose()


def _safe_url(settings: Settings) -> str:
    from sqlalchemy.engine import make_url

    return make_url(settings.async_database_url).render_as_string(hide_password=True)


if __name__ == "__main__":
    sys.exit(main())
