package devnet

import (
	"context"
	"crypto/rand"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/client"
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
