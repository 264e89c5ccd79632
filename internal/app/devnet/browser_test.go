package devnet

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/internal/app/dashboard"
	"github.com/quire-da/quire/internal/app/dashboard/dashboardtest"
)

// TestDashboardBrowser loads a real devnet's dashboard in headless
// Chromium: the committee shows before any blob, then a blob posted to the
// disperser appears, certified on L1, and its square is drawn with every
// cell the light client sampled marked verified where the samples are.
func TestDashboardBrowser(t *testing.T) {
	path := dashboardtest.Require(t)
	cfg := DefaultConfig()
	cfg.Members, cfg.Threshold = 4, 3
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	cfg.Rollup = false // the page checks follow the test's own blobs
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() }) // runs after the browser's cleanup
	e := d.Endpoints()

	b, err := dashboardtest.Launch(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })

	// Before any blob: the committee, all online, and a live stream.
	if err := b.Navigate(ctx, e.Dashboard); err != nil {
		t.Fatal(err)
	}
	err = b.WaitFor(ctx, fmt.Sprintf(`document.querySelectorAll("#members tbody .dot.on").length === %d &&
		document.getElementById("live").classList.contains("on")`, cfg.Members))
	if err != nil {
		t.Fatal(err)
	}

	// A blob through the disperser; the page follows the newest blob.
	data := make([]byte, 40<<10)
	rand.Read(data)
	cl, err := client.New(e.Disperser)
	if err != nil {
		t.Fatal(err)
	}
	put, err := cl.Put(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	id := put.BlobID.String()
	t.Logf("blob %s, k %d, signers %v", id, put.K, put.Signers)

	// Wait until it is drawn with all of the light client's samples in and
	// its certify transaction shown.
	start := time.Now()
	err = b.WaitFor(ctx, fmt.Sprintf(`(() => {
		const c = document.getElementById("square");
		const row = document.querySelector('#blobs tbody tr[data-blob="%s"]');
		return c.dataset.blob === "%s" && Number(c.dataset.sampledOk) === %d &&
			row && row.cells[5].textContent !== "–";
	})()`, id, id, cfg.Samples))
	if err != nil {
		t.Fatalf("%v (page problems: %q)", err, b.Problems())
	}
	t.Logf("sampled and certified on the page %v after the put", time.Since(start).Round(time.Millisecond))

	v, err := b.ReadView(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("view: %+v", *v)
	if v.Rows != 2*int(put.K) || v.Cols != 128 || v.K != int(put.K) {
		t.Errorf("square %dx%d (k %d), want %dx128 (k %d)", v.Rows, v.Cols, v.K, 2*put.K, put.K)
	}
	if v.Samples != cfg.Samples || v.Sampled != cfg.Samples || v.SampledFailed != 0 {
		t.Errorf("page counts %d sampled (%d failed), the API lists %d samples; want %d, none failed",
			v.Sampled, v.SampledFailed, v.Samples, cfg.Samples)
	}
	if v.PixelsOK != cfg.Samples || v.MarkedOK != cfg.Samples || v.MarkedFailed != 0 {
		t.Errorf("canvas: %d samples drawn verified, %d cells marked verified, %d failed; want %d, %d, 0",
			v.PixelsOK, v.MarkedOK, v.MarkedFailed, cfg.Samples, cfg.Samples)
	}
	if v.MemberRows != cfg.Members || v.BlobRows < 1 {
		t.Errorf("tables show %d members, %d blobs", v.MemberRows, v.BlobRows)
	}

	// The row shows the certificate's signers and the L1 transaction.
	var cells []string
	err = b.Eval(ctx, fmt.Sprintf(`Array.from(document.querySelector('#blobs tbody tr[data-blob="%s"]').cells, (c) => c.textContent)`, id), &cells)
	if err != nil {
		t.Fatal(err)
	}
	wantSigners := strconv.Itoa(len(put.Signers)) + "/" + strconv.Itoa(cfg.Threshold)
	if len(cells) < 10 || cells[2] != "certified" || cells[3] != wantSigners || cells[4] == "–" || cells[6] == "–" {
		t.Errorf("blob row %q: want state certified, signers %s, gas, L1 tx and block", cells, wantSigners)
	}

	// Custody of member 1, as the devnet assigns it, and the screenshot.
	dashboardtest.CheckCustodyAndScreenshot(ctx, t, b, v, 1, cfg.Samples, "devnet-dashboard.png")
	if p := b.Problems(); len(p) > 0 {
		t.Errorf("the page reported problems: %q", p)
	}
}

// TestDashboardBrowserRollup loads the dashboard of a devnet running its
// bundled rollup: the rollup panel shows the sequencer's and the
// verifier's heads and the batches the verifier derived; a real mouse
// click on an older batch's blob ID draws that blob's square (not the
// newest blob's, which the page follows by default), with every cell the
// light client sampled marked verified; "follow newest" lets go of it.
func TestDashboardBrowserRollup(t *testing.T) {
	path := dashboardtest.Require(t)
	cfg := DefaultConfig()
	cfg.Members, cfg.Threshold = 4, 3
	cfg.L1Port, cfg.HTTPPort, cfg.DashboardPort, cfg.SamplerPort = 0, 0, 0, 0
	cfg.RollupPort, cfg.VerifierPort = 0, 0
	cfg.Rollup = true
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()

	d, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() }) // runs after the browser's cleanup
	e := d.Endpoints()
	if e.Rollup == nil {
		t.Fatal("devnet started without its rollup")
	}

	b, err := dashboardtest.Launch(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	if err := b.Navigate(ctx, e.Dashboard); err != nil {
		t.Fatal(err)
	}

	// The panel appears with at least two derived batches, and a square.
	start := time.Now()
	err = b.WaitFor(ctx, `!document.getElementById("rollup-panel").hidden &&
		document.querySelectorAll("#rollup-batches tbody tr").length >= 2 &&
		document.body.dataset.ready === "1"`)
	if err != nil {
		t.Fatalf("%v (page problems: %q)", err, b.Problems())
	}
	t.Logf("two batches on the page %v after it loaded", time.Since(start).Round(time.Millisecond))

	// The heads: L2 chain ID and JSON-RPC as the devnet reports them, the
	// sequencer's unsafe >= safe >= finalized, the verifier past the
	// batches it derived.
	var heads struct {
		Chain, RPC                              string
		Unsafe, Safe, Finalized, Derived, Queue string
		Batches                                 []struct {
			Index, Blob string
			Cells       []string
		}
		Drawn string
	}
	err = b.Eval(ctx, `(() => {
		const t = (id) => document.getElementById(id).textContent;
		return {
			chain: t("rollup-chain"), rpc: t("rollup-rpc"),
			unsafe: t("rollup-unsafe"), safe: t("rollup-safe"), finalized: t("rollup-finalized"),
			derived: t("rollup-derived"), queue: t("rollup-queue"),
			batches: Array.from(document.querySelectorAll("#rollup-batches tbody tr"), (tr) => ({
				index: tr.dataset.batch, blob: tr.dataset.blob, cells: Array.from(tr.cells, (c) => c.textContent),
			})),
			drawn: document.getElementById("square").dataset.blob,
		};
	})()`, &heads)
	if err != nil {
		t.Fatal(err)
	}
	num := func(what, s string) uint64 {
		n, err := strconv.ParseUint(strings.ReplaceAll(s, ",", ""), 10, 64)
		if err != nil {
			t.Fatalf("%s shows %q, not a number", what, s)
		}
		return n
	}
	unsafe, safe, final := num("unsafe", heads.Unsafe), num("safe", heads.Safe), num("finalized", heads.Finalized)
	derived := num("verifier", heads.Derived)
	num("queued", heads.Queue)
	if heads.Chain != "chain "+strconv.FormatUint(e.Rollup.ChainID, 10) || heads.RPC != e.Rollup.RPC {
		t.Errorf("panel shows %q, JSON-RPC %q; the devnet's rollup is chain %d at %s", heads.Chain, heads.RPC, e.Rollup.ChainID, e.Rollup.RPC)
	}
	if unsafe < safe || safe < final || safe == 0 {
		t.Errorf("heads unsafe %d, safe %d, finalized %d", unsafe, safe, final)
	}
	for i, row := range heads.Batches {
		if len(row.Cells) != 5 || row.Cells[0] != row.Index || !strings.HasPrefix(row.Blob, "0x") {
			t.Fatalf("batch row %d: %+v", i, row)
		}
		if last := num("last block", row.Cells[2]); last > derived {
			t.Errorf("batch %s ends at L2 block %d, past the verifier's head %d", row.Index, last, derived)
		}
		if i > 0 && num("batch", row.Index) >= num("batch", heads.Batches[i-1].Index) {
			t.Errorf("batches not newest first: %s after %s", row.Index, heads.Batches[i-1].Index)
		}
		if row.Cells[4] != "0" {
			t.Errorf("batch %s: %q members served bad data", row.Index, row.Cells[4])
		}
	}

	// The oldest batch listed whose blob is not the one drawn now.
	var target string
	for i := len(heads.Batches) - 1; i >= 0 && target == ""; i-- {
		if blob := heads.Batches[i].Blob; blob != heads.Drawn {
			target = blob
		}
	}
	if target == "" {
		t.Fatalf("every batch is the drawn blob %s", heads.Drawn)
	}
	det := getBlobDetail(ctx, t, e.Dashboard, target)

	// Click the batch's blob ID (with a retry: the panel redraws its rows
	// on every update, so a click can land on a row replaced meanwhile).
	cell := `#rollup-batches tbody tr[data-blob="` + target + `"] td:nth-child(2)`
	picked := fmt.Sprintf(`document.getElementById("square").dataset.blob === %q && !document.getElementById("follow").hidden`, target)
	if err := b.ClickUntil(ctx, cell, picked); err != nil {
		t.Fatalf("%v (page problems: %q)", err, b.Problems())
	}

	// Its square, with all of the light client's samples in, and its rows
	// marked as the drawn blob.
	err = b.WaitFor(ctx, fmt.Sprintf(`(() => {
		const c = document.getElementById("square");
		const row = document.querySelector('#rollup-batches tbody tr[data-blob="%s"]');
		return c.dataset.blob === "%s" && Number(c.dataset.sampledOk) === %d && row && row.classList.contains("selected");
	})()`, target, target, cfg.Samples))
	if err != nil {
		t.Fatalf("%v (page problems: %q)", err, b.Problems())
	}
	v, err := b.ReadView(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("batch blob %s drawn: %+v", target, *v)
	if v.Blob != target || v.Rows != det.Rows || v.Cols != det.Cols || v.K != det.K || v.Rows != 2*v.K {
		t.Errorf("drew %s as %dx%d (k %d); /api/blobs says %s is %dx%d (k %d)", v.Blob, v.Rows, v.Cols, v.K, target, det.Rows, det.Cols, det.K)
	}
	if v.Samples != cfg.Samples || v.PixelsOK != cfg.Samples || v.MarkedOK != cfg.Samples || v.MarkedFailed != 0 {
		t.Errorf("canvas: %d samples listed, %d drawn verified, %d cells marked verified, %d failed; want %d, %d, %d, 0",
			v.Samples, v.PixelsOK, v.MarkedOK, v.MarkedFailed, cfg.Samples, cfg.Samples, cfg.Samples)
	}
	var others int
	if err := b.Eval(ctx, `document.querySelectorAll("#rollup-batches tbody tr.selected").length`, &others); err != nil || others != 1 {
		t.Errorf("%d batch rows marked drawn, want 1 (%v)", others, err)
	}
	dashboardtest.CheckCustodyAndScreenshot(ctx, t, b, v, 1, cfg.Samples, "devnet-rollup.png")

	// "Follow newest" lets go of the batch.
	if err := b.Click(ctx, "#follow"); err != nil {
		t.Fatal(err)
	}
	if err := b.WaitFor(ctx, `document.getElementById("follow").hidden`); err != nil {
		t.Fatal(err)
	}
	if p := b.Problems(); len(p) > 0 {
		t.Errorf("the page reported problems: %q", p)
	}
}

// getBlobDetail reads /api/blobs/{id} from the dashboard.
func getBlobDetail(ctx context.Context, t *testing.T, base, id string) *dashboard.BlobDetail {
	t.Helper()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/api/blobs/"+id, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /api/blobs/%s: %s", id, res.Status)
	}
	var det dashboard.BlobDetail
	if err := json.NewDecoder(res.Body).Decode(&det); err != nil {
		t.Fatal(err)
	}
	return &det
}
