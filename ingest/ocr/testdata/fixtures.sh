#!/bin/sh
# fixtures.sh rebuilds the small committed fixtures from testdata/page.txt
# (text written for these tests): page.pdf (a text layer), page.png (its
# 300 dpi greyscale scan, cropped to the text), page-degraded.jpg (150 dpi,
# rotated, noisy, blurred) and scan.pdf (an image-only PDF of page.png).
# Needs go, pdftoppm, convert and img2pdf. Run from ingest/ocr.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./testdata/mkpdf -out "$tmp" testdata/page.txt
cp "$tmp/page.pdf" testdata/page.pdf
pdftoppm -r 300 -gray -png -singlefile "$tmp/page.pdf" "$tmp/full"
convert "$tmp/full.png" -crop 2480x1000+0+0 +repage -depth 8 testdata/page.png
pdftoppm -r 150 -gray -png -singlefile "$tmp/page.pdf" "$tmp/low"
convert "$tmp/low.png" -crop 1240x500+0+0 +repage -background white -rotate 1 -seed 7 -attenuate 0.3 +noise Gaussian \
	-blur 0x0.6 -colorspace Gray -quality 85 testdata/page-degraded.jpg
img2pdf -o testdata/scan.pdf testdata/page.png
