package dashboardtest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Require returns the path of a Chromium-family browser for a test. Without
// one it skips the test with a message saying how to install it, except
// under CI=true, where the tooling (make tools) installs chromium first and
// a missing browser fails the test.
func Require(t testing.TB) string {
	t.Helper()
	p, err := Find()
	if err == nil {
		return p
	}
	msg := "headless-browser test needs Chromium: " + err.Error() +
		"; `make tools` installs Debian's chromium package (as root), or set QUIRE_CHROMIUM"
	if os.Getenv("CI") == "true" {
		t.Fatal(msg + " (CI runs make tools first, so a missing browser is a failure here)")
	}
	t.Skip(msg)
	return ""
}

// View is what the dashboard page shows once a blob is drawn.
type View struct {
	Blob       string // data-blob of the square's canvas
	Rows, Cols int
	K          int
	CellW      int // cell size in CSS pixels
	CellH      int

	// What the page's legend and canvas attributes count.
	Sampled, SampledOK, SampledFailed int

	// What the canvas pixels show, checked against the blob's samples as
	// /api/blobs/{id} returns them: Samples is their number, PixelsOK and
	// PixelsFailed count the samples whose cell centre has the verified
	// (resp. failed) marker colour, and MarkedOK and MarkedFailed count
	// all cells of the square whose centre has that colour (equal to the
	// samples when cells are drawn large enough for markers not to
	// overlap, CellW and CellH >= 7).
	Samples                int
	PixelsOK, PixelsFailed int
	MarkedOK, MarkedFailed int

	MemberRows, BlobRows int  // rows in the members and blobs tables
	CanvasInView         bool // the whole square lies inside the viewport
	Live                 bool // the event stream is connected
}

// readViewJS reads the page; it runs inside the page, so it fetches the
// blob's samples from the same server the page uses.
const readViewJS = `(async () => {
  const c = document.getElementById("square");
  const ds = c.dataset;
  const res = await fetch("/api/blobs/" + ds.blob, {cache: "no-store"});
  if (!res.ok) throw new Error("GET /api/blobs/" + ds.blob + ": " + res.status);
  const d = await res.json();
  const cw = Number(ds.cellW), ch = Number(ds.cellH), dpr = Number(ds.dpr || 1);
  const css = getComputedStyle(document.documentElement);
  const rgb = (name) => {
    const v = css.getPropertyValue(name).trim();
    return [1, 3, 5].map((i) => parseInt(v.slice(i, i + 2), 16));
  };
  const okc = rgb("--ok"), badc = rgb("--bad");
  const img = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  const at = (row, col) => {
    const x = Math.floor((col * cw + cw / 2) * dpr), y = Math.floor((row * ch + ch / 2) * dpr);
    const i = (y * c.width + x) * 4;
    return [img[i], img[i + 1], img[i + 2]];
  };
  const near = (p, q) => p.every((v, i) => Math.abs(v - q[i]) <= 3);
  let pixOK = 0, pixBad = 0, markOK = 0, markBad = 0;
  for (const s of d.samples || []) {
    const p = at(s.row, s.col);
    if (s.ok && near(p, okc)) pixOK++;
    if (!s.ok && near(p, badc)) pixBad++;
  }
  for (let r = 0; r < d.rows; r++) for (let col = 0; col < d.cols; col++) {
    const p = at(r, col);
    if (near(p, okc)) markOK++;
    else if (near(p, badc)) markBad++;
  }
  const box = c.getBoundingClientRect();
  return {
    blob: ds.blob, rows: Number(ds.rows), cols: Number(ds.cols), k: Number(ds.k),
    cellW: cw, cellH: ch,
    sampled: Number(ds.sampled), sampledOK: Number(ds.sampledOk), sampledFailed: Number(ds.sampledFailed),
    legendOK: Number(document.getElementById("legend-ok").textContent),
    legendBad: Number(document.getElementById("legend-bad").textContent),
    samples: (d.samples || []).length, pixOK, pixBad, markOK, markBad,
    memberRows: document.querySelectorAll("#members tbody tr").length,
    blobRows: document.querySelectorAll("#blobs tbody tr").length,
    inView: box.top >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
    live: document.getElementById("live").classList.contains("on"),
  };
})()`

// ReadyExpr is true once the page has drawn a blob's square.
const ReadyExpr = `document.body.dataset.ready === "1"`

// Dashboard loads the dashboard at url, waits until it has drawn a blob
// (ctx bounds the wait) and reads what it shows.
func (b *Browser) Dashboard(ctx context.Context, url string) (*View, error) {
	if err := b.Navigate(ctx, url); err != nil {
		return nil, err
	}
	if err := b.WaitFor(ctx, ReadyExpr); err != nil {
		return nil, fmt.Errorf("%w (page problems: %s)", err, strings.Join(b.Problems(), "; "))
	}
	return b.ReadView(ctx)
}

