package light

import (
	"fmt"

	"github.com/quire-da/quire/internal/version"
)

// Health is the /healthz document. Status is "ok" (HTTP 200) or
// "unhealthy" (HTTP 503) with one Problems entry per failed check.
type Health struct {
	Status string `json:"status"`
	// L1Head is the last L1 head the follower read (0 before the first
	// read); L1Next its checkpoint; LagBlocks how far the checkpoint is
	// behind the head minus Confirmations.
	L1Head    uint64   `json:"l1_head"`
	L1Next    uint64   `json:"l1_next_block"`
	LagBlocks uint64   `json:"lag_blocks"`
	Peers     int      `json:"peers"`
	Problems  []string `json:"problems,omitempty"`
	// The build answering: version, commit and go_version.
	version.Info
}

// healthInput is what the checks look at, read by the HTTP edge.
type healthInput struct {
	storeErr      error  // the store's checkpoint read
	headKnown     bool   // the follower has read the L1 head at least once
	head, next    uint64 // last head read, checkpoint
	confirmations uint64
	maxLag        uint64 // Config.MaxL1Lag; 0 turns the lag check off
	peers         int    // connected libp2p peers
}

// judgeHealth is the pure rule behind /healthz: unhealthy when the store
// fails, when the checkpoint is more than maxLag blocks behind the safe
// head (head - confirmations), or when no peer is connected (nothing can
// be sampled).
func judgeHealth(in healthInput) Health {
	h := Health{Status: "ok", L1Head: in.head, L1Next: in.next, Peers: in.peers}
	if in.storeErr != nil {
		h.Problems = append(h.Problems, "store: "+in.storeErr.Error())
	}
	if in.headKnown && in.head >= in.confirmations {
		if safe := in.head - in.confirmations; safe+1 > in.next {
			h.LagBlocks = safe + 1 - in.next
		}
		if in.maxLag > 0 && h.LagBlocks > in.maxLag {
			h.Problems = append(h.Problems, fmt.Sprintf("lagging L1: %d blocks behind the safe head (max %d)", h.LagBlocks, in.maxLag))
		}
	}
	if in.peers == 0 {
		h.Problems = append(h.Problems, "no peers")
	}
	if len(h.Problems) > 0 {
		h.Status = "unhealthy"
	}
	return h
}
