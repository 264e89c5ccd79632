package l1

import (
	"context"
	"errors"
	"math/big"
	"math/bits"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/internal/gethtest"
	"github.com/quire-da/quire/internal/merkle"
	"github.com/quire-da/quire/kzg"
)

// warmKZG builds go-ethereum's KZG context (seconds of CPU) before the
// first 0x0a call of the in-process simulated chain, whose eth_call gives
// up after 5 s: on a loaded machine the first call would otherwise time
// out. It checks the trivial opening of the zero polynomial.
func warmKZG(t testing.TB) {
	t.Helper()
	inf := kzg4844.Commitment{0xc0}
	if err := kzg4844.VerifyProof(inf, kzg4844.Point{}, kzg4844.Claim{}, kzg4844.Proof(inf)); err != nil {
		t.Fatalf("warming go-ethereum's KZG context: %v", err)
	}
}

// wantReaderRevert fails unless err is a revert with BlobReader's error name.
func wantReaderRevert(t testing.TB, err error, name string) {
	t.Helper()
	if _, ok := blobReaderABI.Errors[name]; !ok {
		t.Fatalf("test bug: BlobReader has no error %s", name)
	}
	if err == nil {
		t.Fatalf("got success, want revert %s", name)
	}
	if got := RevertName(err); got != name {
		t.Fatalf("got %v, want revert %s", err, name)
	}
	if !errors.Is(err, ErrReverted) {
		t.Fatalf("%v does not wrap ErrReverted", err)
	}
}

// certifyBlob encodes data, certifies its header in e's committee (epoch
// ec) and returns the header.
func certifyBlob(t testing.TB, e *env, ec *EpochCommittee, kctx *kzg.Context, data []byte) *dac.Header {
	t.Helper()
	sq, err := kctx.Encode(data)
	if err != nil {
		t.Fatal(err)
	}
	head, err := e.c.Backend().HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := &dac.Header{
		Core: dac.HeaderCore{
			Version: dac.FormatVersion, ChainID: e.c.ChainID(), Size: uint64(len(data)), K: uint32(sq.K),
			CommitmentsRoot: sq.Root, Expiry: head.Time + 3600, Epoch: ec.Epoch,
		},
		Commitments: sq.Commitments,
	}
	signers := seq(ec.Threshold)
	if _, _, err := e.c.Certify(e.ctx, e.admin.tx, &h.Core, e.sign(ec, h.Hash(), signers), ec); err != nil {
		t.Fatal(err)
	}
	return h
}

func randomBlob(r *mrand.Rand, size int) []byte {
	b := make([]byte, size)
	fill(r, b)
	return b
}

