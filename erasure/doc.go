// Package erasure is Reed-Solomon coding over the BLS12-381 scalar field Fr:
// packing blob bytes into rows of field elements, extending rows and columns
// 2x in the EIP-7594 cell layout, and recovering the extended square from a
// subset of its cells. It is pure: no I/O, no goroutines, no clock. Its
// functions are safe for concurrent use on distinct data; callers
// parallelize across rows or columns themselves.
//
// # The square
//
// A blob of size bytes is packed (Pack) into k = RowsFor(size) data rows of
// ElementsPerRow field elements, 31 bytes per element. Each row is read as
// the evaluations, in reverse-bit order, of a polynomial of degree < 4096 at
// the 4096th roots of unity of EIP-4844 (the powers of 7^((r-1)/4096)).
// Extend doubles a row to 8192 evaluations, in reverse-bit order over the
// 8192nd roots, whose first half is the row itself: cut into 128 cells of 64
// (Cell), these are EIP-7594's cells. The same extension applied down each
// of the 8192 element-columns (ExtendColumn does 64 at once) turns the k
// data rows into 2k rows; rows k..2k-1 are the parity rows.
//
//	rows, _ := erasure.Pack(blob, 0)            // k rows of 4096
//	ext, _ := erasure.Extend(rows[0])           // 8192 = 128 cells
//	_ = erasure.ExtendColumn(columnOfCells)     // 2k cells, parity filled in
//	err := erasure.RecoverSquare(cellsOrNil)    // 2k x 128, nil = missing
//	blob, _ = erasure.Unpack(dataRows, size)
//
// # Recovery
//
// Any half of a row's cells recovers the row (RecoverRow), any half of a
// column's cells the column (RecoverColumn), and RecoverSquare alternates
// the two until the square is complete or stuck (*UnrecoverableError).
// Decoding uses the vanishing-polynomial method of EIP-7594's
// recover_polynomialcoeff: a handful of FFTs per row, no O(n²)
// interpolation. When more than half of a codeword is present, recovery also
// checks that the present values lie on one polynomial (ErrInconsistent);
// with exactly half present any values do, so callers that need
// authenticity check recovered rows against their KZG commitments.
//
// # Archive shards
//
// For long retention the original blob bytes are also cut into k_a data
// and n - k_a parity shards with klauspost/reedsolomon (Archive), one per
// committee member, bound by a keccak Merkle root (ArchiveTree); see
// archive.go for the exact shard and root rules a foreign client needs.
//
//	a, _ := erasure.NewArchive(kA, n)
//	shards, _ := a.Encode(blob)                      // n shards
//	root := erasure.ArchiveRoot(shards)              // into the header
//	err := erasure.VerifyArchiveShard(root, n, a.ShardSize(len(blob)), i, shards[i], proof)
//	blob, err = a.Reconstruct(shardsOrNil, size)     // any k_a of them
package erasure
