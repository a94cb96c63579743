#!/bin/sh
# make.sh builds the scanned fixtures the OCR reader is measured on, from
# plain-text reports (default: the shared seeds), into OUT (default
# /tmp/baocao-ocr; the files are large and stay out of git):
#
#   OUT/truth/NAME.txt        the text, the reference for score_diacritics.py
#   OUT/pdf/NAME.pdf          typeset with a text layer (testdata/mkpdf)
#   OUT/clean/NAME-P.png      300 dpi greyscale page images
#   OUT/degraded/NAME-P.png   200 dpi, rotated 1°, Gaussian noise, slight blur
#   OUT/scan/NAME.pdf         image-only PDF of the clean pages
#   OUT/scan-degraded/NAME.pdf image-only PDF of the degraded pages
#
# Needs go, pdftoppm (poppler-utils), convert (imagemagick) and img2pdf.
# Run from ingest/ocr:  sh testdata/make.sh [OUT] [FILE.txt...]
set -eu
out=${1:-/tmp/baocao-ocr}
[ $# -gt 0 ] && shift
if [ $# -eq 0 ]; then
	set -- ../../../shared/seeds/*.txt
fi
mkdir -p "$out/truth" "$out/pdf" "$out/clean" "$out/degraded" "$out/scan" "$out/scan-degraded"
cp "$@" "$out/truth/"
go run ./testdata/mkpdf -out "$out/pdf" "$@"
for pdf in "$out"/pdf/*.pdf; do
	name=$(basename "$pdf" .pdf)
	pdftoppm -r 300 -gray -png "$pdf" "$out/clean/$name"
	pdftoppm -r 200 -gray -png "$pdf" "$out/degraded/$name-raw"
	for raw in "$out/degraded/$name"-raw-*.png; do
		page=${raw##*-raw-}
		# the same seed for every run, so the fixtures are reproducible
		convert "$raw" -background white -rotate 1 -seed 7 -attenuate 0.3 +noise Gaussian -blur 0x0.6 \
			-colorspace Gray "$out/degraded/$name-$page"
		rm "$raw"
	done
	img2pdf -o "$out/scan/$name.pdf" "$out/clean/$name"-*.png
	img2pdf -o "$out/scan-degraded/$name.pdf" "$out/degraded/$name"-*.png
done
