package devnet

import (
	"bytes"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/sampler"
)

// ErrDemoFailed is returned by RunDemo, with the report, when a check of
// the scenario failed.
var ErrDemoFailed = errors.New("devnet: demo failed")

// Report is what RunDemo did and saw.
type Report struct {
	Members     int          `json:"members"`
	Threshold   int          `json:"threshold"`
	Replication int          `json:"replication"`
	ChainID     uint64       `json:"chain_id"`
	Contract    string       `json:"contract"`
	Blobs       []BlobReport `json:"blobs"`
	Stopped     int          `json:"stopped_member"` // -1 when no member was stopped
	// Storage is what each member held, live, once the blobs before the
	// stop were stored: hot tier (custody cells and proofs) and archive
	// shards, against StoredBytes, the bytes of those blobs.
	Storage []MemberStorage `json:"storage"`
	// Rollup is what the bundled rollup's part of the demo did.
	Rollup *RollupReport `json:"rollup,omitempty"`
	// Game is the fault-proof part: a dishonest proposer's output beaten
	// by the challenger.
	Game        *GameReport `json:"game,omitempty"`
	StoredBytes int64       `json:"stored_bytes"`
	// RollupBatches is how many of the stored blobs were the rollup's
	// batches (small blobs: padding weighs more in their ratio).
	RollupBatches int           `json:"rollup_batches"`
	Elapsed       time.Duration `json:"elapsed"`
	// Failures lists every check that failed; empty when the demo passed.
	Failures []string `json:"failures"`
}

// MemberStorage is one member's store.
type MemberStorage struct {
	Member       int   `json:"member"`
	Blobs        int   `json:"blobs"`
	HotBytes     int64 `json:"hot_bytes"`
	ArchiveBytes int64 `json:"archive_bytes"`
}

// BlobReport is one blob's trip through the network.
type BlobReport struct {
	Size      int        `json:"size"`
	ID        dac.BlobID `json:"blob_id"`
	K         int        `json:"k"`
	AfterStop bool       `json:"after_stop"` // put with a member stopped
	// Stage times from the disperser (encode; first byte sent to the t-th
	// valid signature; request to certificate), then the time from the
	// certificate to its certify transaction being mined, and the light
	// client's time from the start of sampling to its verdict.
	EncodeMS   float64 `json:"encode_ms"`
	DisperseMS float64 `json:"disperse_ms"`
	TotalMS    float64 `json:"total_ms"`
	L1MS       float64 `json:"l1_ms"`
	SampleMS   float64 `json:"sample_ms"`
	Signers    []int   `json:"signers"`
	// CertOK: the certificate verifies off-chain against the epoch's keys
	// and threshold.
	CertOK bool `json:"cert_ok"`
	// L1Certified: the contract records the blob, under the certified
	// header hash.
	L1Certified bool    `json:"l1_certified"`
	L1Tx        string  `json:"l1_tx,omitempty"`
	L1Block     uint64  `json:"l1_block,omitempty"`
	Gas         uint64  `json:"gas"`
	Sampling    string  `json:"sampling"`
	Confidence  float64 `json:"confidence"`
	// Retrieved: GET /v1/blobs/{id} returned exactly the bytes put.
	Retrieved bool   `json:"retrieved"`
	Err       string `json:"error,omitempty"`
}

// OK reports whether every check passed.
func (r *Report) OK() bool { return len(r.Failures) == 0 }

