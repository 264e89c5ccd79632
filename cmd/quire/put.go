package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
)

func init() {
	register(command{
		name:    "put",
		summary: "post a file to a disperser and print its blob ID and certificate",
		run:     runPut,
	})
}

const putUsage = `usage: quire put FILE [--wait-l1] [--url URL] [--out RESULT.json] [--json]

Posts FILE ("-" for stdin) to the disperser's /v1/blobs and prints the blob
ID, the certificate and who signed it. With --wait-l1 the disperser also
submits the certificate to the committee contract and answers once the
transaction is mined. --out writes the whole answer (certificate and
header) as JSON, the form 'quire cert verify' reads. Files of 1 MiB or more
show a progress bar when stderr is a terminal (--quiet hides it).

The disperser URL comes from --url, else $QUIRE_DISPERSER, else
http://127.0.0.1:3100. Answers 429, 503 and 504 are retried with backoff.

flags:
`

// defaultDisperserURL is where put, get and cert find the disperser when
// neither a flag nor $QUIRE_DISPERSER says.
const defaultDisperserURL = "http://127.0.0.1:3100"

// maxPutFile bounds what put reads into memory; the disperser's own limit
// (31 MiB by default) is lower.
const maxPutFile = 256 << 20

// progressFrom is the size from which transfers show a progress bar (a
// variable so that tests can draw bars for small blobs).
var progressFrom = 1 << 20

func disperserURL(flagVal string) string {
	if flagVal != "" {
		return flagVal
	}
	if v := os.Getenv("QUIRE_DISPERSER"); v != "" {
		return v
	}
	return defaultDisperserURL
}

func runPut(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("put", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, putUsage)
		fs.PrintDefaults()
	}
	url := fs.String("url", "", "disperser `URL`")
	waitL1 := fs.Bool("wait-l1", false, "have the disperser certify on L1 and wait for the transaction")
	out := fs.String("out", "", "write the answer as JSON to `file`")
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	quiet := fs.Bool("quiet", false, "no progress bar")
	timeoutFlag := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	apiKey := fs.String("api-key", "", "the disperser's API key `token` (default $QUIRE_API_KEY)")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: put takes one FILE", errUsage)
	}
	data, err := readPutFile(pos[0])
	if err != nil {
		return err
	}
	if *apiKey == "" {
		*apiKey = os.Getenv("QUIRE_API_KEY")
	}
	var copts []client.Option
	if *apiKey != "" {
		copts = append(copts, client.WithAPIKey(*apiKey))
	}
	c, err := client.New(disperserURL(*url), copts...)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeoutFlag)
	defer cancel()
	var opts []client.CallOption
	if *waitL1 {
		opts = append(opts, client.WithL1(api.L1Wait))
	}
	var bar *progressBar
	if !*quiet && isTerminal(stderr) && len(data) >= progressFrom {
		bar = newProgressBar(stderr, "upload")
		opts = append(opts, client.WithProgress(bar.update))
	}
	res, err := c.Put(ctx, data, opts...)
	bar.finish()
	if err != nil && res == nil {
		return err
	}
	if *out != "" {
		b, merr := json.MarshalIndent(res, "", "  ")
		if merr != nil {
			return merr
		}
		if werr := writeFileAtomic(*out, append(b, '\n')); werr != nil {
			return werr
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if jerr := enc.Encode(res); jerr != nil {
			return jerr
		}
	} else {
		printPut(stdout, res)
	}
	return err // ErrL1Failed comes with a result
}

func printPut(w io.Writer, r *api.PutResult) {
	fmt.Fprintf(w, "blob         %s\n", r.BlobID)
	fmt.Fprintf(w, "commitment   %s\n", r.Commitment)
	fmt.Fprintf(w, "header hash  %s\n", r.HeaderHash)
	fmt.Fprintf(w, "certificate  %s\n", r.Certificate)
	fmt.Fprintf(w, "epoch        %d\n", r.Epoch)
	fmt.Fprintf(w, "size         %d bytes (k = %d)\n", r.Size, r.K)
	fmt.Fprintf(w, "signers      %d %v\n", len(r.Signers), r.Signers)
	if r.Duplicate {
		fmt.Fprintf(w, "duplicate    yes (certified earlier; not dispersed again)\n")
	} else {
		s := r.Stages
		fmt.Fprintf(w, "time         %.0f ms (encode %.0f, disperse %.0f, L1 %.0f)\n", s.TotalMS, s.EncodeMS, s.DisperseMS, s.L1MS)
	}
	if r.L1 != nil {
		fmt.Fprintf(w, "l1           %s %s", r.L1.Mode, r.L1.State)
		if r.L1.TxHash != "" {
			fmt.Fprintf(w, " tx %s block %d gas %d", r.L1.TxHash, r.L1.Block, r.L1.Gas)
		}
		if r.L1.Error != "" {
			fmt.Fprintf(w, ": %s", r.L1.Error)
		}
		fmt.Fprintln(w)
	}
}

func readPutFile(path string) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxPutFile+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxPutFile {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, maxPutFile)
	}
	return data, nil
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place, so a reader never sees half a file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return nil
}

// progressBar draws a one-line bar on a writer (stderr), redrawn at most
// ten times a second. A nil bar ignores everything.
type progressBar struct {
	w     io.Writer
	label string
	start time.Time

	mu    sync.Mutex
	last  time.Time
	drawn bool
	done  int64
	total int64
}

func newProgressBar(w io.Writer, label string) *progressBar {
	return &progressBar{w: w, label: label, start: time.Now()}
}

// update is a client.Progress.
func (p *progressBar) update(done, total int64) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done, p.total = done, total
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond || (total > 0 && done >= total) {
		p.last = now
		p.draw()
	}
}

func (p *progressBar) draw() {
	const width = 30
	mib := func(n int64) float64 { return float64(n) / (1 << 20) }
	rate := mib(p.done) / max(time.Since(p.start).Seconds(), 1e-3)
	if p.total > 0 {
		filled := int(int64(width) * min(p.done, p.total) / p.total)
		fmt.Fprintf(p.w, "\r%s [%s%s] %3d%% %.1f/%.1f MiB %.1f MiB/s", p.label,
			strings.Repeat("=", filled), strings.Repeat(" ", width-filled),
			100*min(p.done, p.total)/p.total, mib(p.done), mib(p.total), rate)
	} else {
		fmt.Fprintf(p.w, "\r%s %.1f MiB %.1f MiB/s", p.label, mib(p.done), rate)
	}
	p.drawn = true
}

// finish ends the bar's line.
func (p *progressBar) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		p.draw()
		fmt.Fprintln(p.w)
	}
}
