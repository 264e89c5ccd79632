package light

import (
	"bytes"
	"math/big"
	"testing"
	"time"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
)

func certifyMethod(t testing.TB) *chain {
	t.Helper()
	ch, err := newChain(nil, nil, 2, time.Second)
	if err != nil {
		t.Fatal(err)
	}
	return ch
}

func TestDecodeCertify(t *testing.T) {
	ch := certifyMethod(t)
	h := contracts.CommitteeHeader{Version: 1, ChainId: 1337, Size: 1000, K: 1, CommitmentsRoot: [32]byte{7},
		ArchiveData: 2, ArchiveTotal: 4, ArchiveRoot: [32]byte{9}, Expiry: 1 << 40, Epoch: 3}
	sig := bytes.Repeat([]byte{5}, 128)
	data := contracts.NewCommittee().PackCertify(h, big.NewInt(0b1011), sig, []byte{1}, []byte{})
	if !bytes.Equal(data[:4], ch.certify.ID) {
		t.Fatalf("selector %x, ABI says %x", data[:4], ch.certify.ID)
	}
	core, signers, gotSig, err := decodeCertify(ch.certify, data[4:])
	if err != nil {
		t.Fatal(err)
	}
	want := dac.HeaderCore{Version: 1, ChainID: 1337, Size: 1000, K: 1, CommitmentsRoot: [32]byte{7},
		ArchiveData: 2, ArchiveTotal: 4, ArchiveRoot: [32]byte{9}, Expiry: 1 << 40, Epoch: 3}
	if *core != want || signers.Int64() != 0b1011 || !bytes.Equal(gotSig, sig) {
		t.Fatalf("decoded %+v %v %x", core, signers, gotSig)
	}
	for _, bad := range [][]byte{nil, data[4:40], data[4 : len(data)-1]} {
		if _, _, _, err := decodeCertify(ch.certify, bad); err == nil {
			t.Fatalf("decoded %d truncated bytes", len(bad))
		}
	}
}

// FuzzDecodeCertify: certify calldata comes from the chain; decoding it
// never panics.
func FuzzDecodeCertify(f *testing.F) {
	ch := certifyMethod(f)
	h := contracts.CommitteeHeader{Version: 1, ChainId: 1337, K: 2, Expiry: 99, Epoch: 1}
	data := contracts.NewCommittee().PackCertify(h, big.NewInt(3), make([]byte, 128), make([]byte, 256), make([]byte, 256))
	f.Add(data[4:])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, b []byte) {
		core, signers, _, err := decodeCertify(ch.certify, b)
		if err == nil && (core == nil || signers == nil) {
			t.Fatal("success without values")
		}
	})
}

// The in-memory statuses stay bounded; pending ones are never dropped.
func TestTrimStatuses(t *testing.T) {
	c := &Client{status: map[dac.BlobID]*BlobStatus{}}
	t0 := time.Unix(1_700_000_000, 0)
	for i := range maxStatuses + 10 {
		var id dac.BlobID
		id[0], id[1] = byte(i), byte(i>>8)
		st := sampler.StatusAvailable
		if i%100 == 0 {
			st = sampler.StatusPending
		}
		c.status[id] = &BlobStatus{ID: id, Status: st, FirstSeen: t0.Add(time.Duration(i) * time.Second)}
		c.trimStatuses()
	}
	if len(c.status) > maxStatuses {
		t.Fatalf("%d statuses in memory", len(c.status))
	}
	oldest := t0.Add(time.Hour * 24)
	pending := 0
	for _, st := range c.status {
		if st.Status == sampler.StatusPending {
			pending++
		} else if st.FirstSeen.Before(oldest) {
			oldest = st.FirstSeen
		}
	}
	if pending != (maxStatuses+10+99)/100 {
		t.Fatalf("%d pending statuses kept", pending)
	}
	if oldest.Before(t0.Add(maxStatuses / 4 * time.Second)) {
		t.Fatalf("an old decided status survived: %v", oldest.Sub(t0))
	}
}
