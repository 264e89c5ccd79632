package sampler_test

import (
	"crypto/rand"
	"errors"
	"testing"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/kzg"
	"github.com/quire-da/quire/sampler"
)

// committee is n BLS keys with threshold t on a test chain and contract.
type committee struct {
	sks  []*bls.SecretKey
	keys sampler.CommitteeKeys
}

func newCommittee(t testing.TB, n, threshold int, epoch uint64) *committee {
	t.Helper()
	c := &committee{keys: sampler.CommitteeKeys{Epoch: epoch, Threshold: threshold, ChainID: 1337, Contract: [20]byte{0xc0, 0xff, 0xee}}}
	for range n {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		c.sks = append(c.sks, sk)
		c.keys.Keys = append(c.keys.Keys, sk.PublicKey())
	}
	return c
}

// sign returns a certificate for hh signed by the given members over msg
// (the right attest message unless the test wants a wrong one).
func (c *committee) sign(t testing.TB, hh dac.HeaderHash, epoch uint64, signers []int, msg [32]byte) *dac.Certificate {
	t.Helper()
	bm, err := dac.NewBitmap(len(c.sks))
	if err != nil {
		t.Fatal(err)
	}
	var sigs []bls.Signature
	for _, i := range signers {
		if err := bm.Set(i); err != nil {
			t.Fatal(err)
		}
		sigs = append(sigs, c.sks[i].Sign(msg[:]))
	}
	return &dac.Certificate{HeaderHash: hh, Epoch: epoch, Signers: bm, Signature: bls.Aggregate(sigs...)}
}

func (c *committee) certify(t testing.TB, hh dac.HeaderHash, signers []int) *dac.Certificate {
	return c.sign(t, hh, c.keys.Epoch, signers, dac.AttestMessage(c.keys.ChainID, c.keys.Contract, c.keys.Epoch, hh))
}

func TestCheckCertificate(t *testing.T) {
	c := newCommittee(t, 4, 3, 7)
	hh := dac.HeaderHash{1, 2, 3}
	other := dac.HeaderHash{9}
	good := c.certify(t, hh, []int{0, 1, 3})
	if err := sampler.CheckCertificate(hh, good, c.keys); err != nil {
		t.Fatalf("valid certificate: %v", err)
	}
	stranger := newCommittee(t, 4, 3, 7)
	for name, tc := range map[string]struct {
		hh   dac.HeaderHash
		cert *dac.Certificate
		keys sampler.CommitteeKeys
		want error
	}{
		"none":            {hh, nil, c.keys, sampler.ErrCertificate},
		"other header":    {other, good, c.keys, sampler.ErrCertificate},
		"below threshold": {hh, c.certify(t, hh, []int{0, 1}), c.keys, dac.ErrBelowThreshold},
		"other epoch":     {hh, c.sign(t, hh, 8, []int{0, 1, 2}, dac.AttestMessage(1337, c.keys.Contract, 8, hh)), c.keys, sampler.ErrCertificate},
		"other chain":     {hh, c.sign(t, hh, 7, []int{0, 1, 2}, dac.AttestMessage(1, c.keys.Contract, 7, hh)), c.keys, dac.ErrBadSignature},
		"other contract":  {hh, c.sign(t, hh, 7, []int{0, 1, 2}, dac.AttestMessage(1337, [20]byte{1}, 7, hh)), c.keys, dac.ErrBadSignature},
		"other committee": {hh, stranger.certify(t, hh, []int{0, 1, 2}), c.keys, dac.ErrBadSignature},
		"bitmap lies":     {hh, func() *dac.Certificate { x := *good; x.Signers = c.certify(t, hh, []int{0, 1, 2}).Signers; return &x }(), c.keys, dac.ErrBadSignature},
		"bitmap size":     {hh, newCommittee(t, 5, 3, 7).certify(t, hh, []int{0, 1, 2}), c.keys, dac.ErrBitmapRange},
	} {
		t.Run(name, func(t *testing.T) {
			err := sampler.CheckCertificate(tc.hh, tc.cert, tc.keys)
			if !errors.Is(err, sampler.ErrCertificate) || !errors.Is(err, tc.want) {
				t.Fatalf("got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestCheckHeader(t *testing.T) {
	f := newFixture(t, 1)
	kctx := testKZG(t)
	now := time.Unix(1_800_000_000, 0)
	h := &dac.Header{Core: f.h.Core, Commitments: f.h.Commitments}
	h.Core.ChainID, h.Core.Epoch, h.Core.Expiry = 1337, 7, uint64(now.Add(24*time.Hour).Unix())
	policy := dac.HeaderPolicy{ChainID: 1337, Epoch: 7, MaxRows: 256, Now: now, MaxRetention: 365 * 24 * time.Hour, KZG: kctx}
	want := h.Hash()

	got, err := sampler.CheckHeader(h, want, nil, policy)
	if err != nil || got.Hash() != want {
		t.Fatalf("the certified header: %v", err)
	}

	// Another dispersal of the same blob (another expiry): usable with the
	// certified core, refused without it.
	other := &dac.Header{Core: h.Core, Commitments: h.Commitments}
	other.Core.Expiry += 3600
	if _, err := sampler.CheckHeader(other, want, nil, policy); !errors.Is(err, sampler.ErrHeader) {
		t.Fatalf("another dispersal without the core: %v", err)
	}
	got, err = sampler.CheckHeader(other, want, &h.Core, policy)
	if err != nil || got.Hash() != want {
		t.Fatalf("another dispersal with the core: %v", err)
	}

	// Commitments that do not match the certified root.
	bad := &dac.Header{Core: other.Core, Commitments: append([]kzg.Commitment(nil), h.Commitments...)}
	bad.Commitments[0], bad.Commitments[1] = bad.Commitments[1], bad.Commitments[0]
	if _, err := sampler.CheckHeader(bad, want, &h.Core, policy); !errors.Is(err, sampler.ErrHeader) {
		t.Fatalf("swapped commitments: %v", err)
	}

	// A certified header that is wrong in itself: parity commitments that
	// do not extend the data rows (the root binds them, so the certificate
	// covers the lie).
	lie := &dac.Header{Core: h.Core, Commitments: append([]kzg.Commitment(nil), h.Commitments...)}
	lie.Commitments[2], lie.Commitments[3] = lie.Commitments[3], lie.Commitments[2]
	lie.Core.CommitmentsRoot = dac.CommitmentsRoot(lie.Commitments)
	if _, err := sampler.CheckHeader(lie, lie.Hash(), nil, policy); !errors.Is(err, dac.ErrNotExtension) || !errors.Is(err, sampler.ErrCertifiedHeader) {
		t.Fatalf("non-extending parity: %v", err)
	}

	// Expired, other chain.
	late := policy
	late.Now = now.Add(48 * time.Hour)
	if _, err := sampler.CheckHeader(h, want, nil, late); !errors.Is(err, dac.ErrExpiry) {
		t.Fatalf("expired: %v", err)
	}
	wrong := policy
	wrong.ChainID = 1
	if _, err := sampler.CheckHeader(h, want, nil, wrong); !errors.Is(err, dac.ErrWrongChain) {
		t.Fatalf("other chain: %v", err)
	}
	if _, err := sampler.CheckHeader(nil, want, nil, policy); !errors.Is(err, sampler.ErrHeader) {
		t.Fatalf("nil header: %v", err)
	}
}
