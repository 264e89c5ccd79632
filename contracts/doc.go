// Package contracts holds the Solidity sources of quire's L1 contracts, their
// compiled artifacts and Go bindings.
//
// Committee.sol is the data-availability committee: operators register BLS
// keys (G2, EIP-2537 encoding) with proofs of possession checked on chain,
// an admin changes the membership through a time-locked queue (each executed
// change opens the next epoch), and verifyCertificate / certify check an
// aggregated G1 signature with the EIP-2537 precompiles: the epoch's
// aggregate key minus the non-signers' keys (both passed in calldata and
// checked against stored keccak hashes), RFC 9380 hash-to-G1 on chain
// (SHA-256 expand_message_xmd, MODEXP, MAP_FP_TO_G1, G1ADD) and one
// two-pair PAIRING_CHECK. Gas figures are in docs/gas.md.
//
// The artifacts are generated, never edited: gen.sh compiles every Name.sol
// here (the contract named like its file gets artifacts) with the solc
// pinned in package.json (npm ci installs it) through build.js into build/
// (ABI and bytecode) and runs go-ethereum's abigen (v2 bindings) into
// <name>_bindings.go (Committee.sol -> committee_bindings.go). To add a
// contract, add its .sol file and run `make contracts`. `make contracts` regenerates them; `make test`
// fails when the committed ones differ from a fresh build. Package
// dac/l1 is the Go layer that drives the contract.
package contracts
