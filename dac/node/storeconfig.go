package node

import (
	"errors"
	"fmt"
	"time"

	"github.com/quire-da/quire/dac/p2p"
)

// StoreConfig configures the badger store.
type StoreConfig struct {
	// Dir holds the database. Empty with InMemory.
	Dir string `json:"dir"`
	// InMemory keeps everything in memory (tests and devnet); nothing
	// survives Close.
	InMemory bool `json:"in_memory"`
	// MemTableSize is badger's memtable size in bytes; two are kept.
	MemTableSize int64 `json:"memtable_size"`
	// BlockCacheSize and IndexCacheSize bound badger's caches in bytes.
	BlockCacheSize int64 `json:"block_cache_size"`
	IndexCacheSize int64 `json:"index_cache_size"`
	// ValueLogFileSize is the size of one value-log file in bytes.
	ValueLogFileSize int64 `json:"value_log_file_size"`
	// GCInterval is how often value-log GC and disk accounting run.
	GCInterval p2p.Duration `json:"gc_interval"`
	// PageOutInterval is how often the pages of badger's memory-mapped
	// value-log files are handed back to the kernel (see Store.PageOut); 0
	// disables it.
	PageOutInterval p2p.Duration `json:"page_out_interval"`
}

// DefaultStoreConfig returns the store defaults: memory-bounded badger
// options (two 16 MiB memtables, 32 MiB block cache, 16 MiB index cache),
// 128 MiB value-log files (a GC rewrite maps one whole file), GC every 5
// minutes, value-log pages handed back every 10 seconds. Dir must still be
// set.
func DefaultStoreConfig() StoreConfig {
	return StoreConfig{
		MemTableSize:     16 << 20,
		BlockCacheSize:   32 << 20,
		IndexCacheSize:   16 << 20,
		ValueLogFileSize: 128 << 20,
		GCInterval:       p2p.Duration(5 * time.Minute),
		PageOutInterval:  p2p.Duration(10 * time.Second),
	}
}

// Validate checks the store configuration.
func (c *StoreConfig) Validate() error {
	switch {
	case c.InMemory && c.Dir != "":
		return fmt.Errorf("store: dir %q set with in_memory", c.Dir)
	case !c.InMemory && c.Dir == "":
		return errors.New("store: dir is required (or in_memory)")
	case c.MemTableSize < 1<<20:
		return fmt.Errorf("store: memtable_size %d below 1 MiB", c.MemTableSize)
	case c.BlockCacheSize < 0 || c.IndexCacheSize < 0:
		return errors.New("store: negative cache size")
	case c.ValueLogFileSize < 1<<20 || c.ValueLogFileSize >= 2<<30:
		return fmt.Errorf("store: value_log_file_size %d outside [1 MiB, 2 GiB)", c.ValueLogFileSize)
	case c.GCInterval <= 0:
		return errors.New("store: gc_interval must be positive")
	case c.PageOutInterval < 0:
		return errors.New("store: page_out_interval must not be negative")
	}
	return nil
}
