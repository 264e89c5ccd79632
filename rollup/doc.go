// Package rollup is the bundled optimistic rollup and fault-proof prover
// that consume quire end to end. (Not yet built.)
package rollup
