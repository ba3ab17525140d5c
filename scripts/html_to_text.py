#!/usr/bin/env python3
"""Flattens a saved legal-portal page to plain text the ways crawlers and copy-paste do (used by rerender-text.sh).

Modes (each a real way such text reaches an archive):
  inner   like a browser's innerText: every block and every <br> starts a line; table cells each start a line.
  joined  like a crawler that takes each paragraph's text with <br> as a space: a cell's stacked lines (the
          signature's authority, position and name; the Nơi nhận entries) become one line.
  source  like BeautifulSoup's get_text() without a separator: the HTML source's own line breaks survive, tags
          vanish, so lines break wherever the page's author pressed Enter.
Only the page's <main> (the document body on the portals we hold) is read when there is one; scripts and styles never.
"""
import html.parser
import re
import sys

BLOCKS = {"p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
          "blockquote", "header", "footer", "main", "td", "th", "pre"}
SKIP = {"script", "style", "noscript", "svg", "head", "title"}


class Flattener(html.parser.HTMLParser):
    def __init__(self, mode):
        super().__init__(convert_charrefs=True)
        self.mode = mode
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif self.mode != "source":
            if tag == "br":
                self.parts.append("\n" if self.mode == "inner" else " ")
            elif tag in BLOCKS:
                self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag in SKIP:
            self.skip -= 1

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif self.mode != "source" and tag in BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.mode == "source":
            self.parts.append(data)
        else:
            self.parts.append(re.sub(r"\s+", " ", data))


def flatten(page, mode):
    body = re.search(r"<main\b.*?</main>", page, re.S | re.I)
    parser = Flattener(mode)
    parser.feed(body.group(0) if body else page)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line) + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("inner", "joined", "source"):
        sys.exit("usage: html_to_text.py inner|joined|source FILE.html > FILE.txt")
    with open(sys.argv[2], encoding="utf-8", errors="replace") as f:
        sys.stdout.write(flatten(f.read(), sys.argv[1]))
