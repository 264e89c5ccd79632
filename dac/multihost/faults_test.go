package multihost

import (
	"bytes"
	"context"
	"errors"
	mrand "math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
)

// TestPartitionsAndCrashes runs geth --dev, four members (threshold 3,
// replication 2) registered on its committee contract with the quire CLI,
// a disperser certifying on it, and a light client, each as processes in
// their own namespaces, and checks, in order (every certified blob is
// also sampled AVAILABLE by the light client at the checkpoints):
//
//   - a partition of n - t members: blobs still certify;
//   - a partition of n - t + 1: no certificate (503 or 504), and after
//     healing, blobs certify again and every blob certified before is
//     still served, byte for byte;
//   - a member SIGKILLed while a dispersal is in flight: the dispersal
//     certifies from the others, and the member restarted from its disk
//     serves again;
//   - the disperser SIGKILLed with uploads in flight: the uploads fail
//     (nothing half-certified), and the restarted disperser certifies
//     new blobs and serves the old ones from the members.
//
// Latency and loss between hosts are TestContinents's (continents_test.go).
func TestPartitionsAndCrashes(t *testing.T) {
	l := newLab(t)
	c := l.committee(4, 3, 2)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	cl, err := client.New(c.url(), client.WithAttempts(1))
	if err != nil {
		t.Fatal(err)
	}
	r := mrand.New(mrand.NewPCG(7, 7))
	blob := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		return b
	}
	type stored struct {
		id   dac.BlobID
		data []byte
	}
	var all []stored
	put := func(what string, data []byte) *api.PutResult {
		t.Helper()
		res, err := cl.Put(ctx, data, client.WithL1(api.L1Wait))
		if err != nil {
			t.Fatalf("%s: %v\n%s", what, err, c.logs())
		}
		all = append(all, stored{res.BlobID, data})
		return res
	}
	sampleAll := func(what string) {
		t.Helper()
		for i, s := range all {
			if out, ok := c.sample(s.id.String()); !ok || !strings.Contains(out, `"status": "available"`) {
				t.Fatalf("%s: light client on blob %d: %s\n%s", what, i, out, c.logs())
			}
		}
	}
	checkAll := func(what string) {
		t.Helper()
		for i, s := range all {
			got, err := cl.Get(ctx, s.id)
			if err != nil || !bytes.Equal(got, s.data) {
				t.Fatalf("%s: blob %d (%s): %v\n%s", what, i, s.id, err, c.logs())
			}
		}
	}

	put("baseline", blob(64<<10))
	sampleAll("baseline")

	// n - t = 1 member cut off: still certified, by the other three.
	c.members[3].cut()
	res := put("one member partitioned", blob(64<<10))
	if n := len(res.Signers); n != 3 {
		t.Fatalf("one member partitioned: %d signers, want 3", n)
	}
	c.members[3].heal()

	// n - t + 1 = 2 members cut off: no certificate.
	c.members[2].cut()
	c.members[3].cut()
	t0 := time.Now()
	_, err = cl.Put(ctx, blob(64<<10))
	var ae *api.Error
	if !errors.As(err, &ae) || (ae.Code.Status() != 503 && ae.Code.Status() != 504) {
		t.Fatalf("two members partitioned: %v, want 503 or 504", err)
	}
	t.Logf("two of four members partitioned: %s after %v", ae.Code, time.Since(t0).Round(time.Millisecond))
	c.members[2].heal()
	c.members[3].heal()
	healed := time.Now()
	for {
		_, err := cl.Put(ctx, blob(64<<10))
		if err == nil {
			break
		}
		if time.Since(healed) > 90*time.Second {
			t.Fatalf("no certificate 90 s after healing: %v\n%s", err, c.logs())
		}
		time.Sleep(time.Second)
	}
	t.Logf("certifying again %v after healing", time.Since(healed).Round(time.Millisecond))
	checkAll("after the partition healed")
	sampleAll("after the partition healed")

	// A member killed while a 1 MiB dispersal is in flight.
	done := make(chan error, 1)
	data := blob(1 << 20)
	go func() {
		res, err := cl.Put(ctx, data)
		if err == nil {
			all = append(all, stored{res.BlobID, data})
		}
		done <- err
	}()
	time.Sleep(150 * time.Millisecond)
	c.nodes[1].kill()
	if err := <-done; err != nil {
		t.Fatalf("dispersal with member 1 killed mid-way: %v\n%s", err, c.logs())
	}
	c.startMember(1)
	checkAll("after member 1 restarted")
	put("after member 1 restarted", blob(64<<10))

	// The disperser killed with uploads in flight.
	errs := make(chan error, 3)
	for range 3 {
		data := blob(512 << 10) // drawn here: the generator is not shared
		go func() {
			_, err := cl.Put(ctx, data)
			errs <- err
		}()
	}
	time.Sleep(100 * time.Millisecond)
	c.disperser.kill()
	for range 3 {
		<-errs // each fails or, if it finished first, succeeded: no hang
	}
	c.startDisperser()
	put("after the disperser restarted", blob(64<<10))
	checkAll("after the disperser restarted")
	sampleAll("after the disperser restarted")
}
