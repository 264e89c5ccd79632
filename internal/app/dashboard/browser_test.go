package dashboard

import (
	"context"
	"fmt"
	"net"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/internal/app/dashboard/dashboardtest"
)

// TestBrowser loads the dashboard in a real headless Chromium against the
// fake source, waits for the square, checks that the sampled cells are drawn
// where the blob's samples are, that a member's custody columns are tinted,
// that a new blob arrives over the event stream, and saves a screenshot.
func TestBrowser(t *testing.T) {
	path := dashboardtest.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second) // about 3 s unloaded
	defer cancel()

	src := newFakeSource(5)
	src.addBlob(1, 4, 30, 0)
	first := src.addBlob(2, 16, 30, 3) // newest: drawn by default

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(Handler(src))
	srv.Listener.Close()
	srv.Listener = ln
	srv.Start()
	// The browser closes first (cleanups run last-in first-out), so no
	// event stream keeps the server's Close waiting.
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})

	b, err := dashboardtest.Launch(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })

	start := time.Now()
	v, err := b.Dashboard(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("square drawn %v after navigation: %+v", time.Since(start).Round(time.Millisecond), *v)

	okSamples, badSamples := 0, 0
	for _, s := range first.Samples {
		if s.OK {
			okSamples++
		} else {
			badSamples++
		}
	}
	if v.Blob != first.ID || v.Rows != 32 || v.Cols != 128 || v.K != 16 {
		t.Errorf("drew %s as %dx%d (k %d), want %s as 32x128 (k 16)", v.Blob, v.Rows, v.Cols, v.K, first.ID)
	}
	if v.Sampled != len(first.Samples) || v.SampledOK != okSamples || v.SampledFailed != badSamples {
		t.Errorf("page counts %d sampled (%d ok, %d failed), the source has %d (%d ok, %d failed)",
			v.Sampled, v.SampledOK, v.SampledFailed, len(first.Samples), okSamples, badSamples)
	}
	if v.CellW < 7 || v.CellH < 7 {
		t.Fatalf("cells drawn %dx%d px: too small for the pixel checks", v.CellW, v.CellH)
	}
	if v.PixelsOK != okSamples || v.PixelsFailed != badSamples {
		t.Errorf("canvas marks %d verified and %d failed sampled cells, want %d and %d", v.PixelsOK, v.PixelsFailed, okSamples, badSamples)
	}
	if v.MarkedOK != okSamples || v.MarkedFailed != badSamples {
		t.Errorf("canvas has %d cells marked verified and %d failed, want exactly the %d and %d samples",
			v.MarkedOK, v.MarkedFailed, okSamples, badSamples)
	}
	if v.MemberRows != 5 || v.BlobRows != 2 {
		t.Errorf("tables show %d members and %d blobs, want 5 and 2", v.MemberRows, v.BlobRows)
	}
	if !v.CanvasInView {
		t.Errorf("the square is not inside the 1400x1000 viewport")
	}

	// A member's custody columns, and the screenshot.
	dashboardtest.CheckCustodyAndScreenshot(ctx, t, b, v, 2, okSamples, "dashboard.png")

	// Live update: a new blob is pushed over the event stream and drawn,
	// since the page follows the newest blob until one is clicked.
	if err := b.WaitFor(ctx, `document.getElementById("live").classList.contains("on")`); err != nil {
		t.Fatal(err)
	}
	second := src.addBlob(3, 2, 12, 0)
	if err := b.WaitFor(ctx, `document.getElementById("square").dataset.blob === "`+second.ID+`"`); err != nil {
		t.Fatal(err)
	}
	v, err = b.ReadView(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v.Rows != 4 || v.Sampled != 12 || v.PixelsOK != 12 || v.BlobRows != 3 {
		t.Errorf("after the update: %+v", *v)
	}

	if p := b.Problems(); len(p) > 0 {
		t.Errorf("the page reported problems: %q", p)
	}
	if testing.Verbose() {
		t.Logf("whole test %v", time.Since(start).Round(time.Millisecond))
	}
}

// TestBrowserGame draws a fault-proof game in progress and a finished one
// from a fake state: the proposals table, the disputed range as a bar, the
// two clocks (the side to move marked), every move with its gas, and the
// one-step result.
func TestBrowserGame(t *testing.T) {
	path := dashboardtest.Require(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	src := newFakeSource(4)
	src.addBlob(1, 4, 30, 0)
	src.mu.Lock()
	src.state.Rollup = fakeRollupWithGames()
	src.mu.Unlock()
	srv := httptest.NewServer(Handler(src))
	t.Cleanup(func() {
		srv.CloseClientConnections()
		srv.Close()
	})
	b, err := dashboardtest.Launch(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	if err := b.Navigate(ctx, srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := b.WaitFor(ctx, `document.querySelectorAll("#games .game").length === 2`); err != nil {
		t.Fatalf("%v (page problems: %q)", err, b.Problems())
	}
	var got struct {
		Proposals []string
		Games     []struct {
			ID, Status, Lo, Hi, Steps string
			Left, Width               string
			Turn                      string
			Clocks                    []string
			Moves                     int
			Gas                       []string
			Result                    string
		}
	}
	err = b.Eval(ctx, `({
		proposals: Array.from(document.querySelectorAll("#proposals tbody tr"), (tr) => tr.textContent),
		games: Array.from(document.querySelectorAll("#games .game"), (g) => ({
			id: g.dataset.game, status: g.dataset.status, lo: g.dataset.lo, hi: g.dataset.hi, steps: g.dataset.steps,
			left: g.querySelector(".game-range").style.left, width: g.querySelector(".game-range").style.width,
			turn: (g.querySelector(".clock.turn") || {dataset: {}}).dataset.side || "",
			clocks: Array.from(g.querySelectorAll(".clock"), (c) => c.textContent),
			moves: g.querySelectorAll(".game-moves tbody tr").length,
			gas: Array.from(g.querySelectorAll(".game-moves tbody tr td:nth-child(5)"), (td) => td.textContent),
			result: (g.querySelector(".game-result") || {textContent: ""}).textContent,
		})),
	})`, &got)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Proposals) != 2 || !strings.Contains(got.Proposals[0], "rejected") || !strings.Contains(got.Proposals[1], "pending") {
		t.Fatalf("proposals drawn: %q", got.Proposals)
	}
	open, done := got.Games[0], got.Games[1]
	if open.ID != "1" || open.Status != "open" || open.Lo != "48" || open.Hi != "64" || open.Steps != "128" ||
		open.Left != "37.5%" || open.Width != "12.5%" || open.Turn != "challenger" || open.Moves != 3 || open.Result != "" {
		t.Fatalf("open game drawn: %+v", open)
	}
	if len(open.Clocks) != 2 || !strings.Contains(open.Clocks[0], "proposer 4:10") || !strings.HasPrefix(open.Clocks[1], "challenger 3:") {
		t.Fatalf("clocks: %q", open.Clocks)
	}
	if done.Status != "challenger-won" || done.Turn != "" || done.Moves != 4 || !strings.Contains(done.Result, "one-step") ||
		done.Gas[3] != "381,314" {
		t.Fatalf("finished game drawn: %+v", done)
	}
}

// fakeRollupWithGames is a rollup with two proposals and two games: one
// open (the challenger to move over [48, 64] of 128 steps), one won by the
// challenger at the one-step.
func fakeRollupWithGames() *Rollup {
	const now = 1_800_000_000
	move := func(op, side string, lo, hi, gas uint64) GameMove {
		return GameMove{Op: op, Side: side, Lo: lo, Hi: hi, Gas: gas, Tx: fmt.Sprintf("0x%064x", gas)}
	}
	return &Rollup{ChainID: 29045, RPC: "http://127.0.0.1:8547", Inbox: "0x" + strings.Repeat("ab", 20),
		Proposals: []Proposal{
			{ID: 2, Parent: 0, Batch: 3, StepsEnd: 128, StateRoot: "0x" + strings.Repeat("11", 32), Proposer: "0x" + strings.Repeat("22", 20), Status: "rejected", FinalizesAt: now + 10, Games: 1},
			{ID: 1, Parent: 0, Batch: 3, StepsEnd: 128, StateRoot: "0x" + strings.Repeat("33", 32), Proposer: "0x" + strings.Repeat("44", 20), Status: "pending", FinalizesAt: now + 50, Games: 1},
		},
		Games: []Game{
			{ID: 1, Proposal: 1, Proposer: "0x" + strings.Repeat("44", 20), Challenger: "0x" + strings.Repeat("55", 20), Status: "open", Turn: "challenger",
				Steps: 128, Lo: 48, Hi: 64, ClaimLo: "0x" + strings.Repeat("66", 32), ClaimHi: "0x" + strings.Repeat("77", 32),
				ProposerClock: 250, ChallengerClock: 200, Clock: 300, Now: now,
				Moves: []GameMove{move("challenge", "challenger", 0, 128, 173726), move("bisect", "proposer", 0, 128, 44134), move("choose", "challenger", 0, 64, 46079)}},
			{ID: 0, Proposal: 2, Proposer: "0x" + strings.Repeat("22", 20), Challenger: "0x" + strings.Repeat("55", 20), Status: "challenger-won",
				Steps: 128, Lo: 12, Hi: 13, ProposerClock: 280, ChallengerClock: 290, Clock: 300, Now: now,
				Moves: []GameMove{move("challenge", "challenger", 0, 128, 173726), move("bisect", "proposer", 0, 128, 44134),
					move("choose", "challenger", 12, 13, 46079), move("step", "proposer", 12, 13, 381314)},
				Result: "one-step: the proposer's claim after the step is wrong; the challenger wins"},
		}}
}