// checkBlobReader runs the reads and every named rejection against a
// deployed reader for a certified blob h with bytes data.
func checkBlobReader(t *testing.T, ctx context.Context, reader *BlobReader, kctx *kzg.Context, h *dac.Header, data []byte, r *mrand.Rand) {
	id := h.BlobID()
	k := int(h.Core.K)

	t.Run("byte", func(t *testing.T) {
		for _, off := range []int{0, len(data) - 1, r.IntN(len(data))} {
			o, err := dac.OpenBytes(kctx, h, data, off, 1)
			if err != nil {
				t.Fatal(err)
			}
			ps, err := reader.Read(ctx, id, o)
			if err != nil {
				t.Fatalf("offset %d: %v", off, err)
			}
			pos, _ := erasure.Locate(off)
			if len(ps) != 1 || ps[0][pos.Byte] != data[off] {
				t.Fatalf("offset %d: payload %x, blob byte %#x", off, ps, data[off])
			}
		}
	})
	t.Run("many", func(t *testing.T) {
		off := r.IntN(len(data) - 200)
		if p, _ := erasure.Locate(off + 115); p.Row != off/erasure.RowPayloadBytes {
			off -= 200 // keep the range in one row
		}
		o, err := dac.OpenBytes(kctx, h, data, off, 115)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := reader.Read(ctx, id, o)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range o.Elements {
			if ps[i] != e.Payload() {
				t.Fatalf("element %d: payload %x, want %x", e.Index, ps[i], e.Payload())
			}
		}
		got, err := o.Bytes(off, 115)
		if err != nil || string(got) != string(data[off:off+115]) {
			t.Fatalf("bytes: %v", err)
		}
	})
	t.Run("parity", func(t *testing.T) {
		rows, err := erasure.Pack(data, 0)
		if err != nil {
			t.Fatal(err)
		}
		row := k + r.IntN(k)
		vals, err := dac.RowValues(rows, row)
		if err != nil {
			t.Fatal(err)
		}
		o, err := dac.OpenElements(kctx, h, row, vals, []int{9, r.IntN(erasure.ElementsPerRow)})
		if err != nil {
			t.Fatal(err)
		}
		ps, err := reader.Read(ctx, id, o)
		if err != nil {
			t.Fatalf("parity row %d: %v", row, err)
		}
		if ps[0] != o.Elements[0].Payload() {
			t.Fatalf("parity payload differs")
		}
	})

	base, err := dac.OpenBytes(kctx, h, data, 40, 70) // elements 1..3 of row 0
	if err != nil {
		t.Fatal(err)
	}
	clone := func() *dac.Opening {
		o := *base
		o.Elements = append([]dac.OpenedElement(nil), base.Elements...)
		o.RowProof = append([][32]byte(nil), base.RowProof...)
		return &o
	}
	var bigValue [32]byte
	fr.Modulus().FillBytes(bigValue[:])
	// The point at infinity: a valid commitment (of the zero row) that is
	// in no root here (for k = 1 both rows have the same commitment, so
	// another row's would not do).
	infinity := kzg.Commitment{0xc0}
	otherID := dac.ComputeBlobID(h.Core.Version, h.Core.Size+1, h.Core.K, h.Core.CommitmentsRoot)
	for _, tc := range []struct {
		name, want string
		id         dac.BlobID
		mutate     func(o *dac.Opening)
	}{
		{"wrong value", "InvalidOpening", id, func(o *dac.Opening) { o.Elements[1].Value[31] ^= 1 }},
		{"wrong proof", "InvalidOpening", id, func(o *dac.Opening) { o.Elements[0].Proof = o.Elements[1].Proof }},
		{"wrong value single", "InvalidOpening", id, func(o *dac.Opening) { o.Elements = o.Elements[:1]; o.Elements[0].Value[0] ^= 1 }},
		{"commitment not in root", "CommitmentNotInRoot", id, func(o *dac.Opening) { o.Commitment = infinity }},
		{"root not matching blob ID", "BlobIdMismatch", id, func(o *dac.Opening) { o.CommitmentsRoot[5] ^= 1 }},
		{"uncertified blob", "UncertifiedBlob", otherID, func(o *dac.Opening) { o.Size++ }},
		{"short commitment proof", "RootProofLength", id, func(o *dac.Opening) { o.RowProof = o.RowProof[1:] }},
		{"row out of range", "RowOutOfRange", id, func(o *dac.Opening) { o.Row = uint32(2 * k) }},
		{"element out of range", "ElementOutOfRange", id, func(o *dac.Opening) { o.Elements[2].Index = erasure.ElementsPerRow }},
		{"value not canonical", "ValueNotCanonical", id, func(o *dac.Opening) { o.Elements[0].Value = bigValue }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := clone()
			tc.mutate(o)
			_, err := reader.Read(ctx, tc.id, o)
			wantReaderRevert(t, err, tc.want)
		})
	}
	// An unchanged clone still reads (the cases above did not share state).
	if _, err := reader.Read(ctx, id, clone()); err != nil {
		t.Fatal(err)
	}
}

