// Package erasure is Reed-Solomon coding over the BLS12-381 scalar field Fr:
// packing blob bytes into rows of field elements, extending rows and columns
// 2x in the EIP-7594 cell layout, and recovering the extended square from a
// subset of its cells. It is pure: no I/O, no goroutines, no clock.
package erasure
