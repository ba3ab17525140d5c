#!/usr/bin/env bash
# Header and foot fields through OCR, measured on documents whose records we already trust. The development set's
# typed documents (born-digital PDFs with a text layer, and legal-portal HTML pages printed by Chromium as an archive
# receives them) are turned into page images the way a scanner hands them over — rasterised by pdftoppm at 150 and
# 200 dpi, and a degraded copy of the 200 dpi pages (1-2° rotation, blur, noise, grey paper, JPEG quality 40) — each
# set bound into image-only PDFs (no text layer, so every page goes through our OCR reader) and evaluated by
# `pipeline eval` against the SAME expected records. The typed rendering scores these documents' fields near 100 %,
# so every miss here is something the OCR reading, or a rule reading OCR lines, loses.
# Only development documents are used (corpus/catalog.tsv split "dev"); nothing under corpus/test/ is read.
# Images are cached under OUT_DIR/cache and reused on a second run; the records and logs are made afresh.
# The "photo" renderings are the same pages as a phone photo or a web thumbnail hands them over: the whole page 640,
# 720 or 800 px wide (by document, in turn), JPEG quality 60, and NO resolution stated (multi-page JPEG-compressed
# TIFF whose resolution tag says 72, which the reader does not trust), so the reader sees body text 9-13 px high and must
# judge its size from the page itself; "photoskew" is the same photo a little askew (±2°), lit unevenly (one corner at
# 55 % of the other's light) and slightly out of focus; "photocolour" is the "photo" page in colour (rendered by pdftoppm
# in RGB), as a phone keeps it: red seals and signatures stay red.
# Usage: scripts/rerender-ocr.sh [OUT_DIR] [RENDERING...]   (renderings: ocr150 ocr200 degraded photo photoskew
# photocolour;
# default the first three)
# Needs chromium, poppler-utils (pdftoppm) and imagemagick (convert). ~10-20 min per rendering on 2 shared cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-/tmp/rerender-ocr}"
shift || true
renderings=("$@")
[ ${#renderings[@]} -gt 0 ] || renderings=(ocr150 ocr200 degraded)
for tool in chromium pdftoppm convert; do
  command -v "$tool" >/dev/null || { echo "missing-dependency: $tool (apt-get install chromium poppler-utils imagemagick)" >&2; exit 2; }
done
# A stand-in convert that only prints PNGs is not ImageMagick: the degraded copy needs the real one.
convert -version 2>/dev/null | grep -q ImageMagick || { echo "missing-dependency: ImageMagick's convert (apt-get install imagemagick)" >&2; exit 2; }
cli="$root/src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll"
[ -f "$cli" ] || dotnet build -c Release "$root/src/Pipeline.Cli" >/dev/null

# The documents: short (1-4 printed pages, so the OCR runs stay affordable) typed development documents of several
# issuers and shapes — công văn, QĐ, TB, KH of a Sở and a UBND tỉnh, Hà Nội QĐs, a Bộ letter, two National Assembly
# resolutions from a legal portal. Paths are relative to corpus/.
docs=(
  pdf/1629_SCT_CN_KHKTNT_Kho_VLCN_tam_Thuydien_NamCang1A_27.3.2026.pdf
  pdf/CV-1178-DCK-CTT-BCT-huongdan-CCN.pdf
  pdf/CV-2826-SCT-CN-LaoCai-kho-VLNCN-MongSon.pdf
  pdf/CV-3036-SCT-CN-LaoCai-kehoach-kiemtra-MongSen1-brokenfont.pdf
  pdf/CV-3298-SXD-QLHDXD-LaoCai-mo-da-DongKhe.pdf
  pdf/CV-3686-UBND-XD-LaoCai-kiennghi-PCCC-VLNCN.pdf
  pdf/CV-4280-tra-ho-so-Thanh-Huong-2026.pdf
  pdf/CV-6791-SNNMT-KHTC-LaoCai-CCN-BaoDap.pdf
  pdf/QD-09-2025-QD-UBND-HaNoi-baibo-DQTV.pdf
  pdf/QD-1050-kiem-tra-VLNCN-2026.pdf
  pdf/QD-1696-QD-UBND-LaoCai-uyquyen-SCT.pdf
  pdf/QD-32-2025-QD-UBND-HaNoi-dinhmuc-thuyloi.pdf
  pdf/QD-68-2024-QD-UBND-HaNoi-khu-dulich.pdf
  pdf/TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf
  html/NQ-103-2025-UBTVQH15-quyche-lamviec-mau-HDND.html
  html/NQ-87-2025-UBTVQH15-dieuchinh-CTLP-2025.html
)

cache="$out/cache"
mkdir -p "$cache"
echo "rendering ${#docs[@]} typed development documents to page images (cached in $cache) ..."
for rel in "${docs[@]}"; do
  case "$rel" in test/*) echo "refusing $rel: the test split is frozen" >&2; exit 2 ;; esac
  split="$(awk -F'\t' -v p="$rel" '$1 == p { print $2 }' "$root/corpus/catalog.tsv")"
  [ "$split" = dev ] || { echo "refusing $rel: not a development document in corpus/catalog.tsv" >&2; exit 2; }
  src="$root/corpus/$rel"
  stem="$(basename "${rel%.*}")"
  [ -f "$root/corpus/expected/$stem.json" ] || { echo "  $stem: no expected record, skipped" >&2; continue; }
  d="$cache/$stem"
  mkdir -p "$d"
  # 1. The printed pages: a PDF as it is; an HTML page printed by Chromium with the portal around it.
  if [ ! -s "$d/print.pdf" ]; then
    case "$rel" in
      *.pdf) cp "$src" "$d/print.pdf" ;;
      *.html) timeout 120 chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                --print-to-pdf="$d/print.pdf" "file://$src" >/dev/null 2>&1 || true ;;
    esac
    [ -s "$d/print.pdf" ] || { echo "  $stem: nothing printed, skipped" >&2; rm -rf "$d"; continue; }
  fi
  # 2. Grey page images at 150 and 200 dpi, as a scanner set to "grey, 150/200 dpi" writes them.
  for dpi in 150 200; do
    ls "$d"/p$dpi-*.png >/dev/null 2>&1 || pdftoppm -gray -r "$dpi" -png "$d/print.pdf" "$d/p$dpi"
  done
  # 3. The degraded copy of each 200 dpi page: the page a little askew (alternately +1.5° and -1°, on grey), slightly
  #    out of focus, sensor noise (fixed seed, so a rerun gives the same pixels), grey paper, saved as JPEG quality 40.
  if ! ls "$d"/deg-*.jpg >/dev/null 2>&1; then
    i=0
    for png in "$d"/p200-*.png; do
      i=$((i + 1))
      angle=1.5; [ $((i % 2)) -eq 0 ] && angle=-1
      convert "$png" -seed "$i" +level 0%,88% -background 'gray(224)' -rotate "$angle" -blur 0x0.7 \
        -attenuate 0.4 +noise Gaussian -colorspace Gray -quality 40 "$d/deg-$(printf %02d "$i").jpg"
    done
  fi
  # 3b. The photo copies (see the header): small JPEG pages without a stated resolution.
  if ! ls "$d"/photo-*.jpg >/dev/null 2>&1; then
    n=$(( $(printf '%s' "$stem" | cksum | cut -d' ' -f1) % 3 ))
    width=$(( 640 + 80 * n ))
    i=0
    for png in "$d"/p200-*.png; do
      i=$((i + 1))
      angle=2; [ $((i % 2)) -eq 0 ] && angle=-1.5
      convert "$png" -resize "${width}x" -strip -quality 60 "$d/photo-$(printf %02d "$i").jpg"
      convert "$png" -background white -rotate "$angle" -resize "${width}x" \
        \( +clone -sparse-color Barycentric '0,0 gray(100%) %w,%h gray(55%)' \) -compose Multiply -composite \
        -blur 0x0.5 -colorspace Gray -strip -quality 60 "$d/photoskew-$(printf %02d "$i").jpg"
    done
  fi
  if ! ls "$d"/photocolour-*.jpg >/dev/null 2>&1; then
    n=$(( $(printf '%s' "$stem" | cksum | cut -d' ' -f1) % 3 ))
    width=$(( 640 + 80 * n ))
    pdftoppm -r 200 -png "$d/print.pdf" "$d/c200"
    i=0
    for png in "$d"/c200-*.png; do
      i=$((i + 1))
      convert "$png" -resize "${width}x" -strip -quality 60 "$d/photocolour-$(printf %02d "$i").jpg"
    done
    rm -f "$d"/c200-*.png
  fi
done

# 4. Each rendering's pages bound into one image-only PDF per document, named by the document's stem so that eval
#    pairs it with corpus/expected/<stem>.json; the stated resolution is the scan's (scripts/images-to-pdf.py: PNG
#    pages as grey Flate images, the degraded JPEG pages embedded as they are).
for r in "${renderings[@]}"; do
  case "$r" in
    ocr150) pattern='p150-*.png'; density=150 ;;
    ocr200) pattern='p200-*.png'; density=200 ;;
    degraded) pattern='deg-*.jpg'; density=200 ;;
    photo) pattern='photo-*.jpg'; density=none ;;
    photoskew) pattern='photoskew-*.jpg'; density=none ;;
    photocolour) pattern='photocolour-*.jpg'; density=none ;;
    *) echo "unknown rendering $r (ocr150, ocr200, degraded, photo, photoskew, photocolour)" >&2; exit 64 ;;
  esac
  rm -rf "$out/$r"
  mkdir -p "$out/$r/$r" "$out/$r/expected"
  for d in "$cache"/*/; do
    stem="$(basename "$d")"
    # shellcheck disable=SC2086
    pages=($(ls "$d"$pattern 2>/dev/null | sort))
    [ ${#pages[@]} -gt 0 ] || continue
    if [ "$density" = none ]; then
      # No resolution a reader could trust: the photo pages as one JPEG-compressed TIFF, 72 ppi in its tag.
      convert "${pages[@]}" -units PixelsPerInch -density 72 -compress JPEG -quality 60 "$out/$r/$r/$stem.tif"
    else
      python3 "$root/scripts/images-to-pdf.py" "$density" "$out/$r/$r/$stem.pdf" "${pages[@]}"
    fi
    cp "$root/corpus/expected/$stem.json" "$out/$r/expected/"
  done
done

# 5. Evaluated one rendering at a time (OCR is slow on shared cores); the test split is not involved ($out/none).
#    RERENDER_EVAL=0 stops after the images and PDFs (to prepare them while another eval is running).
[ "${RERENDER_EVAL:-1}" = 0 ] && { echo "images and PDFs ready under $out (RERENDER_EVAL=0: not evaluated)"; exit 0; }
for r in "${renderings[@]}"; do
  echo "== $r ($(ls "$out/$r/$r" | wc -l) documents)"
  dotnet "$cli" eval --expected "$out/$r/expected" --corpus "$out/$r" --test-expected "$out/none" --out "$out/$r/records" \
    > "$out/$r/eval.log" 2>&1 || true
  sed -n '/^field /,/^overall fields/p;/^recipients /p;/^tasks /p;/^unit recall/p' "$out/$r/eval.log" | sed -n '1,/^unit recall/p'
done
echo "logs: $out/<rendering>/eval.log (misses listed); records: $out/<rendering>/records"