// TestBlobReader deploys BlobReader on the simulated L1 (Prague) next to a
// committee, certifies a 2-row blob and runs the reads and rejections.
func TestBlobReader(t *testing.T) {
	warmKZG(t)
	e := newEnv(t, 4)
	ec := e.setup(3)
	r := testRand(t)
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	reader, err := DeployBlobReader(e.ctx, e.sim.Client(), e.admin.tx, e.c.Address(), WithMiner(func() { e.sim.Commit() }), WithPollInterval(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	data := randomBlob(r, erasure.RowPayloadBytes+1+r.IntN(erasure.RowPayloadBytes-1))
	h := certifyBlob(t, e, ec, kctx, data)
	checkBlobReader(t, e.ctx, reader, kctx, h, data, r)

	// Gas of a transaction reading one element, and four.
	o1, _ := dac.OpenBytes(kctx, h, data, 0, 1)
	o4, _ := dac.OpenBytes(kctx, h, data, 0, 124)
	for _, o := range []*dac.Opening{o1, o4} {
		rc, err := reader.SendRead(e.ctx, e.admin.tx, h.BlobID(), o)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("k=%d: read of %d elements: %d gas (incl. 21,000)", h.Core.K, len(o.Elements), rc.GasUsed)
	}
}

// TestBlobReaderZ checks the contract's evaluation points against
// kzg.EvaluationPoint for all 4096 elements (constant-product form) and a
// sample (MODEXP form), and logs what each costs.
func TestBlobReaderZ(t *testing.T) {
	e := newEnv(t, 0)
	reader, err := DeployBlobReader(e.ctx, e.sim.Client(), e.admin.tx, e.c.Address(), WithMiner(func() { e.sim.Commit() }), WithPollInterval(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	r := testRand(t)
	for i := range erasure.ElementsPerRow {
		want, _ := kzg.EvaluationPoint(i)
		modexp := i < 4 || r.IntN(64) == 0
		for _, m := range []bool{false, true} {
			if m && !modexp {
				continue
			}
			got, err := reader.ZAt(e.ctx, i, m)
			if err != nil {
				t.Fatal(err)
			}
			if got.Cmp(want.BigInt(new(big.Int))) != 0 {
				t.Fatalf("zAt(%d) modexp=%v = %s, want %s", i, m, got, want.String())
			}
		}
	}
	_, err = reader.ZAt(e.ctx, erasure.ElementsPerRow, false)
	wantReaderRevert(t, err, "ElementOutOfRange")
	// Gas, element 4095 (all twelve bits set: the most multiplications).
	a := reader.abi
	for _, c := range []struct {
		name string
		data []byte
	}{{"constant product", a.PackZAt(big.NewInt(4095))}, {"MODEXP", a.PackZAtModexp(big.NewInt(4095))}} {
		g, err := reader.EstimateGas(e.ctx, c.data)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("zAt(4095) by %s: %d gas (estimate, incl. 21,000 and calldata)", c.name, g)
	}
}

// TestGethDevBlobReader reads a certified blob through BlobReader on a real
// geth --dev over JSON-RPC.
func TestGethDevBlobReader(t *testing.T) {
	bin := gethtest.Find(t)
	rc, err := rpc.Dial(gethtest.StartDev(t, bin, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(rc.Close)
	client := ethclient.NewClient(rc)
	ctx := context.Background()
	e, addrs := gethEnv(t, rc, client, 4)
	c, admin := e.c, e.admin
	q, err := c.QueueChange(ctx, admin.tx, Change{Add: addrs[1:], Threshold: 3, Replication: 2})
	if err != nil {
		t.Fatal(err)
	}
	epoch, err := c.ExecuteChange(ctx, admin.tx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	ec, err := c.Committee(ctx, epoch)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := DeployBlobReader(ctx, client, admin.tx, c.Address(), gethOptions...)
	if err != nil {
		t.Fatal(err)
	}
	kctx, err := kzg.Default()
	if err != nil {
		t.Fatal(err)
	}
	r := testRand(t)
	data := randomBlob(r, 5000+r.IntN(50000))
	h := certifyBlob(t, e, ec, kctx, data)
	checkBlobReader(t, ctx, reader, kctx, h, data, r)
	o4, _ := dac.OpenBytes(kctx, h, data, 31, 124)
	rcpt, err := reader.SendRead(ctx, admin.tx, h.BlobID(), o4)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("geth --dev (Osaka): read of 4 elements, k=1: %d gas (incl. 21,000)", rcpt.GasUsed)
}

// TestBlobReaderCrossCheck runs the two rules BlobReader shares with Go on
// thousands of random cases: the blob ID of a blob core (dac.ComputeBlobID)
// and the commitments-tree walk (internal/merkle), with correct proofs and
// proofs with one sibling or the index changed.
func TestBlobReaderCrossCheck(t *testing.T) {
	e := newEnv(t, 0)
	reader, err := DeployBlobReader(e.ctx, e.sim.Client(), e.admin.tx, e.c.Address(), WithMiner(func() { e.sim.Commit() }), WithPollInterval(time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	r := testRand(t)
	a := reader.abi
	cases := 2000
	if testing.Short() {
		cases = 200
	}
	for i := range cases {
		b := contracts.BlobReaderBlob{Version: uint8(r.Uint32()), Size: r.Uint64(), K: r.Uint32()}
		fill(r, b.CommitmentsRoot[:])
		out, err := reader.call(e.ctx, a.PackBlobIdOf(b))
		if err != nil {
			t.Fatal(err)
		}
		got, err := a.UnpackBlobIdOf(out)
		if err != nil {
			t.Fatal(err)
		}
		if want := dac.ComputeBlobID(b.Version, b.Size, b.K, b.CommitmentsRoot); got != want {
			t.Fatalf("case %d: blobIdOf %x, Go %s", i, got, want)
		}

		k := 1 << r.IntN(9)
		leaves := make([][]byte, 2*k)
		for j := range leaves {
			leaves[j] = make([]byte, kzg.PointSize)
			fill(r, leaves[j])
		}
		tree := merkle.New(leaves)
		row := r.IntN(2 * k)
		proof, err := tree.Proof(row)
		if err != nil {
			t.Fatal(err)
		}
		index := row
		switch r.IntN(3) {
		case 1:
			proof[r.IntN(len(proof))][r.IntN(32)] ^= 1 << r.IntN(8)
		case 2:
			index ^= 1 << r.IntN(len(proof))
		}
		out, err = reader.call(e.ctx, a.PackRootOf(big.NewInt(int64(index)), leaves[row], proof))
		if err != nil {
			t.Fatal(err)
		}
		root, err := a.UnpackRootOf(out)
		if err != nil {
			t.Fatal(err)
		}
		if goOK, solOK := merkle.Verify(tree.Root(), leaves[row], uint64(index), bits.TrailingZeros(uint(2*k)), proof), root == tree.Root(); goOK != solOK {
			t.Fatalf("case %d (k=%d row %d index %d): Go verifies %v, Solidity root matches %v", i, k, row, index, goOK, solOK)
		}
	}
}
