#!/usr/bin/env bash
# Opens the review desk on the bundled corpus in one command: setup, ingest (text, Word, PDF and the small
# scans; the 80-page resolution is left out to keep it to a few minutes), import into the review database,
# create an admin if there is none, serve on http://127.0.0.1:8080 (or $PORT).
# Usage: ./scripts/review-corpus.sh            (admin 'admin'; password from $REVIEW_PASSWORD or asked once)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
say() { printf '\033[1m[review]\033[0m %s\n' "$*"; }
pipeline=src/Pipeline.Cli/bin/Release/net10.0/pipeline
out=${REVIEW_OUT:-out/review}
db=${REVIEW_DB:-$out/review.db}
mkdir -p "$out"

scans=$(find corpus/scans -maxdepth 1 -type f \( -iname '*.pdf' -o -iname '*.png' -o -iname '*.jpg' -o -iname '*.tif' \) ! -name 'NQ-19-2026-NQ-CP.pdf' | sort)
say "ingesting the corpus into $out/ingest (resumable: a second run only does what is new)"
# Exit 2/3 (some inputs failed or partial) still leaves every good record in place.
$pipeline ingest corpus/text corpus/docx corpus/pdf $scans --out "$out/ingest" --jobs "$(nproc)" >/dev/null || [ $? -le 3 ]
say "importing into $db"
$pipeline import "$out/ingest" --db "$db" || [ $? -eq 2 ]

if [ ! -f "$db.admin" ]; then
  if [ -z "${REVIEW_PASSWORD:-}" ]; then
    read -r -s -p "password for the new admin 'admin' (8 characters or more): " REVIEW_PASSWORD; echo
  fi
  printf '%s\n' "$REVIEW_PASSWORD" | $pipeline serve --db "$db" --create-admin admin
  touch "$db.admin"
fi
say "serving the desk on http://127.0.0.1:${PORT:-8080}/ (Ctrl+C to stop)"
exec $pipeline serve --db "$db" --port "${PORT:-8080}"