// ReadView reads what the page shows now; the page must have drawn a blob.
func (b *Browser) ReadView(ctx context.Context) (*View, error) {
	var r struct {
		Blob                              string
		Rows, Cols, K                     int
		CellW, CellH                      int
		Sampled, SampledOK, SampledFailed int
		LegendOK, LegendBad               int
		Samples, PixOK, PixBad            int
		MarkOK, MarkBad                   int
		MemberRows, BlobRows              int
		InView, Live                      bool
	}
	if err := b.Eval(ctx, readViewJS, &r); err != nil {
		return nil, err
	}
	if r.LegendOK != r.SampledOK || r.LegendBad != r.SampledFailed {
		return nil, fmt.Errorf("dashboardtest: the legend shows %d verified and %d failed, the canvas attributes %d and %d",
			r.LegendOK, r.LegendBad, r.SampledOK, r.SampledFailed)
	}
	return &View{
		Blob: r.Blob, Rows: r.Rows, Cols: r.Cols, K: r.K, CellW: r.CellW, CellH: r.CellH,
		Sampled: r.Sampled, SampledOK: r.SampledOK, SampledFailed: r.SampledFailed,
		Samples: r.Samples, PixelsOK: r.PixOK, PixelsFailed: r.PixBad,
		MarkedOK: r.MarkOK, MarkedFailed: r.MarkBad,
		MemberRows: r.MemberRows, BlobRows: r.BlobRows, CanvasInView: r.InView, Live: r.Live,
	}, nil
}

// PinMember clicks member index in the members table with a real mouse
// click, waits until the square shows that member, and returns how many
// columns the square tints as its custody, and how many columns list it in
// the blob's custody as /api/blobs/{id} returns it. The member must not be
// pinned already (a click toggles the pin).
func (b *Browser) PinMember(ctx context.Context, index int) (shown, want int, err error) {
	row := fmt.Sprintf(`#members tbody tr[data-member="%d"]`, index)
	// A click that found no row (the table is redrawn on live updates)
	// changed nothing and is tried again; one that was sent is not, since
	// a second one would unpin.
	for attempt := 1; ; attempt++ {
		err = b.Click(ctx, row)
		if err == nil || attempt == 3 || ctx.Err() != nil {
			break
		}
	}
	if err != nil {
		return 0, 0, err
	}
	if err := b.WaitFor(ctx, fmt.Sprintf(`document.getElementById("square").dataset.member === "%d"`, index)); err != nil {
		return 0, 0, err
	}
	js := fmt.Sprintf(`(async () => {
  const c = document.getElementById("square");
  const d = await (await fetch("/api/blobs/" + c.dataset.blob, {cache: "no-store"})).json();
  const want = (d.custody || []).filter((col) => (col || []).includes(%d)).length;
  return [c.dataset.member === "%d" ? Number(c.dataset.custodyCols) : -1, want];
})()`, index, index)
	var r [2]int
	if err := b.Eval(ctx, js, &r); err != nil {
		return 0, 0, err
	}
	return r[0], r[1], nil
}

// ErrBlankImage is returned by CheckPNG for an image of one flat colour.
var ErrBlankImage = errors.New("dashboardtest: image is one flat colour")

// CheckPNG decodes a PNG and checks that it is at least minW x minH and not
// blank: it needs at least 16 distinct colours. It returns the image.
func CheckPNG(data []byte, minW, minH int) (image.Image, error) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("dashboardtest: decoding the screenshot: %w", err)
	}
	bd := img.Bounds()
	if bd.Dx() < minW || bd.Dy() < minH {
		return nil, fmt.Errorf("dashboardtest: screenshot is %dx%d, want at least %dx%d", bd.Dx(), bd.Dy(), minW, minH)
	}
	colors := map[color.RGBA]bool{}
	for y := bd.Min.Y; y < bd.Max.Y && len(colors) < 16; y += 3 {
		for x := bd.Min.X; x < bd.Max.X && len(colors) < 16; x += 3 {
			colors[color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)] = true
		}
	}
	if len(colors) < 16 {
		return nil, fmt.Errorf("%w: %d distinct colours", ErrBlankImage, len(colors))
	}
	return img, nil
}

// CountColor counts the pixels of img within tol of c in every channel.
func CountColor(img image.Image, c color.RGBA, tol int) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			p := color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
			if absDiff(p.R, c.R) <= tol && absDiff(p.G, c.G) <= tol && absDiff(p.B, c.B) <= tol {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

// SaveScreenshot writes a PNG to $QUIRE_SCREENSHOT_DIR (created if needed)
// or else to the test's temporary directory, logs and returns the path.
func SaveScreenshot(t testing.TB, name string, data []byte) string {
	t.Helper()
	dir := os.Getenv("QUIRE_SCREENSHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", p, len(data))
	return p
}

// verifiedColour is the dashboard's --ok colour, which marks verified
// samples.
var verifiedColour = color.RGBA{0x1f, 0x9d, 0x48, 0xff}

// CheckCustodyAndScreenshot pins member and checks that the square tints
// exactly its custody columns, then takes a screenshot, checks that it is
// a real PNG of at least 1400x1000 pixels, saves it as name
// (SaveScreenshot) and, when the square is in view, checks that it holds
// at least okSamples verified markers: each is (cell - 3)^2 pixels of the
// verified colour. Failures are reported on t.
func CheckCustodyAndScreenshot(ctx context.Context, t testing.TB, b *Browser, v *View, member, okSamples int, name string) {
	t.Helper()
	shown, want, err := b.PinMember(ctx, member)
	if err != nil {
		t.Fatal(err)
	}
	if shown != want || want == 0 {
		t.Errorf("member %d: %d columns tinted, its custody has %d", member, shown, want)
	}
	png, err := b.Screenshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	img, err := CheckPNG(png, 1400, 1000)
	if err != nil {
		t.Fatal(err)
	}
	SaveScreenshot(t, name, png)
	if !v.CanvasInView {
		return
	}
	green := CountColor(img, verifiedColour, 3)
	if side := min(v.CellW, v.CellH) - 3; green < okSamples*side*side {
		t.Errorf("screenshot has %d pixels of the verified colour, want at least %d", green, okSamples*side*side)
	}
}
