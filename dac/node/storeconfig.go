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
	// MinFreeBytes is the free-space watermark of the filesystem that
	// holds Dir. Below it the store refuses writes (dispersals are
	// answered storage_failure and not signed) and the node reports itself
	// unhealthy; both recover by themselves once space returns. It must
	// cover badger's largest sparse allocation (a new value-log file maps
	// 2 x value_log_file_size, each memtable's log memtable_size), so a
	// write through a memory map never meets a full disk (SIGBUS).
	MinFreeBytes int64 `json:"min_free_bytes"`
	// PutTimeout bounds the wait for one dispersal's write: a store that
	// does not finish in time (a wedged or failing disk) gets the
	// dispersal answered storage_failure instead of holding the sender.
	PutTimeout p2p.Duration `json:"put_timeout"`
}

// DefaultStoreConfig returns the store defaults: memory-bounded badger
// options (two 16 MiB memtables, 32 MiB block cache, 16 MiB index cache),
// 128 MiB value-log files (a GC rewrite maps one whole file), GC every 5
// minutes, value-log pages handed back every 10 seconds, writes refused
// below 512 MiB free, a write waited on for at most 30 seconds. Dir must
// still be set.
func DefaultStoreConfig() StoreConfig {
	return StoreConfig{
		MemTableSize:     16 << 20,
		BlockCacheSize:   32 << 20,
		IndexCacheSize:   16 << 20,
		ValueLogFileSize: 128 << 20,
		GCInterval:       p2p.Duration(5 * time.Minute),
		PageOutInterval:  p2p.Duration(10 * time.Second),
		MinFreeBytes:     512 << 20,
		PutTimeout:       p2p.Duration(30 * time.Second),
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
	case c.PutTimeout <= 0:
		return errors.New("store: put_timeout must be positive")
	case !c.InMemory && c.MinFreeBytes < c.sparseHeadroom():
		return fmt.Errorf("store: min_free_bytes %d below badger's largest sparse allocation %d (2 x value_log_file_size + 2 x memtable_size)", c.MinFreeBytes, c.sparseHeadroom())
	}
	return nil
}

// sparseHeadroom is the most disk badger may claim at once through sparse,
// memory-mapped files: a new value-log file (mapped at twice its size) and
// the logs of both memtables.
func (c *StoreConfig) sparseHeadroom() int64 {
	return 2*c.ValueLogFileSize + 2*c.MemTableSize
}
