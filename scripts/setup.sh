#!/usr/bin/env bash
# Creates .venv and installs torch (the CPU build, first, so nothing pulls a CUDA build) and the project.
# Idempotent: a second run with an unchanged pyproject.toml does nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${HINDINEWS_EXTRAS:-dev,frames,dask,notebook,docs}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -m venv .venv
fi
stamp=".venv/.hindinews-setup"
want="$(cat pyproject.toml | sha256sum | cut -c1-16)-$extras"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet torch==2.13.0
.venv/bin/python -m pip install --quiet -e ".[$extras]"
echo "$want" > "$stamp"
