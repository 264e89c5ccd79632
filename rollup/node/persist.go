package node

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/rollup/chain"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Store is where a node keeps its progress beside its chain (rollup/store's
// DB, which also holds the chain): a checkpoint per derived batch, written
// in the same step as the batch's blocks and state (StageFinal), with the
// L1 cursor to resume from; the queue items seen and not yet taken by a
// batch; and each batch's result (roots, head, output root).
type Store interface {
	Put(key, value []byte) error
	Scan(prefix []byte, fn func(k, v []byte) error) error
	Stage(key, value []byte)
	StageFinal(key, value []byte)
	StageDelete(key []byte)
}

var (
	keyCheckpoint = []byte("v/checkpoint")
	prefixItem    = []byte("v/q/") // || index (8) → l1.QueueItem
	prefixResult  = []byte("v/r/") // || batch index (8) → storedResult
)

func indexKey(prefix []byte, i uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte(nil), prefix...), i)
}

// Checkpoint is where a node resumes: Cursor is the follower's cursor at
// the start of the L1 range holding the next batch to derive; NextBatch
// the index of that batch; QueueDone the first queue item no derived
// batch took.
type Checkpoint struct {
	Cursor    l1.Cursor `json:"cursor"`
	NextBatch uint64    `json:"next_batch"`
	QueueDone uint64    `json:"queue_done"`
}

// storedResult is a BatchResult on disk.
type storedResult struct {
	Index  uint64      `json:"index"`
	BlobID dac.BlobID  `json:"blob"`
	Roots  state.Roots `json:"roots"`
	Head   stf.Head    `json:"head"`
	Output [32]byte    `json:"output"`
}

// ErrCorruptRecord is returned by Open for a stored record that does not
// decode.
var ErrCorruptRecord = errors.New("node: corrupt stored record")

// Open returns a node deriving into c (chain.Open over the same store as
// s) that resumes at the checkpoint s holds, or from L1 genesis when it
// holds none.
func Open(c *chain.Chain, inbox *l1.Inbox, fetch Fetcher, confirmations uint64, log *slog.Logger, s Store) (*Node, error) {
	n := New(c, inbox, fetch, confirmations, log)
	n.store = s
	var ck Checkpoint
	err := s.Scan(keyCheckpoint, func(_, v []byte) error {
		if err := json.Unmarshal(v, &ck); err != nil {
			return fmt.Errorf("%w: checkpoint: %v", ErrCorruptRecord, err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = s.Scan(prefixItem, func(_, v []byte) error {
		var it l1.QueueItem
		if err := json.Unmarshal(v, &it); err != nil {
			return fmt.Errorf("%w: queue item: %v", ErrCorruptRecord, err)
		}
		if it.Index >= ck.QueueDone {
			n.items[it.Index] = it
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	n.ck = ck
	n.follow = inbox.Follower(ck.Cursor, confirmations)
	latest, _, _ := c.Tags()
	n.log.Info("node: resuming", "l1_block", ck.Cursor.Block, "next_batch", ck.NextBatch, "l2_head", latest, "queued_items", len(n.items))
	return n, nil
}

// Checkpoint returns where the node would resume.
func (n *Node) Checkpoint() Checkpoint {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.ck
}

// StoredResult returns the stored result of batch index (roots, head and
// output root; no faults), for a node with a store.
func (n *Node) StoredResult(index uint64) (BatchResult, bool, error) {
	if n.store == nil {
		return BatchResult{}, false, nil
	}
	var r storedResult
	found := false
	err := n.store.Scan(indexKey(prefixResult, index), func(_, v []byte) error {
		found = true
		return json.Unmarshal(v, &r)
	})
	if err != nil || !found {
		return BatchResult{}, false, err
	}
	return BatchResult{Index: r.Index, BlobID: r.BlobID, Roots: r.Roots, Head: r.Head, Output: r.Output}, true, nil
}

// saveItems writes newly seen queue items.
func (n *Node) saveItems(items []l1.QueueItem) error {
	if n.store == nil {
		return nil
	}
	for i := range items {
		v, err := json.Marshal(&items[i])
		if err != nil {
			return err
		}
		if err := n.store.Put(indexKey(prefixItem, items[i].Index), v); err != nil {
			return fmt.Errorf("node: store queue item: %w", err)
		}
	}
	return nil
}

// stageBatch stages the checkpoint after batch res (taking queue items
// start..end-1) for the chain's Append.
func (n *Node) stageBatch(res *BatchResult, start, end uint64, ck Checkpoint) {
	if n.store == nil {
		return
	}
	v, _ := json.Marshal(&storedResult{Index: res.Index, BlobID: res.BlobID, Roots: res.Roots, Head: res.Head, Output: res.Output})
	n.store.Stage(indexKey(prefixResult, res.Index), v)
	for q := start; q < end; q++ {
		n.store.StageDelete(indexKey(prefixItem, q))
	}
	cb, _ := json.Marshal(&ck)
	n.store.StageFinal(keyCheckpoint, cb)
}

// saveCheckpoint writes ck now.
func (n *Node) saveCheckpoint(ck Checkpoint) error {
	if n.store == nil {
		return nil
	}
	cb, _ := json.Marshal(&ck)
	if err := n.store.Put(keyCheckpoint, cb); err != nil {
		return fmt.Errorf("node: store checkpoint: %w", err)
	}
	return nil
}