// RunDemo runs the demo scenario on the devnet and writes its progress and
// a report for a person to w: it puts a blob of each of Config.DemoSizes
// through the disperser's HTTP API, waits for its certificate and for the
// certify transaction, checks the certificate off-chain and the contract's
// record, waits for the light client's verdict, reads the blob back and
// compares the bytes; then it stops one member and puts one more blob,
// which must still be certified, sampled and retrieved. Failed checks are
// listed in the report and returned as ErrDemoFailed; other errors (ctx
// ending) stop the scenario.
func (d *Devnet) RunDemo(ctx context.Context, w io.Writer) (*Report, error) {
	start := time.Now()
	r := &Report{Members: len(d.members), Threshold: d.cfg.Threshold, Replication: d.cfg.Replication,
		ChainID: d.chain.chainID, Contract: d.contract.Address().Hex(), Stopped: -1}
	cl, err := client.New(d.dispURL, client.WithAttempts(3))
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "quire devnet demo: %d members, threshold %d, replication %d, chain %d, committee %s\n\n",
		r.Members, r.Threshold, r.Replication, r.ChainID, r.Contract)

	for _, size := range d.cfg.DemoSizes {
		b, err := d.demoBlob(ctx, w, cl, size, false)
		if err != nil {
			return nil, err
		}
		r.add(b)
	}

	d.storage(ctx, r)

	// One member goes away; t of the others still certify.
	stop := len(d.members) - 1
	fmt.Fprintf(w, "stopping member %d (%s)\n", stop, d.members[stop].peer)
	if _, err := d.StopMember(stop); err != nil {
		return nil, err
	}
	r.Stopped = stop
	if st, _ := d.source.State(ctx); st == nil || st.Members[stop].Online {
		r.Failures = append(r.Failures, fmt.Sprintf("member %d still shown online after it stopped", stop))
	}
	size := 64 << 10
	if len(d.cfg.DemoSizes) > 0 {
		size = min(d.cfg.DemoSizes[0]*64, 256<<10, int(d.cfg.MaxBlobSize))
	}
	b, err := d.demoBlob(ctx, w, cl, size, true)
	if err != nil {
		return nil, err
	}
	for _, s := range b.Signers {
		if s == stop {
			b.Err = fmt.Sprintf("the stopped member %d is listed as a signer", stop)
		}
	}
	r.add(b)

	if d.rollup != nil {
		gr, err := d.demoGame(ctx, w)
		if err != nil {
			r.Failures = append(r.Failures, "rollup: the dishonest proposer: "+err.Error())
		}
		rr, err := d.demoRollup(ctx, w, 200)
		if err != nil {
			r.Failures = append(r.Failures, err.Error())
		} else {
			r.Rollup = rr
			if !rr.RootsEqual {
				r.Failures = append(r.Failures, "rollup: the verifier's roots differ from the sequencer's")
			}
		}
		if gr != nil {
			if err := d.finishGame(ctx, w, gr); err != nil {
				r.Failures = append(r.Failures, "rollup: fault proof: "+err.Error())
			}
			r.Game = gr
		}
	}
	r.Elapsed = time.Since(start)
	fmt.Fprintln(w)
	r.WriteText(w)
	if !r.OK() {
		return r, fmt.Errorf("%w: %s", ErrDemoFailed, strings.Join(r.Failures, "; "))
	}
	return r, nil
}

