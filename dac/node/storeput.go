package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/dgraph-io/badger/v4"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
)

// Dispersal is what a member persists before it signs: the verified
// header, the member's index in the header's epoch and its custody columns
// (each with the cells and proofs of the header's StoredRows: known-zero
// rows are neither sent nor stored), and, when the header has an archive
// tier, the member's verified archive shard, kept until ArchiveExpiry
// (unix seconds; never before the header's expiry).
type Dispersal struct {
	Header        *dac.Header
	Member        uint16
	Columns       []*wire.Column
	Archive       *wire.ArchiveShard
	ArchiveExpiry uint64
	// From is the disperser that sent it; what it writes is charged to
	// that disperser's usage (DisperserUsage). Empty charges no one.
	From peer.ID
}

// PutResult says what Put did.
type PutResult struct {
	// Replay is true when this exact header was already stored; nothing
	// was written.
	Replay bool
	// CellBytes is the cell and proof bytes written (0 for columns already
	// held at least as long).
	CellBytes int64
	// ArchiveBytes is the archive shard bytes written (0 without a shard
	// or when a shard of the blob is already held at least as long).
	ArchiveBytes int64
	// Member is the index stored with the header (for a replay, the one
	// stored the first time).
	Member uint16
}

// Put persists a verified dispersal, durably, in an order that keeps the
// store consistent if the process dies at any point: first the cells of
// every column not already held until at least this expiry, then the blob
// record listing the columns, then the header record. The header record's
// presence therefore implies every cell is on disk; it is what replays are
// recognised by. It returns ErrStoreCorrupt for a bad existing record and
// badger's error (wrapped) for a failed write.
func (s *Store) Put(d *Dispersal) (PutResult, error) {
	h := d.Header
	hh, id := h.Hash(), h.BlobID()
	unlock := s.lock(id)
	defer unlock()

	if member, err := s.headerMember(hh); err == nil {
		return PutResult{Replay: true, Member: member}, nil
	} else if !errors.Is(err, ErrNotFound) {
		return PutResult{}, err
	}
	if err := s.disk.check(); err != nil {
		return PutResult{}, err
	}
	rec, err := s.blobRecord(id)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return PutResult{}, err
	}
	if rec == nil {
		rec = &blobRecord{}
	}
	expiry := h.Core.Expiry

	wb := s.db.NewWriteBatch()
	defer wb.Cancel()
	var written int64
	stored := h.StoredRows()
	for _, col := range d.Columns {
		if len(col.Cells) != len(stored) || len(col.Proofs) != len(stored) {
			return PutResult{}, fmt.Errorf("node: column %d has %d cells, the header stores %d rows", col.Index, len(col.Cells), len(stored))
		}
		if old, ok := rec.columns[col.Index]; ok && old >= expiry {
			continue // already held at least as long
		}
		for i, row := range stored {
			v := make([]byte, 0, cellValueSize)
			b := col.Cells[i].Bytes()
			v = append(v, b[:]...)
			v = append(v, col.Proofs[i][:]...)
			e := badger.NewEntry(cellKey(id, col.Index, uint16(row)), v)
			e.ExpiresAt = expiry
			if err := wb.SetEntry(e); err != nil {
				return PutResult{}, fmt.Errorf("node: store cells: %w", err)
			}
			written += int64(len(v))
		}
		rec.setColumn(col.Index, expiry)
	}
	// The archive shard, when there is one and none of this blob is held
	// at least as long: its chunks here, its record with the header below.
	headerExpiry := expiry
	var archiveRec []byte
	var archived int64
	if a := d.Archive; a != nil {
		aexp := max(d.ArchiveExpiry, expiry)
		headerExpiry = aexp
		old, err := s.archiveMeta(id)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return PutResult{}, err
		}
		if old == nil || old.expiry < aexp {
			for i, off := 0, 0; off < len(a.Data); i, off = i+1, off+archiveChunkSize {
				e := badger.NewEntry(archiveChunkKey(id, hh, i), a.Data[off:min(off+archiveChunkSize, len(a.Data))])
				e.ExpiresAt = aexp
				if err := wb.SetEntry(e); err != nil {
					return PutResult{}, fmt.Errorf("node: store archive shard: %w", err)
				}
			}
			archiveRec = (&archiveMeta{header: hh, expiry: aexp, index: a.Index, size: len(a.Data), proof: a.Proof}).encode()
			archived = int64(len(a.Data))
		}
	}
	if err := wb.Flush(); err != nil {
		return PutResult{}, fmt.Errorf("node: store cells: %w", err)
	}
	if rec.header == (dac.HeaderHash{}) || expiry >= rec.maxExpiry() {
		rec.header = hh
	}
	hdr, err := h.MarshalBinary()
	if err != nil {
		return PutResult{}, err
	}
	err = s.db.Update(func(txn *badger.Txn) error {
		// The blob and archive records first: they only name data already
		// on disk. The header record last: a replay is recognised by it.
		// It lives as long as the archive shard it describes.
		be := badger.NewEntry(blobKey(id), rec.encode())
		be.ExpiresAt = rec.maxExpiry()
		if err := txn.SetEntry(be); err != nil {
			return err
		}
		if archiveRec != nil {
			ae := badger.NewEntry(archiveKey(id), archiveRec)
			ae.ExpiresAt = headerExpiry
			if err := txn.SetEntry(ae); err != nil {
				return err
			}
		}
		he := badger.NewEntry(headerKey(hh), binary.BigEndian.AppendUint16(nil, d.Member))
		he.Value = append(he.Value, hdr...)
		he.ExpiresAt = headerExpiry
		return txn.SetEntry(he)
	})
	if err != nil {
		return PutResult{}, fmt.Errorf("node: store header: %w", err)
	}
	res := PutResult{CellBytes: written, ArchiveBytes: archived, Member: d.Member}
	// Charged after the data is in: a crash in between under-counts one
	// blob, never refuses a disperser for data that was not written.
	if err := s.addUsage(d.From, written, expiry); err != nil {
		return PutResult{}, err
	}
	if err := s.addUsage(d.From, archived, d.ArchiveExpiry); err != nil {
		return PutResult{}, err
	}
	if s.inMemory {
		return res, nil
	}
	// SyncWrites already made both commits durable; Sync is belt and
	// braces for the value log.
	if err := s.db.Sync(); err != nil {
		return PutResult{}, fmt.Errorf("node: sync store: %w", err)
	}
	return res, nil
}
