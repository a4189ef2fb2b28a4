#!/usr/bin/env bash
# Installs everything the checks need and runs them all: lint, types, import contracts, the test suite.
# API tests run on SQLite always, and on PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) when
# those servers answer; otherwise those variants are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=1 PIP_DISABLE_PIP_VERSION_CHECK=1
# The browser journey (tests/ui/test_e2e_browser.py) drives Debian's Chromium; it skips where it is absent.
if [ "$(id -u)" = 0 ] && ! command -v chromium >/dev/null; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install --quiet -e '.[test]'
python3 -m ruff check .
python3 -m mypy jobwise
lint-imports
python3 -m pytest "$@"
