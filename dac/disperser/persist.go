package disperser

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/dgraph-io/badger/v4"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/internal/badgeropt"
)

// store keeps the disperser's records on disk (Config.DataDir) so that a
// restart answers /status and /certificate as before and resumes the L1
// submissions that were pending. One key per blob, "r" + blob ID, holding
// the record's JSON (diskRecord); the sequence number in it restores the
// order of the index (oldest forgotten first).
type store struct {
	db *badger.DB
	// mu orders writes: index takes it before releasing its own lock, so
	// the last snapshot of a record taken is the last one written.
	mu  sync.Mutex
	seq uint64
	log *slog.Logger
}

var keyRecord = []byte("r")

func recordKey(id dac.BlobID) []byte { return append(slices.Clone(keyRecord), id[:]...) }

// openStore opens (or creates) the records database in dir.
func openStore(dir string, log *slog.Logger) (*store, error) {
	// Records are small and few (MaxRecords): small tables and caches.
	opt := badgeropt.Options(dir, false, badgeropt.Sizes{MemTable: 8 << 20, BlockCache: 4 << 20, IndexCache: 4 << 20,
		ValueLogFile: 64 << 20, BaseTable: 2 << 20, BaseLevel: 8 << 20}, log)
	db, err := badger.Open(opt)
	if err != nil {
		return nil, fmt.Errorf("disperser: open data dir %s: %w", dir, err)
	}
	return &store{db: db, log: log}, nil
}

func (s *store) close() error { return s.db.Close() }

// diskRecord is a record as stored.
type diskRecord struct {
	Seq       uint64        `json:"seq"`
	Content   api.Hex       `json:"content"`
	Header    api.Hex       `json:"header"`
	Cert      api.Hex       `json:"cert,omitempty"`
	Committee diskCommittee `json:"committee"`
	State     string        `json:"state"`
	Signers   []int         `json:"signers,omitempty"`
	Stored    []int         `json:"stored,omitempty"`
	Certified time.Time     `json:"certified"`
	Stages    api.Stages    `json:"stages"`
	L1        *api.L1Status `json:"l1,omitempty"`
	Err       *api.Error    `json:"err,omitempty"`
}

type diskCommittee struct {
	Epoch       uint64       `json:"epoch"`
	Threshold   int          `json:"threshold"`
	Replication int          `json:"replication"`
	Members     []diskMember `json:"members"`
}

type diskMember struct {
	PublicKey api.Hex  `json:"public_key"`
	PeerID    string   `json:"peer_id,omitempty"`
	Addrs     []string `json:"addrs,omitempty"`
}

// snapshot encodes r; the caller holds the index lock.
func (s *store) snapshot(r *record) []byte {
	s.seq++
	hdr, _ := r.header.MarshalBinary() // a header we built: always encodes
	d := diskRecord{Seq: s.seq, Content: r.content[:], Header: hdr, State: r.state,
		Signers: r.signers, Stored: r.stored, Certified: r.certified, Stages: r.stages, L1: r.l1, Err: r.err}
	if r.cert != nil {
		d.Cert, _ = r.cert.MarshalBinary()
	}
	if c := r.committee; c != nil {
		d.Committee = diskCommittee{Epoch: c.Epoch, Threshold: c.Threshold, Replication: c.Replication}
		for _, m := range c.Members {
			pk := m.PublicKey.Bytes()
			dm := diskMember{PublicKey: pk[:]}
			if m.PeerID != "" {
				dm.PeerID = m.PeerID.String()
			}
			for _, a := range m.Addrs {
				dm.Addrs = append(dm.Addrs, a.String())
			}
			d.Committee.Members = append(d.Committee.Members, dm)
		}
	}
	b, _ := json.Marshal(&d) // plain data: always encodes
	return b
}

