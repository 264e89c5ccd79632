package l1

import (
	"bytes"
	"errors"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	dacl1 "github.com/quire-da/quire/dac/l1"
)

func TestParamsValidate(t *testing.T) {
	good := Params{Committee: common.Address{1}, Sequencer: common.Address{2}, FeeRecipient: common.Address{3},
		L2ChainID: l2ChainID, ForceDelay: testDelay, MinRetention: testRetain}
	if err := good.Validate(l1ChainID); err != nil {
		t.Fatal(err)
	}
	for name, mod := range map[string]func(*Params){
		"no committee":      func(p *Params) { p.Committee = common.Address{} },
		"no sequencer":      func(p *Params) { p.Sequencer = common.Address{} },
		"no fee recipient":  func(p *Params) { p.FeeRecipient = common.Address{} },
		"zero chain":        func(p *Params) { p.L2ChainID = 0 },
		"L1 chain":          func(p *Params) { p.L2ChainID = l1ChainID },
		"zero delay":        func(p *Params) { p.ForceDelay = 0 },
		"fractional delay":  func(p *Params) { p.ForceDelay = 1500 * 1e6 },
		"negative retain":   func(p *Params) { p.MinRetention = -1e9 },
		"negative fee":      func(p *Params) { p.ForceTxFee = big.NewInt(-1) },
		"fractional retain": func(p *Params) { p.MinRetention = 1 },
	} {
		t.Run(name, func(t *testing.T) {
			p := good
			mod(&p)
			if err := p.Validate(l1ChainID); !errors.Is(err, ErrBadParams) {
				t.Fatalf("got %v, want ErrBadParams", err)
			}
		})
	}
}

func TestGenesisBatch(t *testing.T) {
	e := newSimEnv(t)
	blk, err := e.in.Backend().HeaderByNumber(e.ctx, e.deploy.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	g := GenesisBatch(blk.Time)
	got, err := e.in.BatchHash(e.ctx, 0)
	if err != nil || got != g.Hash() {
		t.Fatalf("batch 0 hash %s (%v), want %s", got, err, g.Hash())
	}
	hd, err := e.in.Head(e.ctx)
	if err != nil || hd != (Head{NextBatch: 1, L2BlockEnd: 1}) {
		t.Fatalf("head %+v %v", hd, err)
	}
	// The Go mirrors of the contract's constants.
	a := e.in.abi
	for name, pair := range map[string][2]uint64{
		"MAX_RECORD":   {MaxRecord, u64(call(e.ctx, e.in, a.PackMAXRECORD(), a.UnpackMAXRECORD))},
		"MAX_CLAMP":    {MaxClamp, u64(call(e.ctx, e.in, a.PackMAXCLAMP(), a.UnpackMAXCLAMP))},
		"ROW_ELEMENTS": {RowElements, u64(call(e.ctx, e.in, a.PackROWELEMENTS(), a.UnpackROWELEMENTS))},
		"KIND_FORCED":  {uint64(KindForced), uint64(must(call(e.ctx, e.in, a.PackKINDFORCED(), a.UnpackKINDFORCED)))},
		"KIND_QUIRE":   {uint64(KindQuire), uint64(must(call(e.ctx, e.in, a.PackKINDQUIRE(), a.UnpackKINDQUIRE)))},
		"ITEM_FORCED":  {uint64(ItemForcedTx), uint64(must(call(e.ctx, e.in, a.PackITEMFORCEDTX(), a.UnpackITEMFORCEDTX)))},
		"MAX_K":        {MaxK, uint64(must(call(e.ctx, e.in, a.PackMAXK(), a.UnpackMAXK)))},
	} {
		if pair[0] != pair[1] {
			t.Errorf("%s: Go %d, contract %d", name, pair[0], pair[1])
		}
	}
}

func u64(v *big.Int, err error) uint64 {
	if err != nil || !v.IsUint64() {
		return ^uint64(0)
	}
	return v.Uint64()
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Every rejection of appendBatch, by name, then a batch that is accepted
// and stored as the Go twin hashes it.
func TestAppendBatchChecks(t *testing.T) {
	e := newSimEnv(t)
	h := e.newBlob()
	wantRevert(t, e.appendErr(h, e.next(3, 0, 2)), "NotCertified")
	e.certify(h)

	_, _, err := e.in.AppendBatch(e.ctx, e.users[0].tx, h, e.next(3, 0, 2))
	wantRevert(t, err, "NotSequencer")
	a := e.next(3, 0, 2)
	a.Index = 2
	wantRevert(t, e.appendErr(h, a), "BadBatchIndex")
	a = e.next(3, 0, 2)
	a.PrevHash[0] ^= 1
	wantRevert(t, e.appendErr(h, a), "BadPrevHash")
	a = e.next(3, 0, 2)
	a.L2BlockStart, a.L2BlockEnd = 2, 3
	wantRevert(t, e.appendErr(h, a), "BadL2Range")
	a = e.next(3, 0, 2)
	a.L2BlockEnd = 0
	wantRevert(t, e.appendErr(h, a), "BadL2Range")
	wantRevert(t, e.appendErr(h, e.next(3, 1, 2)), "QueueEndAhead")
	wantRevert(t, e.appendErr(h, e.next(4097, 0, 2)), "TooManyRecords")

	// A blob certified with less retention than minRetention left.
	short := e.blob([]byte("short-lived"), e.now()+uint64(testRetain.Seconds())-60)
	e.certify(short)
	wantRevert(t, e.appendErr(short, e.next(1, 0, 1)), "RetentionTooShort")
	// The Committee does not check k; the inbox does.
	odd := e.newBlob()
	odd.K = 3
	e.certify(odd)
	wantRevert(t, e.appendErr(odd, e.next(1, 0, 1)), "BadK")

	a = e.next(3, 0, 2)
	b, r, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, a)
	if err != nil {
		t.Fatal(err)
	}
	want := Batch{Index: 1, PrevHash: a.PrevHash, Kind: KindQuire, DataRef: common.Hash(h.BlobID()), K: 1, RecordCount: 3,
		StepsStart: 0, StepsEnd: 3, L2BlockStart: 1, L2BlockEnd: 3, L1Timestamp: e.now(), L1Block: r.BlockNumber.Uint64()}
	if b != want {
		t.Fatalf("batch\n got %+v\nwant %+v", b, want)
	}
	if got, _ := e.in.BatchHash(e.ctx, 1); got != want.Hash() {
		t.Fatalf("stored hash %s, Go twin %s", got, want.Hash())
	}
	t.Logf("appendBatch: %d gas (execution %d)", r.GasUsed, r.GasUsed-21000)
	// The same blob may carry the next batch too (no uniqueness rule), but
	// not with the old arguments.
	wantRevert(t, e.appendErr(h, a), "BadBatchIndex")
}

func (e *env) appendErr(h *dac.HeaderCore, a BatchArgs) error {
	_, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, a)
	return err
}

