// Package batch is the record layout of a rollup batch inside a quire blob
// (docs/rollup.md, "Records"): the blob's data rows read as field elements,
// low 31 bytes each (the top byte ignored); a record at element c is a
// 2-byte big-endian length L and L body bytes, starts on an element, never
// crosses a row, and L = 0 ends a row. Reading never fails: every content
// and every cursor has one meaning, the one the Solidity one-step verifier
// gives it.
//
// The batcher writes:
//
//	w := batch.NewWriter(k, int(cfg.MaxRecord))
//	for _, body := range bodies { if err := w.Add(body); errors.Is(err, batch.ErrFull) { break } }
//	put(w.Bytes()); appendBatch(..., recordCount = w.RecordCount())
//
// and derivation reads:
//
//	p, _ := batch.FromRows(rows) // the k data rows, checked against their commitments
//	for _, rec := range batch.ReadAll(p, recordCount, int(cfg.MaxRecord)) { ... }
package batch
