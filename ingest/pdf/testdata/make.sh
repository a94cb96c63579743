#!/bin/sh
# make.sh regenerates the PDF fixtures made from the shared seed reports
# (LibreOffice Writer, Unicode fonts) and the malformed variants the tests
# use. Needs: libreoffice-writer-nogui, poppler-utils.
#   cd ingest/pdf/testdata && sh make.sh
set -eu
seeds=../../../../shared/seeds
out=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in "$seeds"/*.txt; do
	n=$(basename "$f" .txt)
	cp "$f" "$tmp/seed-$n.txt"
	soffice --headless --convert-to pdf --outdir "$tmp" "$tmp/seed-$n.txt" >/dev/null 2>&1
	size=$(stat -c %s "$tmp/seed-$n.pdf")
	if [ "$size" -lt 204800 ]; then
		cp "$tmp/seed-$n.pdf" "$out/"
	else
		echo "skip seed-$n.pdf: $size bytes" >&2
	fi
done

# A password-protected copy of the smallest seed (user password "secret").
small=$(ls -S "$tmp"/seed-*.txt | tail -n 1)
cp "$small" "$tmp/encrypted.txt"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}' \
	--outdir "$tmp" "$tmp/encrypted.txt" >/dev/null 2>&1
cp "$tmp/encrypted.pdf" "$out/bad-encrypted.pdf"

# Encrypted with an owner password only (empty user password): readable.
cp "$small" "$tmp/owner.txt"
soffice --headless --convert-to 'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"},"Changes":{"type":"long","value":"0"}}' \
	--outdir "$tmp" "$tmp/owner.txt" >/dev/null 2>&1
cp "$tmp/owner.pdf" "$out/enc-owner.pdf"

# Malformed files: empty, random bytes, truncated, broken cross-reference.
first=$(ls "$out"/seed-*.pdf | head -n 1)
: > "$out/bad-empty.pdf"
head -c 4096 /dev/urandom > "$out/bad-random.pdf"
head -c $(( $(stat -c %s "$first") / 2 )) "$first" > "$out/bad-truncated.pdf"
sed 's/^startxref$/startxref_/; s/^[0-9]\{10\} [0-9]\{5\} n/9999999999 00000 n/' "$first" > "$out/bad-xref.pdf"
