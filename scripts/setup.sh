#!/usr/bin/env bash
# Installs what the pipeline needs on a Debian machine, saying what it does; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! command -v dotnet >/dev/null 2>&1; then
  say "the .NET 10 SDK is required and was not found on PATH (install it from Microsoft's Debian packages: dotnet-sdk-10.0)"
  exit 69
fi
say ".NET SDK $(dotnet --version)"

# OCR: Tesseract 5 with Vietnamese data, and Leptonica, from Debian; antiword reads Word 97 .doc files.
missing=()
# chromium: the review desk's browser tests (Playwright drives Debian's build; browser downloads are not used).
# hunspell-vi is a lexicon source of `pipeline train-lm` (src/Pipeline.Ocr/README.md).
for pkg in libtesseract5 tesseract-ocr-vie tesseract-ocr liblept5 poppler-utils hunspell-vi chromium antiword; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
else
  say "Debian packages present: libtesseract5 tesseract-ocr-vie tesseract-ocr liblept5 poppler-utils hunspell-vi chromium antiword"
fi

# The OCR models are vendored (models/tessdata/README.md says where they come from); check they are intact.
if (cd models/tessdata && sha256sum --quiet -c SHA256SUMS); then
  say "OCR models checked: $(cut -d' ' -f3 models/tessdata/SHA256SUMS | tr '\n' ' ')(models/tessdata/SHA256SUMS)"
else
  say "models/tessdata does not match models/tessdata/SHA256SUMS: restore it from git (git checkout -- models/tessdata)"
  exit 65
fi

say "restoring NuGet packages"
dotnet restore Pipeline.sln --verbosity quiet
say "building"
dotnet build Pipeline.sln -c Release --no-restore --verbosity quiet -nologo
