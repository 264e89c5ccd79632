package store

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/dgraph-io/badger/v4"
	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/internal/badgeropt"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Errors.
var (
	// ErrInvalidConfig is returned by Config.Validate.
	ErrInvalidConfig = errors.New("store: invalid config")
	// ErrForeign is returned by Open for a directory that holds another
	// chain's or role's data (wrapped in a *MismatchError). Retrying does
	// not help: point the service at its own directory.
	ErrForeign = errors.New("store: data directory belongs to another chain or role")
	// ErrCorrupt is returned when a stored record does not decode.
	ErrCorrupt = errors.New("store: corrupt record")
	// ErrNotFound is returned by Get for an absent key.
	ErrNotFound = errors.New("store: not found")
)

// Roles of a database.
const (
	RoleSequencer = "sequencer"
	RoleNode      = "node"
)

// Ident names what a database holds; Open records it on first use and
// compares it afterwards.
type Ident struct {
	Role    string         `json:"role"`
	ChainID uint64         `json:"chain_id"`
	Genesis common.Hash    `json:"genesis"`
	Inbox   common.Address `json:"inbox"`
}

// MismatchError says how a directory's Ident differs from the one asked
// for.
type MismatchError struct {
	Dir        string
	Have, Want Ident
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("store: %s holds the %s of chain %d (genesis %s, inbox %s), not the %s of chain %d (genesis %s, inbox %s)",
		e.Dir, e.Have.Role, e.Have.ChainID, e.Have.Genesis, e.Have.Inbox, e.Want.Role, e.Want.ChainID, e.Want.Genesis, e.Want.Inbox)
}

// Is reports ErrForeign.
func (e *MismatchError) Is(target error) bool { return target == ErrForeign }

// Config configures the database.
type Config struct {
	// Dir holds the database; empty with InMemory.
	Dir string `json:"dir"`
	// InMemory keeps everything in memory (tests); nothing survives Close.
	InMemory bool `json:"in_memory,omitempty"`
	// MemTableSize, BlockCacheSize and IndexCacheSize bound badger's
	// memory in bytes.
	MemTableSize   int64 `json:"memtable_size,omitempty"`
	BlockCacheSize int64 `json:"block_cache_size,omitempty"`
	IndexCacheSize int64 `json:"index_cache_size,omitempty"`
}

// DefaultConfig returns two 32 MiB memtables and 32 MiB and 16 MiB
// caches; Dir must still be set.
func DefaultConfig() Config {
	return Config{MemTableSize: 32 << 20, BlockCacheSize: 32 << 20, IndexCacheSize: 16 << 20}
}

// Validate checks the configuration.
func (c *Config) Validate() error {
	switch {
	case c.InMemory && c.Dir != "":
		return fmt.Errorf("%w: dir %q set with in_memory", ErrInvalidConfig, c.Dir)
	case !c.InMemory && c.Dir == "":
		return fmt.Errorf("%w: a data dir is required", ErrInvalidConfig)
	case c.MemTableSize < 4<<20:
		return fmt.Errorf("%w: memtable_size %d below 4 MiB", ErrInvalidConfig, c.MemTableSize)
	case c.BlockCacheSize < 0 || c.IndexCacheSize < 0:
		return fmt.Errorf("%w: negative cache size", ErrInvalidConfig)
	}
	return nil
}

// Key prefixes. The state's own keys ('n' || hash, 'p' || hash) go under
// prefixState.
var (
	keyIdent    = []byte("m/ident")
	keyHead     = []byte("m/head")
	prefixBlock = []byte("b/") // || number (8 bytes) → block record
	prefixHash  = []byte("h/") // || block hash → number
	prefixTx    = []byte("t/") // || tx hash → number (8) || index (4)
	prefixState = []byte("s/")
)

// DB is a rollup service's database. It implements chain.Store and
// state.Store, and the key-value methods the sequencer and the node keep
// their records with. It is safe for concurrent use.
type DB struct {
	db  *badger.DB
	dir string
	p   stf.Params

	headMu sync.Mutex // serializes the head's read-modify-writes

	// beforeHead, when set (tests), runs between the two steps of
	// WriteBlocks; an error stands for a crash there.
	beforeHead func() error

	mu      sync.Mutex
	nodes   map[string][]byte // state puts not yet written
	staged  []kv              // written before the head
	final   []kv              // written with the head
	deletes [][]byte          // deleted with the head
}

