#!/usr/bin/env bash
# Compiles ToyOneStep.sol (test only) with the solc of contracts/ into
# ToyOneStep.abi and ToyOneStep.bin next to it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
NODE_PATH="$here/../../../../contracts/node_modules" node -e '
const solc = require("solc"); const fs = require("fs");
const input = {language: "Solidity", sources: {"ToyOneStep.sol": {content: fs.readFileSync("ToyOneStep.sol", "utf8")}},
  settings: {evmVersion: "prague", optimizer: {enabled: true, runs: 200}, outputSelection: {"*": {"*": ["abi", "evm.bytecode.object"]}}}};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
for (const e of out.errors || []) { if (e.severity === "error") { console.error(e.formattedMessage); process.exit(1); } }
const c = out.contracts["ToyOneStep.sol"].ToyOneStep;
fs.writeFileSync("ToyOneStep.abi", JSON.stringify(c.abi) + "\n");
fs.writeFileSync("ToyOneStep.bin", c.evm.bytecode.object + "\n");
'
