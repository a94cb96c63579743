#!/bin/sh
# make.sh regenerates the DOCX, ODT and PDF copies of the shared seed reports
# that cmd/baocao/formats_test.go reads back. They are made by LibreOffice, not
# by hand, so that the readers see what a real office suite writes; they are
# committed so that the tests do not need LibreOffice.
# Needs: LibreOffice (soffice). Run from anywhere:
#   sh testdata/formats/make.sh
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seeds=${SEEDS:-$here/../../../shared/seeds}
out=$here/seeds
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"

# A private profile keeps soffice away from any running instance and from the
# user's settings.
profile="-env:UserInstallation=file://$tmp/profile"
# The seeds are UTF-8 with LF line ends; say so, or the text filter guesses.
infilter='--infilter=Text (encoded):UTF8,LF,,,'

for f in "$seeds"/*.txt; do
	n=$(basename "$f" .txt)
	for fmt in docx odt pdf; do
		soffice "$profile" --headless "$infilter" --convert-to "$fmt" --outdir "$tmp" "$f" >/dev/null 2>&1
		size=$(stat -c %s "$tmp/$n.$fmt")
		if [ "$size" -ge 153600 ]; then
			echo "skip $n.$fmt: $size bytes" >&2
			continue
		fi
		mv "$tmp/$n.$fmt" "$out/$n.$fmt"
	done
done
ls -l "$out"
