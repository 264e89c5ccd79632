package l1

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// The contract's hash-to-G1 must be RFC 9380's, bit for bit: the oracle is
// gnark-crypto's implementation behind bls.HashToG1.
func TestHashToG1MatchesGo(t *testing.T) {
	r := testRand(t)
	e := newEnv(t, 0)
	dsts := [][]byte{[]byte(bls.SignatureDST), []byte(bls.PopDST), []byte("QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_"), {0x42}}
	long := make([]byte, 255)
	fill(r, long)
	dsts = append(dsts, long)
	for i, n := range []int{0, 1, 31, 32, 33, 64, 96, 143, 300} {
		msg := make([]byte, n)
		fill(r, msg)
		dst := dsts[i%len(dsts)]
		got, err := e.c.HashToG1(e.ctx, msg, dst)
		if err != nil {
			t.Fatal(err)
		}
		want := bls.HashToG1(msg, dst)
		if !got.Equal(&want) {
			t.Fatalf("msg of %d bytes, dst of %d: chain %s, Go %s", n, len(dst), got.String(), want.String())
		}
	}
	// RFC 9380 appendix J.9.1 vector (msg "abc"), independent of both.
	got, err := e.c.HashToG1(e.ctx, []byte("abc"), []byte("QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_"))
	if err != nil {
		t.Fatal(err)
	}
	const wantX = "03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903"
	x := got.X.Bytes()
	if hexString(x[:]) != wantX {
		t.Fatalf("RFC 9380 vector: x = %s", hexString(x[:]))
	}
	_, err = e.c.HashToG1(e.ctx, []byte("m"), make([]byte, 256))
	wantRevert(t, err, "BadLength")
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// The contract computes the same header hash, blob ID and attest message as
// package dac.
func TestHeaderHashAndBlobIDMatchGo(t *testing.T) {
	r := testRand(t)
	e := newEnv(t, 0)
	for i := 0; i < 8; i++ {
		h := randomHeader(r, r.Uint64(), r.Uint64())
		if i == 0 {
			h = &dac.HeaderCore{} // all zero
		}
		hh, err := e.c.HeaderHash(e.ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if hh != h.Hash() {
			t.Fatalf("header %+v: chain %s, Go %s", h, hh, h.Hash())
		}
		id, err := e.c.BlobID(e.ctx, h)
		if err != nil {
			t.Fatal(err)
		}
		if id != h.BlobID() {
			t.Fatalf("blob id: chain %s, Go %s", id, h.BlobID())
		}
		msg, err := e.c.AttestMessage(e.ctx, h.Epoch, hh)
		if err != nil {
			t.Fatal(err)
		}
		if want := dac.AttestMessage(e.c.ChainID(), e.c.Address(), h.Epoch, hh); msg != want {
			t.Fatalf("attest message: chain %x, Go %x", msg, want)
		}
	}
}

// A certificate made by package dac's machinery verifies both off chain
// (dac.Certificate.Verify) and on chain, and certifies.
func TestGoCertificateVerifiesOnChain(t *testing.T) {
	r := testRand(t)
	e := newEnv(t, 7)
	ec := e.setup(5)
	head, err := e.sim.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := randomHeader(r, ec.Epoch, head.Time+600)
	h.ChainID = e.c.ChainID()
	signers := []int{0, 2, 3, 5, 6}
	cert := e.sign(ec, h.Hash(), signers)
	// Round trip through the certificate's wire encoding first.
	enc, err := cert.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back dac.Certificate
	if err := back.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(ec.Keys(), ec.Threshold, e.c.ChainID(), e.c.Address()); err != nil {
		t.Fatalf("off chain: %v", err)
	}
	if err := e.c.VerifyCertificate(e.ctx, &back, ec); err != nil {
		t.Fatalf("on chain: %v", err)
	}
	id, _, err := e.c.Certify(e.ctx, e.admin.tx, h, &back, ec)
	if err != nil {
		t.Fatal(err)
	}
	if id != h.BlobID() {
		t.Fatalf("blob id %s, want %s", id, h.BlobID())
	}
	// Certify refuses a certificate for another header before sending.
	other := *h
	other.Size++
	if _, _, err := e.c.Certify(e.ctx, e.admin.tx, &other, &back, ec); !errors.Is(err, ErrBadCertificate) {
		t.Fatalf("got %v, want ErrBadCertificate", err)
	}
}

func TestFollowEvents(t *testing.T) {
	r := testRand(t)
	e := newEnv(t, 4)
	ec := e.setup(2)
	head, _ := e.sim.Client().HeaderByNumber(e.ctx, nil)
	h := randomHeader(r, ec.Epoch, head.Time+600)
	h.ChainID = e.c.ChainID()
	if _, _, err := e.c.Certify(e.ctx, e.admin.tx, h, e.sign(ec, h.Hash(), []int{0, 1}), ec); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(e.ctx, 10*time.Second)
	defer cancel()
	var names []string
	var certified *contracts.CommitteeCertified
	stop := errors.New("stop")
	next, err := e.c.Follow(ctx, 0, 0, func(ev Event) error {
		names = append(names, ev.Name)
		if v, ok := ev.Value.(*contracts.CommitteeCertified); ok {
			certified = v
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("follow: %v", err)
	}
	want := []string{"AdminTransferred", "OperatorApproved", "OperatorApproved", "OperatorApproved", "OperatorApproved",
		"OperatorRegistered", "OperatorRegistered", "OperatorRegistered", "OperatorRegistered",
		"ChangeQueued", "MemberAdded", "MemberAdded", "MemberAdded", "MemberAdded", "ChangeExecuted", "EpochStarted", "Certified"}
	if len(names) != len(want) {
		t.Fatalf("events %v, want %v", names, want)
	}
	for i := range want {
		if names[i] != want[i] {
			t.Fatalf("events %v, want %v", names, want)
		}
	}
	if certified.BlobId != h.BlobID() || certified.HeaderHash != h.Hash() || certified.Expiry != h.Expiry {
		t.Fatalf("certified event %+v", certified)
	}
	if head, _ := e.c.BlockNumber(e.ctx); next != head {
		t.Fatalf("resume at %d, want the certify block %d", next, head)
	}
	// Resuming after the last block sees nothing until new blocks come,
	// and stops with the context.
	ctx2, cancel2 := context.WithTimeout(e.ctx, 50*time.Millisecond)
	defer cancel2()
	head2, _ := e.c.BlockNumber(e.ctx)
	n := 0
	_, err = e.c.Follow(ctx2, head2+1, 0, func(Event) error { n++; return nil })
	// The deadline can surface as the context's error or as the in-process
	// transport's timeout wrapped in a call error; the transport's deadline
	// may even fire a hair before the context reports done. Either way
	// Follow must stop with an error at ctx2's deadline, having seen
	// nothing.
	if err == nil || n != 0 {
		t.Fatalf("follow at head: %v, %d events", err, n)
	}
	select {
	case <-ctx2.Done():
	case <-time.After(time.Second):
		t.Fatalf("follow at head stopped before its deadline: %v", err)
	}
}
