#!/usr/bin/env bash
# Rendering invariance for plain text: the development set's HTML pages flattened to text the three ways such text
# reaches an archive (scripts/html_to_text.py: a browser's innerText, a crawler joining each paragraph's <br> lines,
# the page source's own line breaks) and evaluated against the same expected records. A document should give the
# same record in every rendering; the figures per mode show where a rule depends on the line breaks of one.
# Usage: scripts/rerender-text.sh [OUT_DIR]   (needs python3; prints one eval summary per mode)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/rerender-text}"
command -v python3 >/dev/null || { echo "missing-dependency: python3 (apt-get install python3)" >&2; exit 2; }
cli="$root/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll"
[ -f "$cli" ] || dotnet build -c Release "$root/src/Pipeline.Cli" >/dev/null
rm -rf "$out"
modes="inner joined source"
echo "flattening $(ls "$root"/corpus/html/*.html | wc -l) HTML documents three ways into $out ..."
for m in $modes; do
  mkdir -p "$out/$m/text" "$out/$m/expected"
  for f in "$root"/corpus/html/*.html; do
    stem="$(basename "$f" .html)"
    python3 "$root/scripts/html_to_text.py" "$m" "$f" > "$out/$m/text/$stem.txt"
    cp "$root/corpus/expected/$stem.json" "$out/$m/expected/"
  done
done
for m in $modes; do
  echo "== $m (flattened web page)"
  dotnet "$cli" eval --expected "$out/$m/expected" --corpus "$out/$m" --test-expected "$out/none" --out "$out/$m/records" \
    > "$out/$m/eval.log" 2>&1 || true
  sed -n '/^overall fields/p;/^recipients /p;/^tasks /p;/^unit recall/p' "$out/$m/eval.log"
done
echo "logs: $out/<mode>/eval.log (misses listed)"
