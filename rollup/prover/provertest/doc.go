// Package provertest runs the real one-step contracts (contracts/OneStep.sol
// with RollupInbox, contracts/SMT.sol) in go-ethereum's core/vm/runtime for
// tests and the gas tables: rollup/prover's cross-checks and bench's
// `make gas` rows share it. A tracer splits each run's gas by callee.
package provertest
