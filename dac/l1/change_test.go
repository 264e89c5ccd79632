package l1

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TestExecuteWhenDue: a change with a one-second delay on a chain that
// mines only when asked (the simulated backend, like geth --dev
// --dev.period 0) is refused before its ETA without Wait; with Wait and
// Nudge, ExecuteWhenDue waits out the ETA, has a block mined and executes.
func TestExecuteWhenDue(t *testing.T) {
	e := newEnv(t, 1)
	c, err := Deploy(e.ctx, e.sim.Client(), e.admin.tx, DeployParams{ChangeDelay: time.Second, RotationWindow: time.Hour},
		WithMiner(func() { e.sim.Commit() }), WithPollInterval(time.Millisecond), WithTimeout(30*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	e.c = c
	e.register(e.members[0])
	q, err := c.QueueChange(e.ctx, e.admin.tx, Change{Add: []common.Address{e.members[0].addr}, Threshold: 1})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.ExecuteWhenDue(e.ctx, e.admin.tx, q.ID, Due{}); RevertName(err) != "ChangeNotReady" {
		t.Fatalf("early execute: %v, want ChangeNotReady", err)
	}
	// Past the ETA by the wall clock, the head still predates it.
	time.Sleep(time.Until(q.ETA) + 1100*time.Millisecond)
	if _, err := c.ExecuteWhenDue(e.ctx, e.admin.tx, q.ID, Due{}); !errors.Is(err, ErrStaleHead) || RevertName(err) != "ChangeNotReady" {
		t.Fatalf("stale head: %v, want ErrStaleHead and ChangeNotReady", err)
	}
	var notes []string
	ctx, cancel := context.WithTimeout(e.ctx, 30*time.Second)
	defer cancel()
	epoch, err := c.ExecuteWhenDue(ctx, e.admin.tx, q.ID, Due{Wait: true, Nudge: e.admin.key, Note: func(s string) { notes = append(notes, s) }})
	if err != nil || epoch != 1 {
		t.Fatalf("ExecuteWhenDue = %d, %v", epoch, err)
	}
	if len(notes) == 0 || !strings.Contains(notes[0], "sending an empty transaction") {
		t.Fatalf("notes %q: the chain was not nudged", notes)
	}
}
