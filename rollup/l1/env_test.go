package l1

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	dacl1 "github.com/quire-da/quire/dac/l1"
)

// testRand returns this run's randomness, seeded from QUIRE_SEED when set,
// and logs the seed so a failure can be replayed.
func testRand(t testing.TB) *mrand.Rand {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("QUIRE_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("QUIRE_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (set QUIRE_SEED to replay)", seed)
	return mrand.New(mrand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

const (
	l1ChainID  = 1337
	l2ChainID  = 29045
	testDelay  = 30 * time.Second
	testRetain = time.Hour
)

var testFee = big.NewInt(1e15)

// account is an L1 account.
type account struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *bind.TransactOpts
}

func newAccount(t testing.TB, chainID uint64) *account {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return &account{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), tx: dacl1.NewTransactor(k, chainID)}
}

// env is an L1 with a committee of four BLS members (threshold 3) in
// epoch 1 and a RollupInbox whose sequencer is seq.
type env struct {
	t       testing.TB
	ctx     context.Context
	sim     *simulated.Backend // nil on geth --dev
	c       *dacl1.Committee
	ec      *dacl1.EpochCommittee
	blsKey  map[common.Address]*bls.SecretKey
	in      *Inbox
	params  Params
	deploy  *types.Receipt
	admin   *account
	seq     *account
	users   []*account
	seqNum  uint64
	members []*account // committee operators, funded
}

// newSimEnv starts a simulated Prague L1 and sets everything up on it.
func newSimEnv(t testing.TB) *env {
	t.Helper()
	admin, seq := newAccount(t, l1ChainID), newAccount(t, l1ChainID)
	users, members := make([]*account, 3), make([]*account, 4)
	alloc := types.GenesisAlloc{admin.addr: {Balance: ether(1000)}, seq.addr: {Balance: ether(1000)}}
	for i := range users {
		users[i] = newAccount(t, l1ChainID)
		alloc[users[i].addr] = types.Account{Balance: ether(1000)}
	}
	for i := range members {
		members[i] = newAccount(t, l1ChainID)
		alloc[members[i].addr] = types.Account{Balance: ether(10)}
	}
	sim, err := dacl1.NewSimulated(alloc, dacl1.Prague)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	e := &env{t: t, ctx: context.Background(), sim: sim, admin: admin, seq: seq, users: users, members: members}
	mine := func() { sim.Commit() }
	e.setup(sim.Client(), l1ChainID, []dacl1.Option{dacl1.WithMiner(mine), dacl1.WithPollInterval(time.Millisecond), dacl1.WithTimeout(30 * time.Second)},
		[]Option{WithMiner(mine), WithPollInterval(time.Millisecond), WithTimeout(30 * time.Second)})
	return e
}

// setup deploys the committee (change delay 0), registers e.members,
// opens epoch 1 with threshold 3 and deploys the inbox.
func (e *env) setup(b Backend, chainID uint64, copts []dacl1.Option, iopts []Option) {
	t := e.t
	t.Helper()
	c, err := dacl1.Deploy(e.ctx, b, e.admin.tx, dacl1.DeployParams{RotationWindow: time.Hour}, copts...)
	if err != nil {
		t.Fatal(err)
	}
	e.c = c
	e.blsKey = map[common.Address]*bls.SecretKey{}
	var add []common.Address
	for _, m := range e.members {
		add = append(add, m.addr)
	}
	if err := c.ApproveOperators(e.ctx, e.admin.tx, true, add...); err != nil {
		t.Fatal(err)
	}
	for _, m := range e.members {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := c.Register(e.ctx, m.tx, dacl1.Registration{
			PublicKey: sk.PublicKey(), ProofOfPossession: sk.ProvePossession(),
			Addrs: []string{"/ip4/127.0.0.1/tcp/4001"},
		}); err != nil {
			t.Fatal(err)
		}
		e.blsKey[m.addr] = sk
	}
	q, err := c.QueueChange(e.ctx, e.admin.tx, dacl1.Change{Add: add, Threshold: 3, Replication: 2})
	if err != nil {
		t.Fatal(err)
	}
	epoch, err := c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.ec, err = c.Committee(e.ctx, epoch); err != nil {
		t.Fatal(err)
	}
	e.params = Params{
		Committee: c.Address(), Sequencer: e.seq.addr, FeeRecipient: common.HexToAddress("0xfee0000000000000000000000000000000000fee"),
		L2ChainID: l2ChainID, ForceDelay: testDelay, MinRetention: testRetain, ForceTxFee: testFee,
	}
	if e.in, e.deploy, err = Deploy(e.ctx, b, e.admin.tx, e.params, iopts...); err != nil {
		t.Fatal(err)
	}
}

// advance moves the simulated clock forward and mines a block.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	for try := 0; ; try++ {
		err := e.sim.AdjustTime(d)
		if err == nil {
			break
		}
		if try == 400 {
			e.t.Fatal(err)
		}
		time.Sleep(25 * time.Millisecond)
	}
	e.sim.Commit()
}