type kv struct{ k, v []byte }

// Open opens (or creates) the database of cfg and checks (or records) id.
// p gives the chain's parameters, which decode stored transactions.
func Open(cfg Config, id Ident, p stf.Params, log *slog.Logger) (*DB, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opt := badgeropt.Options(cfg.Dir, cfg.InMemory, badgeropt.Sizes{
		MemTable: cfg.MemTableSize, BlockCache: cfg.BlockCacheSize, IndexCache: cfg.IndexCacheSize,
		ValueLogFile: 64 << 20, BaseTable: 2 << 20, BaseLevel: 16 << 20,
	}, log).WithNumGoroutines(2)
	bdb, err := badger.Open(opt)
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", cfg.Dir, err)
	}
	d := &DB{db: bdb, dir: cfg.Dir, p: p, nodes: map[string][]byte{}}
	if err := d.checkIdent(id); err != nil {
		bdb.Close()
		return nil, err
	}
	return d, nil
}

func (d *DB) checkIdent(want Ident) error {
	raw, err := d.Get(keyIdent)
	if errors.Is(err, ErrNotFound) {
		b, _ := json.Marshal(want)
		return d.Put(keyIdent, b)
	}
	if err != nil {
		return err
	}
	var have Ident
	if err := json.Unmarshal(raw, &have); err != nil {
		return fmt.Errorf("%w: identity record in %s: %v", ErrCorrupt, d.dir, err)
	}
	if have != want {
		return &MismatchError{Dir: d.dir, Have: have, Want: want}
	}
	return nil
}

// Close closes the database; staged writes not yet written are lost.
func (d *DB) Close() error { return d.db.Close() }

// RunGC runs badger's value-log GC once; it reports whether it rewrote a
// file.
func (d *DB) RunGC() (bool, error) {
	err := d.db.RunValueLogGC(0.5)
	if errors.Is(err, badger.ErrNoRewrite) || errors.Is(err, badger.ErrRejected) {
		return false, nil
	}
	return err == nil, err
}

// Get returns the value under key, or ErrNotFound.
func (d *DB) Get(key []byte) ([]byte, error) {
	var out []byte
	err := d.db.View(func(txn *badger.Txn) error {
		it, err := txn.Get(key)
		if err != nil {
			return err
		}
		out, err = it.ValueCopy(nil)
		return err
	})
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, ErrNotFound
	}
	return out, err
}

// Put writes value under key durably before it returns.
func (d *DB) Put(key, value []byte) error {
	return d.db.Update(func(txn *badger.Txn) error { return txn.Set(key, value) })
}

// Delete deletes key durably before it returns.
func (d *DB) Delete(key []byte) error {
	return d.db.Update(func(txn *badger.Txn) error { return txn.Delete(key) })
}

// Scan calls fn with every key under prefix and its value, in key order.
// fn must not keep k or v.
func (d *DB) Scan(prefix []byte, fn func(k, v []byte) error) error {
	return d.db.View(func(txn *badger.Txn) error {
		opts := badger.DefaultIteratorOptions
		opts.Prefix = prefix
		it := txn.NewIterator(opts)
		defer it.Close()
		for it.Rewind(); it.Valid(); it.Next() {
			item := it.Item()
			if err := item.Value(func(v []byte) error { return fn(item.Key(), v) }); err != nil {
				return err
			}
		}
		return nil
	})
}

// Stage queues a write for the next WriteBlocks, before its head: for
// records that are harmless when the head does not point to them.
func (d *DB) Stage(key, value []byte) {
	d.mu.Lock()
	d.staged = append(d.staged, kv{key, value})
	d.mu.Unlock()
}

// StageFinal queues a write for the next WriteBlocks, in the same
// transaction as its head.
func (d *DB) StageFinal(key, value []byte) {
	d.mu.Lock()
	d.final = append(d.final, kv{key, value})
	d.mu.Unlock()
}

// StageDelete queues a deletion for the next WriteBlocks, in the same
// transaction as its head.
func (d *DB) StageDelete(key []byte) {
	d.mu.Lock()
	d.deletes = append(d.deletes, key)
	d.mu.Unlock()
}

// Unstage drops what was staged (the write it was meant for failed).
func (d *DB) Unstage() {
	d.mu.Lock()
	d.staged, d.final, d.deletes = nil, nil, nil
	d.mu.Unlock()
}

