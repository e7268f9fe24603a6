#!/usr/bin/env bash
# The main job on the bundled example article: set up, then print the summary of entities, dates, events.
set -euo pipefail
cd "$(dirname "$0")/.."
HINDINEWS_EXTRAS="${HINDINEWS_EXTRAS:-frames}" bash scripts/setup.sh
.venv/bin/hindinews extract examples/article.txt --published 2025-03-19 --format table
