// Package kzg commits to rows of the data square with KZG over BLS12-381,
// using the Ethereum KZG ceremony setup, and computes, verifies and recovers
// EIP-7594 cells with their proofs. It is pure: no I/O, no goroutines
// beyond the CPU parallelism it is asked for, no clock.
package kzg
