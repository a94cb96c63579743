#!/usr/bin/env bash
# The main job on a small sample: build baocao, import the sample reports in
# testdata/sample into a fresh data folder, list documents, records and checks,
# and search with and without diacritics. Usage: scripts/demo.sh [FOLDER...]
set -euo pipefail
cd "$(dirname "$0")/.."
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
go build -o "$data/baocao" ./cmd/baocao
bc() { "$data/baocao" "$@" --data "$data/db"; }
[ $# -gt 0 ] || set -- testdata/sample
echo "== import $*"; bc import "$@" || [ $? -eq 3 ]
echo; echo "== docs"; bc docs
echo; echo "== records"; bc records
echo; echo "== checks"; bc checks
echo; echo "== search: giai quyet viec lam"; bc search "giai quyet viec lam"
echo; echo "== search: \"hộ nghèo\""; bc search '"hộ nghèo"'
