#!/usr/bin/env bash
# Rendering invariance: the development set's HTML documents printed to PDF by Chromium (a saved web page with the
# portal's menus and footer, as an archive receives it), then read back three ways — the PDF itself, pdftotext
# -layout and plain pdftotext — and evaluated against the same expected records. A document should give the same
# record in every rendering; the figures per rendering show where a reader or a rule depends on one.
# Usage: scripts/rerender-html.sh [OUT_DIR]   (needs chromium and poppler-utils; prints one eval summary per rendering)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/rerender-html}"
for tool in chromium pdftotext; do
  command -v "$tool" >/dev/null || { echo "missing-dependency: $tool (apt-get install chromium poppler-utils)" >&2; exit 2; }
done
cli="$root/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll"
[ -f "$cli" ] || dotnet build -c Release "$root/src/Pipeline.Cli" >/dev/null
rm -rf "$out"; mkdir -p "$out"
for r in pdf layout text; do mkdir -p "$out/$r/$r" "$out/$r/expected"; done
echo "printing $(ls "$root"/corpus/html/*.html | wc -l) HTML documents with chromium into $out ..."
for f in "$root"/corpus/html/*.html; do
  stem="$(basename "$f" .html)"
  pdf="$out/pdf/pdf/$stem.pdf"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "file://$f" >/dev/null 2>&1 || true
  [ -s "$pdf" ] || { echo "  $stem: chromium printed nothing, skipped" >&2; continue; }
  pdftotext -layout "$pdf" "$out/layout/layout/$stem.txt"
  pdftotext "$pdf" "$out/text/text/$stem.txt"
  for r in pdf layout text; do cp "$root/corpus/expected/$stem.json" "$out/$r/expected/"; done
done
for r in pdf layout text; do
  echo "== $r (printed web page)"
  dotnet "$cli" eval --expected "$out/$r/expected" --corpus "$out/$r" --test-expected "$out/none" --out "$out/$r/records" \
    > "$out/$r/eval.log" 2>&1 || true
  sed -n '/^overall fields/p;/^recipients /p;/^tasks /p;/^unit recall/p' "$out/$r/eval.log"
done
echo "logs: $out/<rendering>/eval.log (misses listed)"