// storage records every member's store once the blobs put so far are
// stored everywhere (members still uploading when a certificate came out
// finish in the background; wait a little for them).
func (d *Devnet) storage(ctx context.Context, r *Report) {
	r.StoredBytes = 0
	for _, b := range r.Blobs {
		r.StoredBytes += int64(b.Size)
	}
	// The rollup's sequencer posts a batch blob every few seconds from
	// the start: those are stored too.
	if d.rollup != nil {
		st := d.rollup.seq.Stats()
		r.RollupBatches, r.StoredBytes = st.Batches, r.StoredBytes+int64(st.BlobBytes)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		r.Storage = r.Storage[:0]
		complete := true
		for i, m := range d.members {
			m.mu.RLock()
			n := m.node
			m.mu.RUnlock()
			if n == nil {
				continue
			}
			st, err := n.Stats()
			if err != nil {
				continue
			}
			complete = complete && st.ArchiveShards >= len(r.Blobs)
			r.Storage = append(r.Storage, MemberStorage{Member: i, Blobs: st.Blobs, HotBytes: st.HotBytes, ArchiveBytes: st.ArchiveBytes})
		}
		if complete {
			return
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			r.Failures = append(r.Failures, fmt.Sprintf("not every member holds an archive shard of each of the %d blobs", len(r.Blobs)))
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// add records b and the checks it failed.
func (r *Report) add(b BlobReport) {
	r.Blobs = append(r.Blobs, b)
	name := humanSize(b.Size)
	if b.AfterStop {
		name += " (member stopped)"
	}
	fail := func(what string) { r.Failures = append(r.Failures, fmt.Sprintf("%s blob %s: %s", name, b.ID, what)) }
	switch {
	case b.Err != "":
		fail(b.Err)
	case !b.CertOK:
		fail("certificate does not verify")
	case !b.L1Certified:
		fail("not certified on L1")
	case b.Sampling != sampler.StatusAvailable.String():
		fail("sampling " + b.Sampling)
	case !b.Retrieved:
		fail("retrieved bytes differ")
	}
}

// demoTimeout bounds each wait of one demo blob.
const demoTimeout = 3 * time.Minute

// demoBlob puts size random bytes and follows them through certificate,
// L1, sampling and retrieval. Check failures end up in the report; the
// error is for ctx ending.
func (d *Devnet) demoBlob(ctx context.Context, w io.Writer, cl *client.Client, size int, afterStop bool) (BlobReport, error) {
	b := BlobReport{Size: size, AfterStop: afterStop, Signers: []int{}}
	data := make([]byte, size)
	rand.Read(data)
	fmt.Fprintf(w, "put %s: ", humanSize(size))
	pctx, cancel := context.WithTimeout(ctx, demoTimeout)
	res, err := cl.Put(pctx, data)
	cancel()
	if err != nil {
		fmt.Fprintf(w, "FAILED: %v\n", err)
		b.Err = "put: " + err.Error()
		return b, ctx.Err()
	}
	certAt := time.Now()
	b.ID, b.K, b.Signers = res.BlobID, int(res.K), res.Signers
	b.EncodeMS, b.DisperseMS, b.TotalMS = res.Stages.EncodeMS, res.Stages.DisperseMS, res.Stages.TotalMS
	fmt.Fprintf(w, "blob %s (k=%d) certified by %d members in %.0f ms", b.ID, b.K, len(b.Signers), b.TotalMS)
	cert, err := res.DecodeCertificate()
	if err == nil {
		err = d.verifyCertificate(ctx, cert)
	}
	b.CertOK = err == nil
	if err != nil {
		fmt.Fprintf(w, "; certificate: %v", err)
	}
	fmt.Fprintln(w)

	// The certify transaction (the disperser sends it in the background).
	l1, err := waitFor(ctx, demoTimeout, func() (*api.L1Status, bool, error) {
		st, err := cl.Status(ctx, b.ID)
		if err != nil || st.L1 == nil || st.L1.State == api.L1Pending {
			return nil, false, nil
		}
		return st.L1, true, nil
	})
	switch {
	case err != nil:
		b.Err = "waiting for L1: " + err.Error()
	case l1.State != api.L1Confirmed:
		b.Err = "certify on L1 failed: " + l1.Error
	default:
		b.L1MS = ms(time.Since(certAt))
		b.L1Tx, b.L1Block, b.Gas = l1.TxHash, l1.Block, l1.Gas
		rec, ok, err := d.contract.Certification(ctx, b.ID)
		b.L1Certified = err == nil && ok && rec.HeaderHash == res.HeaderHash
		fmt.Fprintf(w, "    certified on L1: block %d, tx %s, gas %d (%.0f ms after the certificate)\n", b.L1Block, b.L1Tx, b.Gas, b.L1MS)
	}
	if ctx.Err() != nil {
		return b, ctx.Err()
	}

	// The light client hears of it from gossip or L1 and samples it.
	ls, err := waitFor(ctx, demoTimeout, func() (*lightVerdict, bool, error) {
		st, ok := d.light.Status(b.ID)
		if !ok || !st.Status.Final() {
			return nil, false, nil
		}
		return &lightVerdict{status: st.Status.String(), confidence: st.Confidence, ms: st.Millis, verified: st.Verified,
			reason: st.Reason}, true, nil
	})
	if err != nil {
		b.Sampling = "not decided: " + err.Error()
	} else {
		b.Sampling, b.Confidence, b.SampleMS = ls.status, ls.confidence, ls.ms
		fmt.Fprintf(w, "    sampled by the light client: %s, %d cells verified, confidence %.4f%% (%.0f ms)%s\n",
			strings.ToUpper(ls.status), ls.verified, 100*ls.confidence, ls.ms, reason(ls.reason))
	}
	if ctx.Err() != nil {
		return b, ctx.Err()
	}

	gctx, cancel := context.WithTimeout(ctx, demoTimeout)
	got, err := cl.Get(gctx, b.ID)
	cancel()
	b.Retrieved = err == nil && bytes.Equal(got, data)
	switch {
	case err != nil:
		fmt.Fprintf(w, "    retrieve: FAILED: %v\n", err)
	case b.Retrieved:
		fmt.Fprintf(w, "    retrieved %d bytes: identical\n", len(got))
	default:
		fmt.Fprintf(w, "    retrieved %d bytes: DIFFERENT from the %d put\n", len(got), len(data))
	}
	return b, ctx.Err()
}

type lightVerdict struct {
	status     string
	confidence float64
	ms         float64
	verified   int
	reason     string
}

func reason(s string) string {
	if s == "" {
		return ""
	}
	return " (" + s + ")"
}

// waitFor polls check every 50 ms until it is done, fails, or timeout or
// ctx ends.
func waitFor[T any](ctx context.Context, timeout time.Duration, check func() (T, bool, error)) (T, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	t := time.NewTicker(50 * time.Millisecond)
	defer t.Stop()
	for {
		v, done, err := check()
		if err != nil || done {
			return v, err
		}
		select {
		case <-ctx.Done():
			var zero T
			return zero, ctx.Err()
		case <-t.C:
		}
	}
}

// verifyCertificate checks cert against its epoch's committee on L1.
func (d *Devnet) verifyCertificate(ctx context.Context, cert *dac.Certificate) error {
	ec, err := d.contract.Committee(ctx, cert.Epoch)
	if err != nil {
		return err
	}
	return cert.Verify(ec.Keys(), ec.Threshold, d.chain.chainID, d.contract.Address())
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// humanSize writes a byte count the way a person reads it.
func humanSize(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// WriteText writes the report as a table for a person.
func (r *Report) WriteText(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "size\tk\tencode ms\tdisperse ms\ttotal ms\tL1 ms\tgas\tsigners\tsampling\tconfidence\tsample ms\tretrieved\t")
	for _, b := range r.Blobs {
		size := humanSize(b.Size)
		if b.AfterStop {
			size = "*" + size
		}
		retrieved := "identical"
		if !b.Retrieved {
			retrieved = "FAILED"
		}
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%.0f\t%.0f\t%d\t%d/%d\t%s\t%.4f%%\t%.0f\t%s\t\n", size, b.K, b.EncodeMS, b.DisperseMS,
			b.TotalMS, b.L1MS, b.Gas, len(b.Signers), r.Members, b.Sampling, 100*b.Confidence, b.SampleMS, retrieved)
	}
	tw.Flush()
	if r.Stopped >= 0 {
		fmt.Fprintf(w, "* put with member %d stopped\n", r.Stopped)
	}
	if len(r.Storage) > 0 && r.StoredBytes > 0 {
		var hot, archive int64
		for _, m := range r.Storage {
			hot += m.HotBytes
			archive += m.ArchiveBytes
		}
		n := int64(len(r.Storage))
		fmt.Fprintf(w, "\nstorage per member for the %s put before the stop (with the rollup's %d batch blobs):\n"+
			"  hot tier %s: %.2fx the bytes (4r/n = %.2f, plus row padding and proofs), kept for the sampling window\n"+
			"  archive  %s: %.3fx the bytes (1/k_a = 1/%d), kept for a year\n",
			humanSize(int(r.StoredBytes)), r.RollupBatches, humanSize(int(hot/n)), float64(hot)/float64(n*r.StoredBytes),
			float64(4*r.Replication)/float64(r.Members),
			humanSize(int(archive/n)), float64(archive)/float64(n*r.StoredBytes), r.Threshold)
	}
	if g := r.Game; g != nil && g.ChallengerWon {
		fmt.Fprintf(w, "\nfault proof: the dishonest output (proposal %d) lost game %d (%d moves, %s); gas: dishonest proposer %d, challenger %d\n",
			g.Proposal, g.Game, len(g.Moves), g.Result, g.ProposerGas, g.ChallengerGas)
	}
	if r.OK() {
		fmt.Fprintf(w, "\nOK: every blob certified (off-chain and on L1), sampled AVAILABLE and read back identical, also with a member down (%.1f s)\n", r.Elapsed.Seconds())
		return
	}
	fmt.Fprintf(w, "\nFAILED (%d):\n", len(r.Failures))
	for _, f := range r.Failures {
		fmt.Fprintf(w, "  - %s\n", f)
	}
}