// certifyAndAppend certifies and appends in one transaction, skips the
// certification of a blob already certified, and passes the Committee's
// rejection of a bad certificate through by name.
func TestCertifyAndAppend(t *testing.T) {
	e := newSimEnv(t)
	h := e.newBlob()
	_, _, err := e.in.CertifyAndAppend(e.ctx, e.seq.tx, h, e.cert(h, 0, 1), e.next(1, 0, 1))
	wantRevert(t, err, "InsufficientSigners")
	_, _, err = e.in.CertifyAndAppend(e.ctx, e.users[0].tx, h, e.cert(h, 0, 1, 2), e.next(1, 0, 1))
	wantRevert(t, err, "NotSequencer")
	b, r, err := e.in.CertifyAndAppend(e.ctx, e.seq.tx, h, e.cert(h, 0, 1, 2), e.next(1, 0, 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("certifyAndAppend: %d gas", r.GasUsed)
	if b.DataRef != common.Hash(h.BlobID()) || b.Index != 1 {
		t.Fatalf("batch %+v", b)
	}
	cert, ok, err := e.c.Certification(e.ctx, h.BlobID())
	if err != nil || !ok || cert.HeaderHash != h.Hash() {
		t.Fatalf("certification %+v %v %v", cert, ok, err)
	}
	// Already certified: the certificate is not checked again (a wrong one
	// passes), the batch is appended.
	if _, r2, err := e.in.CertifyAndAppend(e.ctx, e.seq.tx, h, e.cert(h, 0), e.next(1, 0, 1)); err != nil {
		t.Fatal(err)
	} else if r2.GasUsed >= r.GasUsed {
		t.Fatalf("second certifyAndAppend used %d gas, first %d: certification not skipped", r2.GasUsed, r.GasUsed)
	}
}

// Deposits queue in order with their data; batches take them in order and
// count them as steps before their records.
func TestDepositsQueueInOrder(t *testing.T) {
	e := newSimEnv(t)
	_, _, err := e.in.Deposit(e.ctx, e.users[0].tx, common.Address{9}, nil)
	wantRevert(t, err, "ZeroDeposit")
	var items []QueueItem
	for i := 0; i < 3; i++ {
		u := e.users[i]
		to := common.BigToAddress(big.NewInt(int64(0x1000 + i)))
		it, r, err := e.in.Deposit(e.ctx, u.tx, to, ether(int64(i+1)))
		if err != nil {
			t.Fatal(err)
		}
		want := QueueItem{Index: uint64(i), Kind: ItemDeposit, L1Sender: u.addr, To: to, Value: ether(int64(i + 1)),
			L1Block: r.BlockNumber.Uint64(), Timestamp: e.now()}
		if !reflect.DeepEqual(it, want) {
			t.Fatalf("item\n got %+v\nwant %+v", it, want)
		}
		if got, _ := e.in.QueueHash(e.ctx, uint64(i)); got != want.Hash() {
			t.Fatalf("stored queue hash %s, Go twin %s", got, want.Hash())
		}
		items = append(items, it)
	}
	bal, err := e.sim.Client().BalanceAt(e.ctx, e.in.Address(), nil)
	if err != nil || bal.Cmp(ether(6)) != 0 {
		t.Fatalf("inbox holds %s wei (%v), want 6 ether", bal, err)
	}

	h := e.newBlob()
	e.certify(h)
	b1, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, e.next(5, 2, 1))
	if err != nil {
		t.Fatal(err)
	}
	if b1.QueueStart != 0 || b1.QueueEnd != 2 || b1.StepsStart != 0 || b1.StepsEnd != 7 {
		t.Fatalf("batch 1 %+v", b1)
	}
	wantRevert(t, e.appendErr(h, e.next(0, 1, 1)), "QueueEndBehind")
	b2, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, e.next(0, 3, 0))
	if err != nil {
		t.Fatal(err)
	}
	if b2.QueueStart != 2 || b2.QueueEnd != 3 || b2.StepsStart != 7 || b2.StepsEnd != 8 || b2.L2BlockStart != b2.L2BlockEnd {
		t.Fatalf("batch 2 %+v", b2)
	}
}