// blob returns the header core of a real one-row quire blob holding
// payload (at most 126,976 bytes), expiring at expiry: its data row packed
// 31 bytes per field element, committed with go-ethereum's kzg4844 (a
// quire data row is an EIP-4844 blob), and the parity row of a one-row
// square equal to the data row (the column polynomial has degree 0).
func (e *env) blob(payload []byte, expiry uint64) *dac.HeaderCore {
	e.t.Helper()
	var row kzg4844.Blob
	for i := 0; i*31 < len(payload); i++ {
		copy(row[i*32+1:(i+1)*32], payload[i*31:])
	}
	c, err := kzg4844.BlobToCommitment(&row)
	if err != nil {
		e.t.Fatal(err)
	}
	cm := dac.Commitment(c)
	return &dac.HeaderCore{
		Version: dac.FormatVersion, ChainID: e.c.ChainID(), Size: uint64(len(payload)), K: 1,
		CommitmentsRoot: dac.CommitmentsRoot([]dac.Commitment{cm, cm}),
		Expiry:          expiry, Epoch: e.ec.Epoch,
	}
}

// now returns the latest block's timestamp.
func (e *env) now() uint64 {
	e.t.Helper()
	h, err := e.in.Backend().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// newBlob returns a fresh real blob expiring a day from now.
func (e *env) newBlob() *dac.HeaderCore {
	e.seqNum++
	return e.blob([]byte(fmt.Sprintf("quire rollup batch %d", e.seqNum)), e.now()+24*3600)
}

// cert returns a real certificate of h signed by the members at idx.
func (e *env) cert(h *dac.HeaderCore, idx ...int) dacl1.CertificateArgs {
	e.t.Helper()
	bm, err := dac.NewBitmap(len(e.ec.Members))
	if err != nil {
		e.t.Fatal(err)
	}
	msg := dac.AttestMessage(e.c.ChainID(), e.c.Address(), e.ec.Epoch, h.Hash())
	var sigs []bls.Signature
	for _, i := range idx {
		if err := bm.Set(i); err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, e.blsKey[e.ec.Members[i].Address].Sign(msg[:]))
	}
	a, err := e.ec.CertificateArgs(&dac.Certificate{HeaderHash: h.Hash(), Epoch: e.ec.Epoch, Signers: bm, Signature: bls.Aggregate(sigs...)})
	if err != nil {
		e.t.Fatal(err)
	}
	return a
}

// certify certifies h in the committee (three of four signing).
func (e *env) certify(h *dac.HeaderCore) {
	e.t.Helper()
	if _, err := e.c.CertifyArgs(e.ctx, e.admin.tx, h, e.cert(h, 0, 1, 3)); err != nil {
		e.t.Fatal(err)
	}
}

// next returns BatchArgs continuing the chain's head with recordCount
// records, queueEnd and blocks more L2 blocks.
func (e *env) next(recordCount, queueEnd, blocks uint64) BatchArgs {
	e.t.Helper()
	hd, err := e.in.Head(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	prev, err := e.in.BatchHash(e.ctx, hd.NextBatch-1)
	if err != nil {
		e.t.Fatal(err)
	}
	return BatchArgs{Index: hd.NextBatch, PrevHash: prev, RecordCount: recordCount, QueueEnd: queueEnd,
		L2BlockStart: hd.L2BlockEnd, L2BlockEnd: hd.L2BlockEnd + blocks}
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// wantRevert fails unless err is a revert with the named contract error.
func wantRevert(t testing.TB, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got success, want revert %s", name)
	}
	if _, ok := ErrorSelector(name); !ok {
		_, inGame := GameErrorSelector(name)
		if _, ok := dacl1.ErrorSelector(name); !ok && !inGame {
			t.Fatalf("test bug: no contract error %s", name)
		}
	}
	if got := RevertName(err); got != name {
		t.Fatalf("got %v, want revert %s", err, name)
	}
}
