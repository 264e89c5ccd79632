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
	// Proposals are the output proposals on RollupGame, newest first, at
	// most 20; Games the disputes over them, newest first, at most 10.
	Proposals []Proposal `json:"proposals,omitempty"`
	Games     []Game     `json:"games,omitempty"`
}

// Proposal is one output proposal on RollupGame.
type Proposal struct {
	ID       uint64 `json:"id"`
	Parent   uint64 `json:"parent"`
	Batch    uint64 `json:"batch"`     // the last inbox batch it covers
	StepsEnd uint64 `json:"steps_end"` // that batch's global step count
	// StateRoot is the claimed L2 state root after the batch.
	StateRoot string `json:"state_root"`
	Proposer  string `json:"proposer"`
	// Status is "pending", "finalized" or "rejected".
	Status string `json:"status"`
	// FinalizesAt is the L1 time (unix seconds) its challenge window ends.
	FinalizesAt uint64 `json:"finalizes_at"`
	// Games counts the games opened against it.
	Games int `json:"games"`
}

// Game is one bisection game: a challenger against a proposal.
type Game struct {
	ID         uint64 `json:"id"`
	Proposal   uint64 `json:"proposal"`
	Proposer   string `json:"proposer"`
	Challenger string `json:"challenger"`
	// Status is "open", "proposer-won" or "challenger-won"; Turn the side
	// to move while open ("proposer" or "challenger").
	Status string `json:"status"`
	Turn   string `json:"turn,omitempty"`
	// Steps is the disputed range's length when the game opened; Lo and Hi
	// the range now (steps after the parent proposal's stepsEnd): the
	// sides agree on the state after Lo and disagree after Hi.
	Steps   uint64 `json:"steps"`
	Lo      uint64 `json:"lo"`
	Hi      uint64 `json:"hi"`
	ClaimLo string `json:"claim_lo"`
	ClaimHi string `json:"claim_hi"`
	// ProposerClock and ChallengerClock are the seconds each side has left
	// at Now (L1 time); Clock is each side's allowance.
	ProposerClock   uint64 `json:"proposer_clock"`
	ChallengerClock uint64 `json:"challenger_clock"`
	Clock           uint64 `json:"clock"`
	Now             uint64 `json:"now"`
	// Moves are the game's transactions in order, from the challenge on.
	Moves []GameMove `json:"moves"`
	// Result says how it ended ("one-step: the proposer's post-state root
	// is wrong", "timeout: the proposer did not move"), empty while open.
	Result string `json:"result,omitempty"`
}

// GameMove is one transaction of a game.
type GameMove struct {
	// Op is "challenge", "bisect", "choose", "step" or "timeout"; Side who
	// sent it.
	Op   string `json:"op"`
	Side string `json:"side"`
	// Lo and Hi are the range after the move; Claim the hash the move
	// claimed (bisect: the state after the midpoint), when it claimed one.
	Lo    uint64 `json:"lo"`
	Hi    uint64 `json:"hi"`
	Claim string `json:"claim,omitempty"`
	Gas   uint64 `json:"gas"`
	Tx    string `json:"tx"`
	Time  uint64 `json:"time"` // when it was mined (wall clock, unix seconds)
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
