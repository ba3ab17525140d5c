#!/usr/bin/env python3
"""Twins: new renderings of development documents, each paired with its document's expected record.

A notice read in two renderings should give one record. This writes renderings the corpus does not hold yet, the
way real archives receive them, into OUT/corpus/<mode>/ with OUT/expected/<new stem>.json copied from the twin's
expected record, so that `pipeline eval --expected OUT/expected --corpus OUT/corpus --out ...` lists every divergence.

Modes (dev documents only; the frozen test split is never read):
  pdfplain  dev text-layer PDFs through `pdftotext` (reading order, no -layout)
  pdfraw    dev text-layer PDFs through `pdftotext -raw` (content-stream order)
  mdtable   dev HTML pages converted to markdown the legal-text-site way: each table row one pipe row whose cells
            hold the cell's lines joined by spaces (the header and the Nơi nhận | signature blocks as one row each),
            opening at the header row (the site's menus dropped),
            a `| --- |` row after a table's first row, paragraphs one line each
  wrap80    dev markdown and text files with every line re-wrapped at 80 columns (e-mail, some converters)
  crlfnbsp  dev markdown and text files with CRLF line ends, and a non-breaking space after every label-like
            token (`Số:`, `1.`, `a)`, `-`) and as the indentation a converter keeps from `&nbsp;`

Usage: python3 scripts/twins.py OUT [mode ...]     (default: every mode; needs poppler-utils for the PDF modes)
Then:  dotnet src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll eval --expected OUT/expected --corpus OUT/corpus --out OUT/eval
"""
import csv
import html.parser
import os
import re
import shutil
import subprocess
import sys
import textwrap

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")
MODES = ["pdfplain", "pdfraw", "mdtable", "wrap80", "crlfnbsp"]


def dev_files(renderings):
    with open(os.path.join(CORPUS, "catalog.tsv"), encoding="utf-8") as f:
        rows = [r for r in csv.reader((l for l in f if not l.startswith("#")), delimiter="\t")]
    return [r[0] for r in rows[1:] if len(r) > 2 and r[1] == "dev" and r[2] in renderings
            and os.path.exists(os.path.join(CORPUS, "expected", stem(r[0]) + ".json"))]


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


class TableMarkdown(html.parser.HTMLParser):
    """HTML to markdown as legal-text sites convert it: a table row is one pipe row, a paragraph one line."""
    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "pre"}
    SKIP = {"script", "style", "noscript", "svg", "head", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.text, self.skip = [], [], 0
        self.rows, self.cells, self.cell = None, None, None
        self.depth = 0

    def flush_text(self):
        line = re.sub(r"\s+", " ", "".join(self.text)).strip()
        self.text = []
        if line:
            self.out.append(line)

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.flush_text()
                self.rows = []
        elif self.depth == 1 and tag == "tr":
            self.cells = []
        elif self.depth == 1 and tag in ("td", "th"):
            self.cell = []
        elif tag == "br" or tag in self.BLOCKS:
            (self.cell if self.cell is not None else self.text).append(" " if self.cell is not None else "\n")
            if self.cell is None:
                self.flush_text()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "table":
            self.depth -= 1
            if self.depth == 0 and self.rows is not None:
                for i, row in enumerate(r for r in self.rows if any(c for c in r)):
                    self.out.append("| " + " | ".join(row) + " |")
                    if i == 0:
                        self.out.append("| " + " | ".join("---" for _ in row) + " |")
                self.rows = None
        elif self.depth == 1 and tag in ("td", "th") and self.cell is not None:
            self.cells.append(re.sub(r"\s+", " ", "".join(self.cell)).strip().replace("|", "\\|"))
            self.cell = None
        elif self.depth == 1 and tag == "tr" and self.cells is not None:
            self.rows.append(self.cells)
            self.cells = None
        elif tag in self.BLOCKS and self.cell is None:
            self.flush_text()
        elif tag in self.BLOCKS:
            self.cell.append(" ")

    def handle_data(self, data):
        if self.skip:
            return
        (self.cell if self.cell is not None else self.text).append(data)


def mdtable(page):
    body = re.search(r"<main\b.*?</main>", page, re.S | re.I)
    parser = TableMarkdown()
    parser.feed(body.group(0) if body else page)
    parser.flush_text()
    # the site's menus and breadcrumbs before the document are not converted: the file opens at the header row
    first = next((i for i, line in enumerate(parser.out) if line.startswith("| ")), 0)
    return "\n".join(parser.out[first:]) + "\n"


def wrap80(text):
    out = []
    for line in text.split("\n"):
        if len(line) <= 80 or line.lstrip().startswith("|"):
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, 80, break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


LABEL = re.compile(r"^(\s*)(Số:|Điều \d+\.|[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+•])( )", re.M)


def crlfnbsp(text):
    text = LABEL.sub(lambda m: "\u00a0\u00a0" + m.group(2) + "\u00a0", text)
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def write(out, mode, rel, content, ext):
    new = f"{stem(rel)}.{mode}"
    folder = os.path.join(out, "corpus", mode)
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, new + ext)
    if isinstance(content, bytes):
        open(path, "wb").write(content)
    else:
        open(path, "w", encoding="utf-8", newline="").write(content)
    os.makedirs(os.path.join(out, "expected"), exist_ok=True)
    shutil.copy(os.path.join(CORPUS, "expected", stem(rel) + ".json"), os.path.join(out, "expected", new + ".json"))


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    out, modes = sys.argv[1], sys.argv[2:] or MODES
    for mode in modes:
        if mode in ("pdfplain", "pdfraw"):
            for rel in dev_files({"pdf"}):
                args = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if mode == "pdfraw" else [])
                text = subprocess.run(args + [os.path.join(CORPUS, rel), "-"], capture_output=True).stdout
                write(out, mode, rel, text, ".txt")
        elif mode == "mdtable":
            for rel in dev_files({"html"}):
                page = open(os.path.join(CORPUS, rel), encoding="utf-8", errors="replace").read()
                write(out, mode, rel, mdtable(page), ".md")
        elif mode in ("wrap80", "crlfnbsp"):
            for rel in dev_files({"markdown", "text"}):
                text = open(os.path.join(CORPUS, rel), encoding="utf-8").read().replace("\r\n", "\n")
                ext = os.path.splitext(rel)[1] or ".txt"
                write(out, mode, rel, wrap80(text) if mode == "wrap80" else crlfnbsp(text), ext)
        else:
            sys.exit(f"unknown mode {mode}: one of {' '.join(MODES)}")


if __name__ == "__main__":
    main()
