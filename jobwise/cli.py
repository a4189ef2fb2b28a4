"""`jobwise serve | migrate | create-admin`."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import secrets
import sys

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
    return _serve(settings, args)


def _migrate(settings: Settings) -> None:
    from jobwise.core.migrate import upgrade

    settings.data_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.async_database_url)
    print(f"Database is up to date ({_safe_url(settings)}).", file=sys.stderr)


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    _migrate(settings)
    print(
        f"JobWise API on http://{args.host}:{args.port}  (docs: http://{args.host}:{args.port}/docs)",
        file=sys.stderr,
    )
    uvicorn.run(
        "jobwise.main:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        log_config=None,
        timeout_graceful_shutdown=15,
    )
    return 0


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
