// Package badgeropt builds the badger options every store of quire starts
// from (the member's store, the light client's, the rollup's): writes
// synced to disk unless in memory, memory bounded by explicit memtable,
// cache and level sizes, no compression (field elements and hashes do not
// compress), no badger metrics, and badger's log through slog.
package badgeropt

import (
	"fmt"
	"log/slog"
	"strings"

	"github.com/dgraph-io/badger/v4"
	"github.com/dgraph-io/badger/v4/options"
)

// Sizes are the memory a store may take, in bytes, and the size of one
// value-log file. BaseTable and BaseLevel size the LSM's first levels.
type Sizes struct {
	MemTable, BlockCache, IndexCache, ValueLogFile int64
	BaseTable, BaseLevel                           int64
}

// Options returns the options for a store at dir (ignored in memory),
// logging to log under component=badger.
func Options(dir string, inMemory bool, s Sizes, log *slog.Logger) badger.Options {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opt := badger.DefaultOptions(dir).
		WithInMemory(inMemory).
		WithSyncWrites(!inMemory).
		WithLogger(Logger{log.With("component", "badger")}).
		WithMemTableSize(s.MemTable).
		WithNumMemtables(2).
		WithNumLevelZeroTables(2).
		WithNumLevelZeroTablesStall(5).
		WithBaseTableSize(s.BaseTable).
		WithBaseLevelSize(s.BaseLevel).
		WithNumCompactors(2).
		WithBlockCacheSize(s.BlockCache).
		WithIndexCacheSize(s.IndexCache).
		WithValueLogFileSize(s.ValueLogFile).
		WithCompression(options.None).
		WithMetricsEnabled(false)
	if inMemory {
		opt.Dir, opt.ValueDir = "", ""
	}
	return opt
}

// Logger is badger's logger over slog: errors and warnings as such, its
// chatty info lines at debug.
type Logger struct{ L *slog.Logger }

func (b Logger) Errorf(f string, a ...any)   { b.L.Error(trim(f, a)) }
func (b Logger) Warningf(f string, a ...any) { b.L.Warn(trim(f, a)) }
func (b Logger) Infof(f string, a ...any)    { b.L.Debug(trim(f, a)) }
func (b Logger) Debugf(f string, a ...any)   { b.L.Debug(trim(f, a)) }

func trim(f string, a []any) string { return strings.TrimRight(fmt.Sprintf(f, a...), "\n") }
