package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	mrand "math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/disperser/dispersertest"
	"github.com/quire-da/quire/dac/p2p"
)

// lockedBuffer is a bytes.Buffer safe to read while a command writes it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

func randomFile(t *testing.T, dir string, n int) (string, []byte) {
	r := mrand.New(mrand.NewPCG(uint64(n), 7))
	data := make([]byte, n)
	for i := range data {
		data[i] = byte(r.Uint32())
	}
	p := filepath.Join(dir, "blob.bin")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p, data
}

// TestPutGetCertVerify runs put (with --wait-l1), get and the certificate
// check against a committee on a simulated L1.
func TestPutGetCertVerify(t *testing.T) {
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3, L1: true})
	dir := t.TempDir()
	// Bars from 64 KiB on, so a one-row blob shows them (under -race a
	// blob past the real 1 MiB threshold costs half a minute to encode).
	defer func(old int) { progressFrom = old }(progressFrom)
	progressFrom = 64 << 10
	defer func(old func(io.Writer) bool) { isTerminal = old }(isTerminal)
	isTerminal = func(io.Writer) bool { return true }
	file, data := randomFile(t, dir, 100_000)
	result := filepath.Join(dir, "result.json")

	var out, errOut bytes.Buffer
	if code := run([]string{"put", file, "--url", e.URL, "--wait-l1", "--out", result}, &out, &errOut); code != 0 {
		t.Fatalf("put: exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(errOut.String(), "upload [") || !strings.Contains(errOut.String(), "100%") {
		t.Errorf("no progress bar on stderr: %q", errOut.String())
	}
	m := regexp.MustCompile(`blob\s+(0x[0-9a-f]{64})`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("no blob ID in %q", out.String())
	}
	if !strings.Contains(out.String(), "l1           wait confirmed tx 0x") {
		t.Errorf("no confirmed L1 submission in %q", out.String())
	}

	back := filepath.Join(dir, "back.bin")
	out.Reset()
	errOut.Reset()
	if code := run([]string{"get", m[1], "-o", back, "--url", e.URL}, &out, &errOut); code != 0 {
		t.Fatalf("get: exit %d: %s", code, errOut.String())
	}
	got, err := os.ReadFile(back)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("get wrote %d bytes, not the file (%v)", len(got), err)
	}
	if !strings.Contains(errOut.String(), "download [") {
		t.Errorf("no progress bar on stderr: %q", errOut.String())
	}

	// The certificate, checked against the contract's committee.
	ctx := context.Background()
	in, err := readCertInput(result)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := verifyCertificate(ctx, e.Sim.Client(), e.Contract.Address(), in, true)
	if err != nil || !rep.Valid || rep.OnChain != "valid" || rep.BlobID == nil || rep.BlobID.String() != m[1] {
		t.Fatalf("verify = %+v, %v", rep, err)
	}
	var buf bytes.Buffer
	printCertReport(&buf, rep)
	if !strings.Contains(buf.String(), "certificate  valid") {
		t.Fatalf("report: %s", buf.String())
	}
	// The same certificate as bare hex verifies too.
	hexIn, err := readCertInput(in.cert.Signature.String())
	if err == nil {
		t.Fatalf("a signature parsed as a certificate: %+v", hexIn)
	}
	text, _ := in.cert.MarshalText()
	hexIn, err = readCertInput(string(text))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := verifyCertificate(ctx, e.Sim.Client(), e.Contract.Address(), hexIn, false); err != nil {
		t.Fatalf("hex certificate: %v", err)
	}

	// Tampered: another header hash, signers below the threshold, a
	// header that is not the certificate's, an epoch with no committee.
	tamper := func(f func(in *certInput)) *certInput {
		c := *in.cert
		cp := &certInput{cert: &c, header: in.header}
		f(cp)
		return cp
	}
	cases := map[string]*certInput{
		"other header hash": tamper(func(in *certInput) { in.cert.HeaderHash[0] ^= 1; in.header = nil }),
		"below threshold": tamper(func(in *certInput) {
			bm, _ := dac.NewBitmap(in.cert.Signers.Len())
			bm.Set(in.cert.Signers.Indexes()[0])
			in.cert.Signers = bm
		}),
		"wrong header": tamper(func(in *certInput) {
			h := *in.header
			h.Core.Expiry++
			in.header = &h
		}),
		"unknown epoch": tamper(func(in *certInput) { in.cert.Epoch = 99 }),
	}
	for name, bad := range cases {
		t.Run(name, func(t *testing.T) {
			rep, err := verifyCertificate(ctx, e.Sim.Client(), e.Contract.Address(), bad, true)
			if !errors.Is(err, errCertInvalid) || rep == nil || rep.Valid || rep.Reason == "" {
				t.Fatalf("verify = %+v, %v; want invalid", rep, err)
			}
		})
	}
}

