package dashboard

import (
	"context"
	"errors"
	"time"
)

// Member is one committee member as the dashboard shows it.
type Member struct {
	Index        int      `json:"index"`
	PeerID       string   `json:"peer_id"`
	Addrs        []string `json:"addrs"`
	Operator     string   `json:"operator"` // L1 address, 0x...
	Online       bool     `json:"online"`
	Blobs        int      `json:"blobs"` // blobs it stores
	HotBytes     int64    `json:"hot_bytes"`
	ArchiveBytes int64    `json:"archive_bytes"` // 0 until the archive tier exists
}

// L1Tx is a certify transaction.
type L1Tx struct {
	Hash  string `json:"hash"`
	Block uint64 `json:"block"`
	Gas   uint64 `json:"gas"`
}

// Blob is one recent blob (list row).
type Blob struct {
	ID         string    `json:"id"` // 0x...
	Size       uint64    `json:"size"`
	K          int       `json:"k"`     // data rows; the square is 2k x 128
	State      string    `json:"state"` // dispersing | certified | failed
	Epoch      uint64    `json:"epoch"`
	HeaderHash string    `json:"header_hash"`
	Signers    []int     `json:"signers"`      // member indexes in the certificate
	L1         *L1Tx     `json:"l1,omitempty"` // nil until certified on L1
	Created    time.Time `json:"created"`
	Sampling   string    `json:"sampling"` // "" | pending | available | unavailable | invalid
	Confidence float64   `json:"confidence"`
}

// Sample is one cell the light client sampled.
type Sample struct {
	Row    int    `json:"row"`
	Col    int    `json:"col"`
	OK     bool   `json:"ok"`     // verified
	Member int    `json:"member"` // -1 when unknown
	Peer   string `json:"peer,omitempty"`
}

// BlobDetail is what the square view needs.
type BlobDetail struct {
	Blob
	Rows    int      `json:"rows"`    // 2k
	Cols    int      `json:"cols"`    // 128
	Custody [][]int  `json:"custody"` // per column, the member indexes holding it (len Cols)
	Samples []Sample `json:"samples"`
}

// State is the whole dashboard state.
type State struct {
	ChainID     uint64    `json:"chain_id"`
	L1RPC       string    `json:"l1_rpc"`
	Disperser   string    `json:"disperser"` // HTTP base URL
	Contract    string    `json:"contract"`
	Epoch       uint64    `json:"epoch"`
	Threshold   int       `json:"threshold"`
	Replication int       `json:"replication"`
	Members     []Member  `json:"members"`
	Blobs       []Blob    `json:"blobs"` // newest first, at most 50
	Updated     time.Time `json:"updated"`
	// Rollup is the bundled rollup, when one runs.
	Rollup *Rollup `json:"rollup,omitempty"`
}

// Rollup is the bundled rollup's view: L2 heads and recent batches.
type Rollup struct {
	ChainID uint64 `json:"chain_id"`
	RPC     string `json:"rpc"`
	Inbox   string `json:"inbox"`
	// Unsafe, Safe and Finalized are the sequencer's heads; Derived the
	// verifier node's latest block (from L1 and the members alone).
	Unsafe    uint64 `json:"unsafe"`
	Safe      uint64 `json:"safe"`
	Finalized uint64 `json:"finalized"`
	Derived   uint64 `json:"derived"`
	// QueueItems counts the deposits and forced transactions queued on L1.
	QueueItems uint64        `json:"queue_items"`
	Batches    []RollupBatch `json:"batches"` // newest first, at most 20
}

// RollupBatch is one batch the verifier derived.
type RollupBatch struct {
	Index     uint64 `json:"index"`
	BlobID    string `json:"blob_id"` // the quire blob holding it
	LastBlock uint64 `json:"last_block"`
	StateRoot string `json:"state_root"`
	// Faults counts the members that served bad data for it.
	Faults int `json:"faults"`
	// RangeMismatch: the L2 block range it declared is not what it made.
	RangeMismatch bool `json:"range_mismatch"`
}

// Source is what the dashboard reads; internal/app/devnet implements it.
type Source interface {
	State(ctx context.Context) (*State, error)
	Blob(ctx context.Context, id string) (*BlobDetail, error) // ErrNotFound when unknown
	// Changed is closed (and replaced) whenever the state changes: the
	// dashboard waits on it to push live updates.
	Changed() <-chan struct{}
}

// ErrNotFound is what Source.Blob returns for an unknown blob ID; the
// handler answers it with a 404 JSON error.
var ErrNotFound = errors.New("dashboard: not found")
