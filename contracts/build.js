// Compiles every Solidity source of this directory (*.sol, in name order)
// with the solc pinned in package.json, as one compilation so sources may
// import each other, and writes <Name>.abi (JSON) and <Name>.bin (hex) for
// the contract named like each file (Foo.sol -> Foo) into the output
// directory (default: ./build). Other contracts, libraries and interfaces
// declared in a file are compiled into it but get no artifacts of their own.
//
// usage: node build.js [outdir]
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const sources = fs.readdirSync(__dirname).filter((f) => f.endsWith('.sol')).sort();
const outDir = path.resolve(process.argv[2] || path.join(__dirname, 'build'));

const input = {
  language: 'Solidity',
  sources: {},
  settings: {
    evmVersion: 'prague',
    optimizer: { enabled: true, runs: 100000 },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
for (const name of sources) {
  input.sources[name] = { content: fs.readFileSync(path.join(__dirname, name), 'utf8') };
}

const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of output.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const file of Object.keys(output.contracts).sort()) {
  const main = path.basename(file, '.sol');
  for (const [name, c] of Object.entries(output.contracts[file])) {
    if (name !== main) continue;
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 2) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
    const size = c.evm.deployedBytecode.object.length / 2;
    process.stderr.write(`${name}: ${size} bytes deployed (solc ${solc.version()})\n`);
    if (size > 24576) {
      process.stderr.write(`${name}: over the EIP-170 limit of 24576 bytes\n`);
      process.exit(1);
    }
  }
}