// TestDisperserCommand starts 'quire disperser' from a config file with a
// static committee and pushes a blob through it.
func TestDisperserCommand(t *testing.T) {
	e := dispersertest.New(t, dispersertest.Options{Members: 4, Threshold: 3})
	dir := t.TempDir()
	idFile := filepath.Join(dir, "identity.key")
	if err := p2p.WriteIdentity(idFile, e.DisperserKey); err != nil {
		t.Fatal(err)
	}
	conf := map[string]any{
		"chain_id":          dispersertest.ChainID,
		"committee_address": p2p.Address(e.Address).String(),
		"http_addr":         "127.0.0.1:0",
		"listen":            []string{"/ip4/127.0.0.1/tcp/0"},
		"identity_key_file": idFile,
		"log_level":         "warn",
		"committee":         map[string]any{"source": "static", "static": e.Committee.StaticConfig()},
	}
	// The key comes from the command that makes keys.
	var keyOut bytes.Buffer
	if err := runAPIKey([]string{"--name", "test-rollup", "--bytes-per-day", "1000000"}, &keyOut, io.Discard); err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`token: (\S+)\nconfig entry \(auth.keys\): (\{.*\})`).FindStringSubmatch(keyOut.String())
	if m == nil {
		t.Fatalf("api-key printed %q", keyOut.String())
	}
	var entry map[string]any
	if err := json.Unmarshal([]byte(m[2]), &entry); err != nil {
		t.Fatal(err)
	}
	conf["auth"] = map[string]any{"keys": []any{entry}}
	b, _ := json.Marshal(conf)
	confFile := filepath.Join(dir, "disperser.json")
	if err := os.WriteFile(confFile, b, 0o600); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errOut lockedBuffer
	done := make(chan error, 1)
	go func() { done <- runDisperser(ctx, []string{"--config", confFile}, &out, &errOut) }()
	var url string
	for deadline := time.Now().Add(30 * time.Second); url == ""; {
		if m := regexp.MustCompile(`listening on (http://\S+)`).FindStringSubmatch(out.String()); m != nil {
			url = m[1]
		}
		select {
		case err := <-done:
			t.Fatalf("disperser exited: %v\n%s", err, errOut.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatal("the disperser did not start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	rctx, rcancel := context.WithTimeout(ctx, 3*time.Minute)
	defer rcancel()
	anon, err := client.New(url, client.WithAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	var ae *api.Error
	if _, err := anon.Put(rctx, []byte("no key")); !errors.As(err, &ae) || ae.Code != api.CodeUnauthorized {
		t.Fatalf("upload without a key: %v", err)
	}
	c, err := client.New(url, client.WithAPIKey(m[1]))
	if err != nil {
		t.Fatal(err)
	}
	h, err := c.Health(rctx)
	if err != nil || h.Members != 4 || h.Threshold != 3 {
		t.Fatalf("health = %+v, %v", h, err)
	}
	data := []byte("through the command")
	res, err := c.Put(rctx, data)
	if err != nil {
		t.Fatal(err)
	}
	if back, err := c.Get(rctx, res.BlobID); err != nil || !bytes.Equal(back, data) {
		t.Fatalf("get: %v", err)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("disperser returned %v", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("the disperser did not stop")
	}
}

func TestClientCommandErrors(t *testing.T) {
	dir := t.TempDir()
	conf := filepath.Join(dir, "bad.json")
	os.WriteFile(conf, []byte(`{"chain_id": 1, "no_such_field": true}`), 0o600)
	noL1Key := filepath.Join(dir, "nokey.json")
	os.WriteFile(noL1Key, []byte(`{"chain_id": 1, "auth": {"open": true}, "l1_mode": "wait", "committee": {"source": "static", "static": {"epoch": 1}}}`), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"put without file", []string{"put"}, 2, "one FILE"},
		{"put missing file", []string{"put", filepath.Join(dir, "none")}, 1, "no such file"},
		{"put bad url", []string{"put", conf, "--url", "ftp://x"}, 2, "base URL"},
		{"put unreachable", []string{"put", conf, "--url", "http://127.0.0.1:1", "--timeout", "2s"}, 1, "127.0.0.1:1"},
		{"get without --out", []string{"get", (dac.BlobID{}).String()}, 2, "--out FILE"},
		{"get bad id", []string{"get", "0x1234", "-o", "x"}, 2, "neither a blob ID"},
		{"cert without verify", []string{"cert"}, 2, "verify"},
		{"cert bad input", []string{"cert", "verify", "nothex"}, 2, "certificate"},
		{"cert no committee", []string{"cert", "verify", "0x01"}, 2, "certificate"},
		{"disperser without config", []string{"disperser"}, 2, "--config"},
		{"disperser unknown field", []string{"disperser", "--config", conf}, 2, "no_such_field"},
		{"disperser l1 without key", []string{"disperser", "--config", noL1Key}, 2, "needs l1_key_file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := run(tt.args, &out, &errOut); code != tt.code {
				t.Fatalf("exit %d, want %d: %s", code, tt.code, errOut.String())
			}
			if !strings.Contains(errOut.String(), tt.err) {
				t.Fatalf("stderr %q does not mention %q", errOut.String(), tt.err)
			}
		})
	}
	// The Alt-DA commitment form of a blob ID is accepted by get.
	id := dac.BlobID{5}
	if got, err := parseBlobRef(api.NewCommitment(id).String()); err != nil || got != id {
		t.Fatalf("parseBlobRef(commitment) = %v, %v", got, err)
	}
}

// FuzzParseCertText: certificate documents come from users. No input
// panics; whatever parses re-encodes to a certificate that parses to the
// same value.
func FuzzParseCertText(f *testing.F) {
	f.Add(`{"certificate":"0x01","header":"0x01"}`)
	f.Add(`0x01` + strings.Repeat("00", 32+8) + "c0" + strings.Repeat("00", 47) + "0004" + "0f")
	f.Add(`{"certificate":"zz"}`)
	f.Add(`{}`)
	f.Fuzz(func(t *testing.T, s string) {
		in, err := parseCertText("fuzz", s)
		if err != nil {
			return
		}
		b, err := in.cert.MarshalBinary()
		if err != nil {
			t.Fatalf("parsed certificate does not encode: %v", err)
		}
		again, err := parseCertText("again", "0x"+hexString(b))
		if err != nil || *again.cert != *in.cert {
			t.Fatalf("re-parse: %v", err)
		}
		if in.header != nil && len(in.header.Commitments) != 2*int(in.header.Core.K) {
			t.Fatal("header with the wrong number of commitments")
		}
	})
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, v := range b {
		out[2*i], out[2*i+1] = digits[v>>4], digits[v&15]
	}
	return string(out)
}
