package l1

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

func TestDecodeCertify(t *testing.T) {
	h := contracts.CommitteeHeader{Version: 1, ChainId: 1337, Size: 1000, K: 1, CommitmentsRoot: [32]byte{7},
		ArchiveData: 2, ArchiveTotal: 4, ArchiveRoot: [32]byte{9}, Expiry: 1 << 40, Epoch: 3}
	sig := bytes.Repeat([]byte{5}, 128)
	data := contracts.NewCommittee().PackCertify(h, big.NewInt(0b1011), sig, []byte{1}, []byte{})
	call, err := DecodeCertify(data)
	if err != nil {
		t.Fatal(err)
	}
	want := dac.HeaderCore{Version: 1, ChainID: 1337, Size: 1000, K: 1, CommitmentsRoot: [32]byte{7},
		ArchiveData: 2, ArchiveTotal: 4, ArchiveRoot: [32]byte{9}, Expiry: 1 << 40, Epoch: 3}
	if call.Core != want || call.Slots.Int64() != 0b1011 || !bytes.Equal(call.Signature, sig) {
		t.Fatalf("decoded %+v %v %x", call.Core, call.Slots, call.Signature)
	}
	other := contracts.NewCommittee().PackCurrentEpoch()
	for name, bad := range map[string][]byte{"empty": nil, "selector only": data[:4], "truncated": data[:40],
		"one byte short": data[:len(data)-1], "another method": other} {
		if _, err := DecodeCertify(bad); !errors.Is(err, ErrNotCertify) {
			t.Fatalf("%s: %v, want ErrNotCertify", name, err)
		}
	}
}

// TestCertificateFromCall: the slot bitmap of a call becomes the
// certificate's bitmap by member index, the inverse of CertificateArgs.
func TestCertificateFromCall(t *testing.T) {
	sk, err := bls.KeyGen(make([]byte, 32), nil)
	if err != nil {
		t.Fatal(err)
	}
	// Members in slots 0, 2 and 5 (slot 1 was removed, say).
	ec := &EpochCommittee{Epoch: 3, Members: []Operator{{Slot: 0}, {Slot: 2}, {Slot: 5}}}
	core := dac.HeaderCore{Version: 1, ChainID: 1337, K: 1, Expiry: 99, Epoch: 3}
	msg := core.Hash()
	sig := sk.Sign(msg[:])
	enc := sig.EIP2537()
	cert, err := ec.Certificate(&CertifyCall{Core: core, Slots: big.NewInt(1<<0 | 1<<5), Signature: enc[:]})
	if err != nil {
		t.Fatal(err)
	}
	if cert.HeaderHash != core.Hash() || cert.Epoch != 3 || cert.Signature.Bytes() != sig.Bytes() {
		t.Fatalf("certificate %+v", cert)
	}
	for i, want := range []bool{true, false, true} {
		if cert.Signers.Has(i) != want {
			t.Fatalf("member %d signed: %t, want %t", i, cert.Signers.Has(i), want)
		}
	}
	bad, err := ec.Certificate(&CertifyCall{Core: core, Slots: big.NewInt(1), Signature: []byte{1, 2, 3}})
	if err != nil || !bad.Signature.IsZero() {
		t.Fatalf("undecodable signature: %v, %+v", err, bad.Signature)
	}
}

// FuzzDecodeCertify: certify calldata comes from the chain; decoding it
// never panics. The input is the calldata after certify's selector.
func FuzzDecodeCertify(f *testing.F) {
	h := contracts.CommitteeHeader{Version: 1, ChainId: 1337, K: 2, Expiry: 99, Epoch: 1}
	data := contracts.NewCommittee().PackCertify(h, big.NewInt(3), make([]byte, 128), make([]byte, 256), make([]byte, 256))
	sel := bytes.Clone(data[:4])
	f.Add(data[4:])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		call, err := DecodeCertify(append(bytes.Clone(sel), b...))
		if err == nil && (call == nil || call.Slots == nil) {
			t.Fatal("success without values")
		}
		if err != nil && !errors.Is(err, ErrNotCertify) {
			t.Fatalf("error %v does not wrap ErrNotCertify", err)
		}
	})
}
