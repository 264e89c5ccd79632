// Package wire holds the messages of quire's committee stream protocols and
// their framing: /quire/disperse/1, by which a disperser hands a member a
// blob header and the member's custody columns and gets an attestation or a
// typed rejection back, /quire/cells/1 and /quire/cells/2, by which anyone
// fetches cells with their proofs from a custodian (version 2 sends the
// blob's header only when asked), and /quire/archive/1, by which anyone
// fetches a member's archive shard of a blob.
//
// Every message travels in one frame: a 4-byte big-endian length, then a
// type byte and the message's canonical encoding. Readers refuse frames
// above a cap before allocating, and every decoder rejects trailing bytes,
// non-canonical field elements, unsorted or duplicate lists and counts
// above the protocol bounds, so decode(encode(m)) == m and
// encode(decode(b)) == b whenever decoding succeeds. The package is pure:
// it reads and writes io.Reader/io.Writer and never touches the network.
//
// A dispersal on one stream:
//
//	disperser                         member
//	  DisperseBegin{header, columns} ->
//	                                 <- Rejection (early: wrong epoch, not custodian, ...)
//	  Column x len(columns)          ->
//	  ArchiveShard{index, proof, data} -> (only when the header has an archive tier)
//	                                 <- Attestation{signature} | Rejection{code, bad cells}
//
// A cells request:
//
//	client                            custodian
//	  CellsRequest{blob, cells, columns} ->
//	                                 <- Rejection{NotFound | NotCustodian | ...}
//	                                 |  CellsHeader{header, items} then CellBatch frames
//
// On /quire/cells/2 the request is a CellsQuery{blob, want header, cells,
// columns}; the answer opens with a CellsHeader when the header was asked
// for (a query for the header alone names no cells), else with a
// CellsCount{items}. A member short of read slots answers CodeBusy.
//
// An archive request:
//
//	client                            member
//	  ArchiveRequest{blob}           ->
//	                                 <- Rejection{NotFound | ...}
//	                                 |  ArchiveHeader{header} then ArchiveShard
package wire
