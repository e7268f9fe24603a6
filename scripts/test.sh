#!/usr/bin/env bash
# The test suite as CI runs it: set up from nothing, lint, type-check, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests benchmarks fuzz docs/hooks
.venv/bin/mypy
.venv/bin/python -m pytest "$@"
