package prover

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/dgraph-io/badger/v4"

	"github.com/quire-da/quire/internal/badgeropt"
)

// AgentStore is where an agent keeps what it must not forget across a
// crash: its scan positions, its verdicts on proposals, the moves it sent
// (so it never moves twice at one position) and the claims it computed
// for its games (its trace position). DB is the badger implementation.
type AgentStore interface {
	// Get returns the value at key, or ok false.
	Get(key []byte) (value []byte, ok bool, err error)
	Put(key, value []byte) error
}

// DB is an AgentStore in badger.
type DB struct{ db *badger.DB }

// OpenDB opens (or creates) an agent's store in dir; dir "" keeps it in
// memory.
func OpenDB(dir string, log *slog.Logger) (*DB, error) {
	// Few small records: the disperser's small sizes.
	opt := badgeropt.Options(dir, dir == "", badgeropt.Sizes{MemTable: 8 << 20, BlockCache: 4 << 20,
		IndexCache: 4 << 20, ValueLogFile: 64 << 20, BaseTable: 2 << 20, BaseLevel: 8 << 20}, log)
	db, err := badger.Open(opt)
	if err != nil {
		return nil, fmt.Errorf("prover: open agent store %s: %w", dir, err)
	}
	return &DB{db: db}, nil
}

// Close closes the store.
func (d *DB) Close() error { return d.db.Close() }

// Get implements AgentStore.
func (d *DB) Get(key []byte) ([]byte, bool, error) {
	var v []byte
	err := d.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(key)
		if err != nil {
			return err
		}
		v, err = it.ValueCopy(nil)
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, false, nil
	}
	return v, err == nil, err
}

// Put implements AgentStore; the write is synced before it returns.
func (d *DB) Put(key, value []byte) error {
	return d.db.Update(func(txn *badger.Txn) error { return txn.Set(key, value) })
}

// Keys of an agent's store.
func keyU64(prefix string, i uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte(prefix), i)
}

var (
	keyProposalScan = []byte("s/proposals") // lowest proposal id not settled
	keyGameScan     = []byte("s/games")     // lowest game id not settled
	keyLastPropose  = []byte("s/propose")   // L1 time of the last proposal
	keyFinal        = []byte("s/final")     // the latest finalized proposal seen
)

func keyVerdict(id uint64) []byte { return keyU64("v/", id) } // challenger: 1 agree, 2 disagree
func keyMove(game uint64) []byte  { return keyU64("m/", game) }
func keyClaim(g uint64) []byte    { return keyU64("c/", g) }

// keyLost marks a (parent, batch) whose own proposal was rejected.
func keyLost(parent, batch uint64) []byte {
	return binary.BigEndian.AppendUint64(keyU64("r/", parent), batch)
}

// sentMove is the record written before a move is sent.
type sentMove struct {
	Lo   uint64 `json:"lo"`
	Hi   uint64 `json:"hi"`
	Turn Side   `json:"turn"`
	Kind string `json:"kind"`
	At   uint64 `json:"at"` // L1 time
}

func getU64(s AgentStore, key []byte) (uint64, error) {
	v, ok, err := s.Get(key)
	if err != nil || !ok {
		return 0, err
	}
	if len(v) != 8 {
		return 0, fmt.Errorf("prover: agent store: %q holds %d bytes", key, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

func putU64(s AgentStore, key []byte, v uint64) error {
	return s.Put(key, binary.BigEndian.AppendUint64(nil, v))
}

func getJSON(s AgentStore, key []byte, v any) (bool, error) {
	b, ok, err := s.Get(key)
	if err != nil || !ok {
		return false, err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("prover: agent store %q: %w", key, err)
	}
	return true, nil
}

func putJSON(s AgentStore, key []byte, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return s.Put(key, b)
}

func uint64FromBytes(b []byte) uint64 { return binary.BigEndian.Uint64(b) }
