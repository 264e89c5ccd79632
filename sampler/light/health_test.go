package light

import (
	"errors"
	"strings"
	"testing"
)

func TestJudgeHealth(t *testing.T) {
	tests := []struct {
		name     string
		in       healthInput
		status   string
		lag      uint64
		problems []string // substrings, in order
	}{
		{"caught up", healthInput{headKnown: true, head: 100, next: 99, confirmations: 2, maxLag: 50, peers: 3}, "ok", 0, nil},
		{"at the limit", healthInput{headKnown: true, head: 150, next: 99, confirmations: 2, maxLag: 50, peers: 3}, "ok", 50, nil},
		{"one past the limit", healthInput{headKnown: true, head: 151, next: 99, confirmations: 2, maxLag: 50, peers: 3}, "unhealthy", 51, []string{"lagging L1: 51 blocks"}},
		{"lag check off", healthInput{headKnown: true, head: 10_000, next: 0, maxLag: 0, peers: 1}, "ok", 10_001, nil},
		{"head never read", healthInput{next: 5, maxLag: 1, peers: 1}, "ok", 0, nil},
		{"head under confirmations", healthInput{headKnown: true, head: 1, confirmations: 2, maxLag: 1, peers: 1}, "ok", 0, nil},
		{"no peers", healthInput{headKnown: true, head: 10, next: 11, maxLag: 5}, "unhealthy", 0, []string{"no peers"}},
		{"store and peers", healthInput{storeErr: errors.New("closed"), maxLag: 5}, "unhealthy", 0, []string{"store: closed", "no peers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := judgeHealth(tt.in)
			if h.Status != tt.status || h.LagBlocks != tt.lag || len(h.Problems) != len(tt.problems) {
				t.Fatalf("got %+v, want status %s, lag %d, problems %q", h, tt.status, tt.lag, tt.problems)
			}
			for i, p := range tt.problems {
				if !strings.Contains(h.Problems[i], p) {
					t.Fatalf("problem %d = %q, want it to contain %q", i, h.Problems[i], p)
				}
			}
		})
	}
}
