#!/usr/bin/env bash
# Regenerates the committed contract artifacts into OUTDIR (default: this
# directory): build/<Name>.abi and build/<Name>.bin for every Name.sol here,
# and the abigen v2 bindings <name>_bindings.go (snake case: RollupInbox.sol
# -> rollup_inbox_bindings.go, type RollupInbox).
# Needs `npm ci` in contracts/ first (make tools does it).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here}"
mkdir -p "$out/build"
node "$here/build.js" "$out/build"
cd "$here/.."
for sol in "$here"/*.sol; do
	name="$(basename "$sol" .sol)"
	snake="$(echo "$name" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr '[:upper:]' '[:lower:]')"
	go run github.com/ethereum/go-ethereum/cmd/abigen --v2 \
		--abi "$out/build/$name.abi" --bin "$out/build/$name.bin" \
		--pkg contracts --type "$name" --out "$out/${snake}_bindings.go"
done