// A censoring sequencer (always queueEnd = queueNext) has its queueEnd
// raised over the forced transaction once it is due, and over at most
// MaxClamp due items per batch.
func TestCensoringSequencerClamped(t *testing.T) {
	e := newSimEnv(t)
	tx := []byte{0x02, 0xf8, 0x6c, 0x82, 0x71, 0x75} // bytes are not checked on L1
	_, _, err := e.in.ForceTx(e.ctx, e.users[0].tx, tx, big.NewInt(1))
	wantRevert(t, err, "WrongForceFee")
	_, _, err = e.in.ForceTx(e.ctx, e.users[0].tx, make([]byte, MaxRecord+1), testFee)
	wantRevert(t, err, "BadForcedTxLength")
	_, _, err = e.in.ForceTx(e.ctx, e.users[0].tx, nil, testFee)
	wantRevert(t, err, "BadForcedTxLength")
	it, _, err := e.in.ForceTx(e.ctx, e.users[0].tx, tx, testFee)
	if err != nil {
		t.Fatal(err)
	}
	if it.Kind != ItemForcedTx || it.DataHash != crypto.Keccak256Hash(tx) || !bytes.Equal(it.Data, tx) || it.Value.Sign() != 0 {
		t.Fatalf("forced item %+v", it)
	}
	h := e.newBlob()
	e.certify(h)
	censor := func() Batch {
		t.Helper()
		hd, err := e.in.Head(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		b, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, e.next(1, hd.QueueNext, 1))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if b := censor(); b.QueueEnd != 0 {
		t.Fatalf("before D the sequencer may leave the item out, got queueEnd %d", b.QueueEnd)
	}
	e.advance(testDelay)
	if b := censor(); b.QueueStart != 0 || b.QueueEnd != 1 || b.Steps() != 2 {
		t.Fatalf("after D the item must be included: %+v", b)
	}
	// 70 deposits due at once: one batch takes 64, the next the other 6.
	for i := 0; i < 70; i++ {
		if _, _, err := e.in.Deposit(e.ctx, e.users[1].tx, common.Address{byte(i)}, big.NewInt(1)); err != nil {
			t.Fatal(err)
		}
	}
	e.advance(testDelay)
	if b := censor(); b.QueueEnd-b.QueueStart != MaxClamp {
		t.Fatalf("clamp took %d items, want %d", b.QueueEnd-b.QueueStart, MaxClamp)
	}
	if b := censor(); b.QueueEnd != 71 {
		t.Fatalf("second clamp ended at %d, want 71", b.QueueEnd)
	}
	// Fees accrue and are paid to the fee recipient by anyone's call.
	if _, err := e.in.ClaimFees(e.ctx, e.users[2].tx); err != nil {
		t.Fatal(err)
	}
	if bal, _ := e.sim.Client().BalanceAt(e.ctx, e.params.FeeRecipient, nil); bal.Cmp(testFee) != 0 {
		t.Fatalf("fee recipient has %s, want %s", bal, testFee)
	}
	_, err = e.in.ClaimFees(e.ctx, e.users[2].tx)
	wantRevert(t, err, "NoFees")
}

// forceInclusion is refused before D and accepted after, by anyone; the
// sequencer's stale batch is then refused and its next one follows.
func TestForceInclusion(t *testing.T) {
	e := newSimEnv(t)
	_, err := e.forceErr(0)
	wantRevert(t, err, "NothingToForce")
	_, err = e.forceErr(1)
	wantRevert(t, err, "QueueEndAhead")
	var due uint64
	for i := 0; i < 2; i++ {
		it, _, err := e.in.Deposit(e.ctx, e.users[0].tx, common.Address{1}, ether(1))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			due = it.Timestamp + uint64(testDelay.Seconds())
		}
	}
	_, err = e.forceErr(3)
	wantRevert(t, err, "QueueEndAhead")
	_, err = e.forceErr(1)
	wantRevert(t, err, "NotDue")
	e.advance(testDelay - 5e9)
	if e.now() >= due-2 {
		t.Fatalf("clock at %d, item due at %d: the test needs it a few seconds before", e.now(), due)
	}
	_, err = e.forceErr(1)
	wantRevert(t, err, "NotDue")
	stale := e.next(1, 0, 1)
	e.advance(5e9)
	if e.now() < due {
		t.Fatalf("clock at %d, item due at %d", e.now(), due)
	}
	b, err := e.forceErr(1)
	if err != nil {
		t.Fatal(err)
	}
	if b.Kind != KindForced || b.Index != 1 || b.QueueStart != 0 || b.QueueEnd != 1 || b.RecordCount != 0 ||
		b.DataRef != (common.Hash{}) || b.L2BlockStart != 1 || b.L2BlockEnd != 2 || b.StepsEnd != 1 {
		t.Fatalf("forced batch %+v", b)
	}
	_, err = e.forceErr(1)
	wantRevert(t, err, "NothingToForce")
	h := e.newBlob()
	e.certify(h)
	wantRevert(t, e.appendErr(h, stale), "BadBatchIndex")
	b2, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, e.next(2, 1, 1))
	if err != nil {
		t.Fatal(err)
	}
	// The clamp also takes item 1, due by now.
	if b2.PrevHash != b.Hash() || b2.QueueStart != 1 || b2.QueueEnd != 2 || b2.StepsStart != 1 || b2.StepsEnd != 4 {
		t.Fatalf("batch after the forced one %+v", b2)
	}
}