// stateKey is the database key of a state key.
func stateKey(k []byte) []byte { return append(append([]byte(nil), prefixState...), k...) }

// GetNode implements state.Store's Get (through StateStore).
func (d *DB) getState(key []byte) ([]byte, error) {
	d.mu.Lock()
	v, ok := d.nodes[string(key)]
	d.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := d.Get(stateKey(key))
	if errors.Is(err, ErrNotFound) {
		return nil, state.ErrNotFound
	}
	return v, err
}

func (d *DB) putState(key, value []byte) error {
	d.mu.Lock()
	d.nodes[string(key)] = value
	d.mu.Unlock()
	return nil
}

// StateStore returns the state.Store view of the database: puts are held
// in memory until the chain's next WriteBlocks writes them.
func (d *DB) StateStore() state.Store { return stateView{d} }

type stateView struct{ d *DB }

func (s stateView) Get(key []byte) ([]byte, error) { return s.d.getState(key) }
func (s stateView) Put(key, value []byte) error    { return s.d.putState(key, value) }

func be64(n uint64) []byte { return binary.BigEndian.AppendUint64(nil, n) }

func blockKey(n uint64) []byte { return append(append([]byte(nil), prefixBlock...), be64(n)...) }

// WriteBlocks implements chain.Store.
func (d *DB) WriteBlocks(blocks []stf.Block, roots state.Roots) error {
	return d.writeBlocks(blocks, roots, nil)
}

// ResetBlocks implements chain.Store: the state nodes and staged entries
// are written first (harmless before the head moves: nodes are addressed
// by their hash), then the blocks, the deletion of the old ones above the
// new head and the head itself in one transaction.
func (d *DB) ResetBlocks(n uint64, blocks []stf.Block, roots state.Roots) error {
	return d.writeBlocks(blocks, roots, &n)
}

func blockEntries(b *stf.Block, set func(k, v []byte)) error {
	rec, err := EncodeBlock(b)
	if err != nil {
		return err
	}
	set(blockKey(b.Number), rec)
	set(append(append([]byte(nil), prefixHash...), b.Hash[:]...), be64(b.Number))
	for i, tx := range b.Txs {
		set(append(append([]byte(nil), prefixTx...), tx.Hash[:]...), binary.BigEndian.AppendUint32(be64(b.Number), uint32(i)))
	}
	return nil
}

// writeBlocks appends blocks, or with resetTo replaces those after it.
func (d *DB) writeBlocks(blocks []stf.Block, roots state.Roots, resetTo *uint64) error {
	d.mu.Lock()
	nodes, staged, final, deletes := d.nodes, d.staged, d.final, d.deletes
	d.nodes, d.staged, d.final, d.deletes = map[string][]byte{}, nil, nil, nil
	d.mu.Unlock()
	restore := func() {
		d.mu.Lock()
		for k, v := range nodes {
			if _, ok := d.nodes[k]; !ok {
				d.nodes[k] = v
			}
		}
		d.mu.Unlock()
	}
	var err error
	wb := d.db.NewWriteBatch()
	defer wb.Cancel()
	set := func(k, v []byte) {
		if err == nil {
			err = wb.Set(k, v)
		}
	}
	for k, v := range nodes {
		set(stateKey([]byte(k)), v)
	}
	for _, e := range staged {
		set(e.k, e.v)
	}
	if resetTo == nil {
		for i := range blocks {
			if encErr := blockEntries(&blocks[i], set); encErr != nil && err == nil {
				err = encErr
			}
		}
	}
	if err == nil {
		err = wb.Flush()
	}
	if err != nil {
		restore()
		return fmt.Errorf("store: write blocks: %w", err)
	}
	if d.beforeHead != nil {
		if err := d.beforeHead(); err != nil {
			return err
		}
	}
	d.headMu.Lock()
	defer d.headMu.Unlock()
	head, ok, err := d.Head()
	if err != nil {
		return err
	}
	oldLatest := head.Latest
	switch {
	case resetTo != nil:
		if !ok || *resetTo > head.Latest {
			return fmt.Errorf("store: reset to block %d beyond the head", *resetTo)
		}
		head.Latest = *resetTo + uint64(len(blocks))
		head.Safe, head.Finalized = min(head.Safe, *resetTo), min(head.Finalized, *resetTo)
	case len(blocks) > 0:
		head.Latest = blocks[len(blocks)-1].Number
	case !ok:
		return fmt.Errorf("store: no head and no blocks")
	}
	head.Roots = roots
	hb, _ := json.Marshal(head)
	err = d.db.Update(func(txn *badger.Txn) error {
		if resetTo != nil {
			var serr error
			put := func(k, v []byte) {
				if serr == nil {
					serr = txn.Set(k, v)
				}
			}
			for i := range blocks {
				if err := blockEntries(&blocks[i], put); err != nil {
					return err
				}
			}
			for m := head.Latest + 1; m <= oldLatest && serr == nil; m++ {
				serr = txn.Delete(blockKey(m))
			}
			if serr != nil {
				return serr
			}
		}
		for _, e := range final {
			if err := txn.Set(e.k, e.v); err != nil {
				return err
			}
		}
		for _, k := range deletes {
			if err := txn.Delete(k); err != nil {
				return err
			}
		}
		return txn.Set(keyHead, hb)
	})
	if err != nil {
		return fmt.Errorf("store: write head: %w", err)
	}
	return nil
}

