#!/usr/bin/env bash
# Regenerates the committed contract artifacts into OUTDIR (default: this
# directory): build/<Name>.abi, build/<Name>.bin and the abigen v2 bindings.
# Needs `npm ci` in contracts/ first (make tools does it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
mkdir -p "$out/build"
node "$here/build.js" "$out/build"
cd "$here/.."
go run github.com/ethereum/go-ethereum/cmd/abigen --v2 \
	--abi "$out/build/Committee.abi" --bin "$out/build/Committee.bin" \
	--pkg contracts --type Committee --out "$out/committee_bindings.go"