// write stores (value non-nil) or deletes records; the caller holds s.mu.
func (s *store) write(puts map[dac.BlobID][]byte, dels []dac.BlobID) {
	err := s.db.Update(func(txn *badger.Txn) error {
		for id, v := range puts {
			if err := txn.Set(recordKey(id), v); err != nil {
				return err
			}
		}
		for _, id := range dels {
			if err := txn.Delete(recordKey(id)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		s.log.Error("disperser: writing records", "err", err)
	}
}

// decodeRecord decodes a stored record and checks it: the header decodes
// and names the key's blob, the certificate (when any) decodes and is for
// that header, the committee's keys decode. Bytes on disk may be damaged:
// it never panics.
func decodeRecord(id dac.BlobID, b []byte) (*record, uint64, error) {
	var d diskRecord
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, 0, err
	}
	r := &record{id: id, state: d.State, signers: d.Signers, stored: d.Stored, certified: d.Certified,
		stages: d.Stages, l1: d.L1, err: d.Err}
	if len(d.Content) != len(r.content) {
		return nil, 0, fmt.Errorf("content key of %d bytes", len(d.Content))
	}
	copy(r.content[:], d.Content)
	r.header = new(dac.Header)
	if err := r.header.UnmarshalBinary(d.Header); err != nil {
		return nil, 0, fmt.Errorf("header: %w", err)
	}
	if r.header.BlobID() != id {
		return nil, 0, fmt.Errorf("header is blob %s", r.header.BlobID())
	}
	if len(d.Cert) > 0 {
		r.cert = new(dac.Certificate)
		if err := r.cert.UnmarshalBinary(d.Cert); err != nil {
			return nil, 0, fmt.Errorf("certificate: %w", err)
		}
		if r.cert.HeaderHash != r.header.Hash() || r.cert.Epoch != r.header.Core.Epoch {
			return nil, 0, errors.New("certificate is for another header")
		}
	}
	switch r.state {
	case api.StateCertified:
		if r.cert == nil {
			return nil, 0, errors.New("certified without a certificate")
		}
	case api.StateDispersing, api.StateFailed:
	default:
		return nil, 0, fmt.Errorf("unknown state %q", r.state)
	}
	if d.Committee.Epoch != r.header.Core.Epoch {
		return nil, 0, fmt.Errorf("committee of epoch %d for a header of epoch %d", d.Committee.Epoch, r.header.Core.Epoch)
	}
	c := &p2p.Committee{Epoch: d.Committee.Epoch, Threshold: d.Committee.Threshold, Replication: d.Committee.Replication}
	for i, dm := range d.Committee.Members {
		pk, err := bls.PublicKeyFromBytes(dm.PublicKey)
		if err != nil {
			return nil, 0, fmt.Errorf("member %d: %w", i, err)
		}
		m := p2p.Member{PublicKey: pk}
		if dm.PeerID != "" {
			if m.PeerID, err = peer.Decode(dm.PeerID); err != nil {
				return nil, 0, fmt.Errorf("member %d: %w", i, err)
			}
		}
		for _, a := range dm.Addrs {
			addr, err := ma.NewMultiaddr(a)
			if err != nil {
				return nil, 0, fmt.Errorf("member %d: %w", i, err)
			}
			m.Addrs = append(m.Addrs, addr)
		}
		c.Members = append(c.Members, m)
	}
	if err := c.Validate(); err != nil {
		return nil, 0, err
	}
	r.committee = c
	return r, d.Seq, nil
}

// load reads every record, oldest first. Records that do not decode are
// logged and skipped (and deleted).
func (s *store) load() ([]*record, error) {
	type seqRec struct {
		seq uint64
		r   *record
	}
	var (
		out []seqRec
		bad []dac.BlobID
	)
	err := s.db.View(func(txn *badger.Txn) error {
		it := txn.NewIterator(badger.IteratorOptions{PrefetchValues: true, PrefetchSize: 64, Prefix: keyRecord})
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			k := it.Item().Key()
			if len(k) != len(keyRecord)+len(dac.BlobID{}) {
				continue
			}
			var id dac.BlobID
			copy(id[:], k[len(keyRecord):])
			v, err := it.Item().ValueCopy(nil)
			if err != nil {
				return err
			}
			r, seq, err := decodeRecord(id, v)
			if err != nil {
				s.log.Warn("disperser: dropping a damaged record", "blob", id, "err", err)
				bad = append(bad, id)
				continue
			}
			out = append(out, seqRec{seq, r})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("disperser: reading records: %w", err)
	}
	if len(bad) > 0 {
		s.mu.Lock()
		s.write(nil, bad)
		s.mu.Unlock()
	}
	slices.SortFunc(out, func(a, b seqRec) int { return cmpU64(a.seq, b.seq) })
	recs := make([]*record, len(out))
	for i, x := range out {
		recs[i] = x.r
		s.seq = max(s.seq, x.seq)
	}
	return recs, nil
}

func cmpU64(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// restore fills the index from the data dir: records of dispersals a
// restart interrupted become failed (their callers got no certificate),
// and the L1 submissions that were pending are started again.
func (d *Disperser) restore() error {
	recs, err := d.idx.disk.load()
	if err != nil {
		return err
	}
	disk := d.idx.disk
	if len(recs) > d.cfg.MaxRecords {
		var drop []dac.BlobID
		for _, r := range recs[:len(recs)-d.cfg.MaxRecords] {
			drop = append(drop, r.id)
		}
		disk.mu.Lock()
		disk.write(nil, drop)
		disk.mu.Unlock()
		recs = recs[len(recs)-d.cfg.MaxRecords:]
	}
	// The records are on disk already: index them without writing.
	d.idx.disk = nil
	defer func() { d.idx.disk = disk }()
	var resume []*record
	for _, r := range recs {
		if r.state == api.StateDispersing {
			r.state = api.StateFailed
			r.err = &api.Error{Code: api.CodeUnavailable, Message: "the disperser restarted during the dispersal"}
		}
		if r.state == api.StateCertified && r.l1 != nil && r.l1.State == api.L1Pending {
			resume = append(resume, r)
		}
		d.idx.put(r)
	}
	d.resume = resume
	d.log.Info("disperser records restored", "records", len(recs), "l1_pending", len(resume))
	return nil
}

// resumeL1 restarts the L1 submissions pending at the last shutdown.
func (d *Disperser) resumeL1() {
	for _, r := range d.resume {
		mode := r.l1.Mode
		if d.certify == nil {
			d.idx.update(r, func(r *record) {
				r.l1.State, r.l1.Error = api.L1Failed, "this disperser has no L1 configured"
			})
			continue
		}
		d.idx.update(r, func(r *record) { r.l1 = nil })
		d.startL1(r, mode)
	}
	d.resume = nil
}