// Head implements chain.Store.
func (d *DB) Head() (chain.StoredHead, bool, error) {
	raw, err := d.Get(keyHead)
	if errors.Is(err, ErrNotFound) {
		return chain.StoredHead{}, false, nil
	}
	if err != nil {
		return chain.StoredHead{}, false, err
	}
	var h chain.StoredHead
	if err := json.Unmarshal(raw, &h); err != nil {
		return h, false, fmt.Errorf("%w: head: %v", ErrCorrupt, err)
	}
	return h, true, nil
}

// WriteTags implements chain.Store.
func (d *DB) WriteTags(safe, finalized uint64) error {
	d.headMu.Lock()
	defer d.headMu.Unlock()
	return d.db.Update(func(txn *badger.Txn) error {
		it, err := txn.Get(keyHead)
		if err != nil {
			return err
		}
		raw, err := it.ValueCopy(nil)
		if err != nil {
			return err
		}
		var h chain.StoredHead
		if err := json.Unmarshal(raw, &h); err != nil {
			return fmt.Errorf("%w: head: %v", ErrCorrupt, err)
		}
		h.Safe, h.Finalized = safe, finalized
		hb, _ := json.Marshal(h)
		return txn.Set(keyHead, hb)
	})
}

// ReadBlock implements chain.Store.
func (d *DB) ReadBlock(n uint64) (stf.Block, error) {
	raw, err := d.Get(blockKey(n))
	if errors.Is(err, ErrNotFound) {
		return stf.Block{}, fmt.Errorf("%w: %d", chain.ErrUnknownBlock, n)
	}
	if err != nil {
		return stf.Block{}, err
	}
	b, err := DecodeBlock(raw, d.p)
	if err != nil {
		return b, err
	}
	if b.Number != n {
		return b, fmt.Errorf("%w: block %d stored under %d", ErrCorrupt, b.Number, n)
	}
	return b, nil
}

// BlockNumber implements chain.Store.
func (d *DB) BlockNumber(h common.Hash) (uint64, error) {
	raw, err := d.Get(append(append([]byte(nil), prefixHash...), h[:]...))
	if errors.Is(err, ErrNotFound) {
		return 0, chain.ErrUnknownBlock
	}
	if err != nil {
		return 0, err
	}
	if len(raw) != 8 {
		return 0, fmt.Errorf("%w: hash index entry of %d bytes", ErrCorrupt, len(raw))
	}
	return binary.BigEndian.Uint64(raw), nil
}

// TxLoc implements chain.Store.
func (d *DB) TxLoc(h common.Hash) (chain.TxLoc, error) {
	raw, err := d.Get(append(append([]byte(nil), prefixTx...), h[:]...))
	if errors.Is(err, ErrNotFound) {
		return chain.TxLoc{}, chain.ErrUnknownBlock
	}
	if err != nil {
		return chain.TxLoc{}, err
	}
	if len(raw) != 12 {
		return chain.TxLoc{}, fmt.Errorf("%w: tx index entry of %d bytes", ErrCorrupt, len(raw))
	}
	return chain.TxLoc{Block: binary.BigEndian.Uint64(raw), Index: int(binary.BigEndian.Uint32(raw[8:]))}, nil
}
