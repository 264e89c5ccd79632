package node

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/wire"
)

// TestDiskGuard: below the watermark Put refuses with ErrDiskFull and
// writes nothing; once space returns it writes again, with no reopen.
func TestDiskGuard(t *testing.T) {
	s := openTestStore(t, t.TempDir())
	defer s.Close()
	free := int64(1 << 30)
	now := time.Now()
	s.disk.free = func(string) (int64, error) { return free, nil }
	s.disk.now = func() time.Time { return now }
	s.disk.min = 100 << 20

	d := testDispersal(t, 3, []uint8{1, 2}, now.Add(time.Hour))
	free = 99 << 20
	now = now.Add(spaceCheckEvery)
	if _, err := s.Put(d); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("Put below the watermark: %v, want ErrDiskFull", err)
	}
	if _, err := s.Blob(d.Header.BlobID()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a refused Put left the blob behind: %v", err)
	}
	// One reading is trusted for spaceCheckEvery: space back, still refused.
	free = 1 << 30
	if err := s.SpaceError(); !errors.Is(err, ErrDiskFull) {
		t.Fatalf("within the check interval: %v", err)
	}
	now = now.Add(spaceCheckEvery)
	if _, err := s.Put(d); err != nil {
		t.Fatalf("Put after space returned: %v", err)
	}
	if _, err := s.Blob(d.Header.BlobID()); err != nil {
		t.Fatal(err)
	}
	// A statfs failure is an error, not a silent pass.
	s.disk.free = func(string) (int64, error) { return 0, syscall.EIO }
	now = now.Add(spaceCheckEvery)
	if err := s.SpaceError(); err == nil || errors.Is(err, ErrDiskFull) {
		t.Fatalf("statfs failing: %v", err)
	}
}

// TestDiskFullProcess runs a real `quire node` whose store lives on a
// 64 MiB tmpfs. Filled below its watermark, the process stays up, refuses
// dispersals with storage_failure (and signs nothing), answers 503 on
// /healthz and still serves what it holds; once space returns it stores
// and signs again, without a restart.
func TestDiskFullProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the quire binary")
	}
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("needs root on Linux to mount a small tmpfs")
	}
	dir := t.TempDir()
	mnt := filepath.Join(dir, "fs")
	if err := os.Mkdir(mnt, 0o700); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mnt).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", "-l", mnt).Run() })
	bin := buildQuire(t)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	httpAddr := ln.Addr().String()
	ln.Close()
	pf := newProcessFixture(t, dir, func(c *Config) {
		c.Store.Dir = filepath.Join(mnt, "data")
		c.Store.ValueLogFileSize = 4 << 20
		c.Store.MemTableSize = 2 << 20
		c.Store.MinFreeBytes = 24 << 20
		c.HTTPAddr = httpAddr
	})
	proc := startNodeProcess(t, bin, pf.cfgPath, pf.env)
	defer func() {
		proc.cmd.Process.Signal(os.Interrupt)
		proc.cmd.Wait()
	}()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	health := func() (int, string) {
		t.Helper()
		c := http.Client{Timeout: 5 * time.Second}
		resp, err := c.Get("http://" + httpAddr + "/healthz")
		if err != nil {
			t.Fatalf("healthz: %v\n%s", err, proc.logs)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	custody, _ := pf.committee.Custody()
	tn := &testNet{t: t, keys: pf.keys}
	disperse := func(i int) error {
		sq := testSquare(t, i)
		h := tn.header(sq, pf.committee.Epoch)
		att, err := p2p.Disperse(ctx, pf.disperser, proc.info, h, columns(sq, custodyColumns(custody, h.BlobID(), 0)))
		if err == nil {
			tn.checkAttestation(att, h, 0)
		}
		return err
	}
	if code, body := health(); code != http.StatusOK {
		t.Fatalf("healthz before: %d %s", code, body)
	}
	if err := disperse(0); err != nil {
		t.Fatalf("blob 0: %v\n%s", err, proc.logs)
	}

	// Fill the filesystem to 16 MiB free, under the 24 MiB watermark.
	var st syscall.Statfs_t
	if err := syscall.Statfs(mnt, &st); err != nil {
		t.Fatal(err)
	}
	fill := int64(st.Bavail)*int64(st.Bsize) - 16<<20
	filler := filepath.Join(mnt, "filler")
	f, err := os.Create(filler)
	if err != nil {
		t.Fatal(err)
	}
	chunk := make([]byte, 1<<20)
	for w := int64(0); w < fill; w += int64(len(chunk)) {
		if _, err := f.Write(chunk[:min(int64(len(chunk)), fill-w)]); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	time.Sleep(spaceCheckEvery + 100*time.Millisecond) // the node's last reading expires

	err = disperse(1)
	var rej *wire.RejectError
	if !errors.As(err, &rej) || rej.Code != wire.CodeStorageFailure {
		t.Fatalf("dispersal on a full disk: %v, want storage_failure\n%s", err, proc.logs)
	}
	if code, body := health(); code != http.StatusServiceUnavailable || !strings.Contains(body, "watermark") {
		t.Fatalf("healthz on a full disk: %d %s", code, body)
	}
	// What it holds is still served.
	sq0 := testSquare(t, 0)
	h0 := tn.header(sq0, pf.committee.Epoch)
	req := &wire.CellsRequest{Blob: h0.BlobID(), Columns: custodyColumns(custody, h0.BlobID(), 0)}
	if _, _, err := p2p.FetchCells(ctx, pf.disperser, proc.info, req, 256, testKZG(t)); err != nil {
		t.Fatalf("reading on a full disk: %v", err)
	}
	if proc.cmd.ProcessState != nil {
		t.Fatalf("the node exited on a full disk:\n%s", proc.logs)
	}

	// Space returns: healthy again and storing, no restart.
	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		code, body := health()
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("healthz after space returned: %d %s", code, body)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := disperse(1); err != nil {
		t.Fatalf("blob 1 after space returned: %v\n%s", err, proc.logs)
	}
	if !strings.Contains(proc.logs.String(), "store refuses writes") {
		t.Fatalf("no log line for the full disk:\n%s", proc.logs)
	}
}
