#!/usr/bin/env python3
"""Binds page images into one image-only PDF (no text layer), as a scanner's PDF holds them: a JPEG page embedded as
it is (DCTDecode), any other page as 8-bit grey pixels (FlateDecode, via ImageMagick's `convert … pgm:-`). The page
size comes from the stated resolution, so the reader sees the scan's dpi. Debian's ImageMagick policy forbids writing
PDF, hence this small writer. Usage: images-to-pdf.py DPI OUT.pdf IMAGE...
"""
import subprocess, sys, zlib

def pgm(path):
    data = subprocess.run(["convert", path, "-colorspace", "Gray", "-depth", "8", "pgm:-"], check=True, capture_output=True).stdout
    # P5 header: magic, width, height, maxval, each followed by whitespace; the pixels follow the last one.
    fields, i = [], 0
    while len(fields) < 4:
        while data[i:i + 1].isspace(): i += 1
        j = i
        while not data[j:j + 1].isspace(): j += 1
        fields.append(data[i:j]); i = j
    return int(fields[1]), int(fields[2]), data[i + 1:]

def size(path):
    out = subprocess.run(["identify", "-format", "%w %h", path + "[0]"], check=True, capture_output=True, text=True).stdout
    w, h = out.split()
    return int(w), int(h)

dpi, target, images = float(sys.argv[1]), sys.argv[2], sys.argv[3:]
objects = []  # object bodies, numbered from 1
def add(body):
    objects.append(body); return len(objects)

pages = []
catalog, tree = add(None), add(None)
for path in images:
    if path.lower().endswith((".jpg", ".jpeg")):
        w, h = size(path); stream = open(path, "rb").read()
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n" % (w, h, len(stream)) + stream + b"\nendstream")
    else:
        w, h, pixels = pgm(path); stream = zlib.compress(pixels, 6)
        image = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(stream)) + stream + b"\nendstream")
    pw, ph = w * 72.0 / dpi, h * 72.0 / dpi
    draw = b"q %.3f 0 0 %.3f 0 0 cm /Im0 Do Q" % (pw, ph)
    content = add(b"<< /Length %d >>\nstream\n" % len(draw) + draw + b"\nendstream")
    pages.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %.3f %.3f] /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>" % (tree, pw, ph, image, content)))
objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % tree
objects[tree - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in pages), len(pages))

out, offsets = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"), []
for n, body in enumerate(objects, 1):
    offsets.append(len(out)); out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
xref = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref)
open(target, "wb").write(out)
