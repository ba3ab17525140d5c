#!/usr/bin/env bash
# The main job on the bundled corpus: installs what is needed, extracts every document under corpus/
# into out/ (one JSON record per input, tasks.jsonl, errors.jsonl; an earlier out/ is replaced whole),
# then evaluates against corpus/expected. --timeout 900: the 80-page scan takes minutes on a busy 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
out="${1:-out}"
printf '\033[1m[extract]\033[0m extracting corpus/{seeds,text,docx,pdf,scans} into %s/\n' "$out"
status=0
dotnet run --project src/Pipeline.Cli -c Release --no-build -- extract corpus/seeds corpus/text corpus/docx corpus/pdf corpus/scans --out "$out" --force --timeout 900 || status=$?
printf '\033[1m[extract]\033[0m records: %s/*.json, tasks: %s/tasks.jsonl, failed inputs: %s/errors.jsonl (exit %s: 0 all ok, 2 some inputs failed, 3 some records partial)\n' "$out" "$out" "$out" "$status"
printf '\033[1m[eval]\033[0m comparing with corpus/expected\n'
dotnet run --project src/Pipeline.Cli -c Release --no-build -- eval --expected corpus/expected --out "$out/eval"
