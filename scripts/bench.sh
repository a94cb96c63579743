#!/usr/bin/env bash
# The benchmark suite in one command: builds baocao, runs `baocao bench`
# (generated corpora: extraction, import with 1 and 2 workers next to bleve
# alone, peak RSS, HTTP search latency from a second process, PDF pages/s next
# to pdftotext, sizes) and the packages' Go micro-benchmarks (decoders,
# readers, extraction stages, store, index), and rewrites the generated
# sections of BENCHMARKS.md. Usage: scripts/bench.sh [--sizes 5000,20000] [...]
# (arguments go to baocao bench). Takes tens of minutes at the default sizes.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/baocao" ./cmd/baocao
"$bin/baocao" bench --update BENCHMARKS.md "$@"

pkgs="./vntext ./ingest/txt ./ingest/html ./ingest/docx ./ingest/xlsx ./ingest/odt ./ingest/doc ./ingest/xls ./ingest/ppt ./ingest/rtf ./ingest/pdf ./extract ./check ./meta ./place ./indicator ./refs ./store ./index ./bench"
micro=$(go test -run XXX -bench . -benchtime 10x $pkgs 2>&1 | grep -E '^(Benchmark|pkg:|cpu:)' || true)
{
	echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with \`go test -run XXX -bench . -benchtime 10x PKG\`:"
	echo
	echo '```'
	echo "$micro"
	echo '```'
} > "$bin/micro.md"
awk -v f="$bin/micro.md" '
	/<!-- micro:begin -->/ { print; while ((getline l < f) > 0) print l; skip = 1; next }
	/<!-- micro:end -->/ { skip = 0 }
	!skip { print }
' BENCHMARKS.md > "$bin/B.md" && mv "$bin/B.md" BENCHMARKS.md
echo "BENCHMARKS.md updated"