func (e *env) forceErr(queueEnd uint64) (Batch, error) {
	b, _, err := e.in.ForceInclusion(e.ctx, e.users[2].tx, queueEnd)
	return b, err
}

// The follower returns exactly the batches and queue items posted, in
// order, holding back blocks above the confirmation depth.
func TestFollower(t *testing.T) {
	e := newSimEnv(t)
	r := testRand(t)
	blk, _ := e.in.Backend().HeaderByNumber(e.ctx, e.deploy.BlockNumber)
	g := GenesisBatch(blk.Time)
	g.L1Block = e.deploy.BlockNumber.Uint64()
	batches, items := []Batch{g}, []QueueItem{}
	for round := 0; round < 6; round++ {
		for j := r.IntN(3); j > 0; j-- {
			u := e.users[r.IntN(len(e.users))]
			var it QueueItem
			var err error
			if r.IntN(2) == 0 {
				it, _, err = e.in.Deposit(e.ctx, u.tx, common.Address{byte(r.Uint32())}, big.NewInt(int64(1+r.IntN(1000))))
			} else {
				raw := make([]byte, 1+r.IntN(MaxRecord))
				for i := range raw {
					raw[i] = byte(r.Uint32())
				}
				it, _, err = e.in.ForceTx(e.ctx, u.tx, raw, testFee)
			}
			if err != nil {
				t.Fatal(err)
			}
			items = append(items, it)
		}
		if round == 3 {
			e.advance(testDelay)
		}
		h := e.newBlob()
		e.certify(h)
		hd, _ := e.in.Head(e.ctx)
		qlen, _ := e.in.QueueLength(e.ctx)
		b, _, err := e.in.AppendBatch(e.ctx, e.seq.tx, h, e.next(uint64(r.IntN(100)), hd.QueueNext+uint64(r.IntN(int(qlen-hd.QueueNext)+1)), uint64(r.IntN(3))))
		if err != nil {
			t.Fatal(err)
		}
		batches = append(batches, b)
	}

	// Two blocks of confirmations: the last two blocks are held back.
	f := e.in.Follower(Cursor{}, 2)
	var gotB []Batch
	var gotI []QueueItem
	u, err := f.Poll(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	gotB, gotI = append(gotB, u.Batches...), append(gotI, u.Items...)
	head, _ := e.sim.Client().BlockNumber(e.ctx)
	if u.ToBlock != head-2 || len(gotB) == len(batches) {
		t.Fatalf("read to block %d of %d with %d of %d batches", u.ToBlock, head, len(gotB), len(batches))
	}
	if u, _ := f.Poll(e.ctx); len(u.Batches)+len(u.Items) != 0 || u.ToBlock != 0 {
		t.Fatalf("a poll with no new confirmed block returned %+v", u)
	}
	e.sim.Commit()
	e.sim.Commit()
	u, err = f.Poll(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	gotB, gotI = append(gotB, u.Batches...), append(gotI, u.Items...)
	if !reflect.DeepEqual(gotB, batches) {
		t.Fatalf("batches\n got %+v\nwant %+v", gotB, batches)
	}
	if len(items) == 0 {
		items = nil
	}
	if !reflect.DeepEqual(gotI, items) {
		t.Fatalf("items\n got %+v\nwant %+v", gotI, items)
	}
	if c := f.Cursor(); c.NextBatch != uint64(len(batches)) || c.NextItem != uint64(len(items)) || c.Block != head+1 {
		t.Fatalf("cursor %+v", c)
	}
	// Started at the wrong cursor: refused, not silently skipped.
	if _, err := e.in.Follower(Cursor{NextBatch: 3}, 0).Poll(e.ctx); !errors.Is(err, ErrGap) {
		t.Fatalf("got %v, want ErrGap", err)
	}
}

// Thousands of random batches and queue items hash the same in Go and in
// the contract.
func TestHashCrossCheck(t *testing.T) {
	e := newSimEnv(t)
	r := testRand(t)
	n := 2000
	if testing.Short() {
		n = 200
	}
	u64 := func() uint64 {
		switch r.IntN(4) {
		case 0:
			return 0
		case 1:
			return ^uint64(0) - uint64(r.IntN(2))
		}
		return r.Uint64() >> r.IntN(64)
	}
	h32 := func() (h common.Hash) {
		for i := range h {
			h[i] = byte(r.Uint32())
		}
		return h
	}
	for i := 0; i < n; i++ {
		b := Batch{Index: u64(), PrevHash: h32(), Kind: BatchKind(r.Uint32()), DataRef: h32(), K: uint32(u64()),
			RecordCount: u64(), QueueStart: u64(), QueueEnd: u64(), StepsStart: u64(), StepsEnd: u64(),
			L2BlockStart: u64(), L2BlockEnd: u64(), L1Timestamp: u64()}
		got, err := e.in.ContractBatchHash(e.ctx, &b)
		if err != nil {
			t.Fatal(err)
		}
		if got != b.Hash() {
			t.Fatalf("case %d: batch %+v: contract %s, Go %s", i, b, got, b.Hash())
		}
		v := new(big.Int).Rsh(new(big.Int).SetBytes(h32().Bytes()), uint(r.IntN(256)))
		it := QueueItem{Kind: ItemKind(r.Uint32()), L1Sender: common.Address(h32().Bytes()[:20]), To: common.Address(h32().Bytes()[12:]),
			Value: v, DataHash: h32(), L1Block: u64(), Timestamp: u64()}
		got, err = e.in.ContractQueueItemHash(e.ctx, &it)
		if err != nil {
			t.Fatal(err)
		}
		if got != it.Hash() {
			t.Fatalf("case %d: item %+v: contract %s, Go %s", i, it, got, it.Hash())
		}
	}
	_ = dacl1.ErrReverted
}
