package l1

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

// testSeed returns the seed of this run's randomness, from QUIRE_SEED when
// set, and logs it so a failure can be replayed.
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

// member is a test operator: an L1 account and a BLS key.
type member struct {
	key  *ecdsa.PrivateKey
	addr common.Address
	tx   *bind.TransactOpts
	sk   *bls.SecretKey
	pk   bls.PublicKey
}

// env is a simulated L1 with a deployed committee.
type env struct {
	t       testing.TB
	sim     *simulated.Backend
	c       *Committee
	admin   *member
	members []*member
	ctx     context.Context
}

const (
	testDelay  = time.Hour
	testWindow = 2 * time.Hour
)

func newMember(t testing.TB, chainID uint64) *member {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	sk, err := bls.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return &member{key: k, addr: crypto.PubkeyToAddress(k.PublicKey), tx: NewTransactor(k, chainID), sk: sk, pk: sk.PublicKey()}
}

// newEnv deploys a committee on a fresh simulated chain and prepares n
// funded operators (plus spare ones), none registered yet.
func newEnv(t testing.TB, n int) *env {
	t.Helper()
	const chainID = 1337
	admin := newMember(t, chainID)
	ms := make([]*member, n)
	alloc := types.GenesisAlloc{admin.addr: {Balance: ether(1000)}}
	for i := range ms {
		ms[i] = newMember(t, chainID)
		alloc[ms[i].addr] = types.Account{Balance: ether(10)}
	}
	sim, err := NewSimulated(alloc, Prague)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	ctx := context.Background()
	c, err := Deploy(ctx, sim.Client(), admin.tx, DeployParams{ChangeDelay: testDelay, RotationWindow: testWindow},
		WithMiner(func() { sim.Commit() }), WithPollInterval(time.Millisecond), WithTimeout(30*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, sim: sim, c: c, admin: admin, members: ms, ctx: ctx}
	for lo := 0; lo < len(ms); lo += 500 {
		var batch []common.Address
		for _, m := range ms[lo:min(lo+500, len(ms))] {
			batch = append(batch, m.addr)
		}
		e.approve(batch...)
	}
	return e
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (e *env) register(m *member) {
	e.t.Helper()
	if _, err := e.c.Register(e.ctx, m.tx, Registration{
		PublicKey: m.pk, ProofOfPossession: m.sk.ProvePossession(),
		PeerID: testPeerID(m.addr), Addrs: []string{"/ip4/127.0.0.1/tcp/4001"},
	}); err != nil {
		e.t.Fatal(err)
	}
}

// approve lets the operators register.
func (e *env) approve(ops ...common.Address) {
	e.t.Helper()
	if err := e.c.ApproveOperators(e.ctx, e.admin.tx, true, ops...); err != nil {
		e.t.Fatal(err)
	}
}

// testPeerID is a well-formed libp2p peer ID (a sha2-256 multihash) unique
// to the address.
func testPeerID(a common.Address) []byte {
	h := sha256.Sum256(a[:])
	return append([]byte{0x12, 0x20}, h[:]...)
}

// advance moves the chain's clock forward and mines a block.
func (e *env) advance(d time.Duration) {
	e.t.Helper()
	// The pool drops mined transactions asynchronously, and AdjustTime
	// refuses while it still lists any: retry for a while (a loaded machine
	// can take a moment).
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

// change queues ch, waits out the delay and executes it; returns the epoch.
func (e *env) change(ch Change) uint64 {
	e.t.Helper()
	q, err := e.c.QueueChange(e.ctx, e.admin.tx, ch)
	if err != nil {
		e.t.Fatal(err)
	}
	e.advance(testDelay)
	epoch, err := e.c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
	if err != nil {
		e.t.Fatal(err)
	}
	return epoch
}

// setup registers every member and makes them the committee with
// threshold t; returns the epoch's committee.
func (e *env) setup(t int) *EpochCommittee {
	e.t.Helper()
	add := make([]common.Address, len(e.members))
	for i, m := range e.members {
		e.register(m)
		add[i] = m.addr
	}
	epoch := e.change(Change{Add: add, Threshold: uint8(t), Replication: 2})
	ec, err := e.c.Committee(e.ctx, epoch)
	if err != nil {
		e.t.Fatal(err)
	}
	return ec
}

// signers maps committee members back to test members by address.
func (e *env) byAddr(a common.Address) *member {
	for _, m := range e.members {
		if m.addr == a {
			return m
		}
	}
	e.t.Fatalf("no member %s", a)
	return nil
}

// certificate signs msg-of(header) by the committee members at the given
// member indexes.
func (e *env) certificate(ec *EpochCommittee, hh dac.HeaderHash, signers []int, msg [32]byte) *dac.Certificate {
	e.t.Helper()
	bm, err := dac.NewBitmap(len(ec.Members))
	if err != nil {
		e.t.Fatal(err)
	}
	sigs := make([]bls.Signature, 0, len(signers))
	for _, i := range signers {
		if err := bm.Set(i); err != nil {
			e.t.Fatal(err)
		}
		sigs = append(sigs, e.byAddr(ec.Members[i].Address).sk.Sign(msg[:]))
	}
	return &dac.Certificate{HeaderHash: hh, Epoch: ec.Epoch, Signers: bm, Signature: bls.Aggregate(sigs...)}
}

// sign makes a correct certificate for hh in ec's epoch.
func (e *env) sign(ec *EpochCommittee, hh dac.HeaderHash, signers []int) *dac.Certificate {
	return e.certificate(ec, hh, signers, dac.AttestMessage(e.c.ChainID(), e.c.Address(), ec.Epoch, hh))
}

func randomHeader(r *mrand.Rand, epoch uint64, expiry uint64) *dac.HeaderCore {
	h := &dac.HeaderCore{
		Version: dac.FormatVersion, ChainID: r.Uint64(), Size: r.Uint64(), K: r.Uint32(),
		ArchiveData: uint16(r.Uint32()), ArchiveTotal: uint16(r.Uint32()), Expiry: expiry, Epoch: epoch,
	}
	fill(r, h.CommitmentsRoot[:])
	fill(r, h.ArchiveRoot[:])
	return h
}

func fill(r *mrand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.Uint32())
	}
}

func seq(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

// wantRevert fails unless err is a revert with the named contract error.
func wantRevert(t testing.TB, err error, name string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got success, want revert %s", name)
	}
	if _, ok := ErrorSelector(name); !ok && name != "Error" && name != "Panic" {
		t.Fatalf("test bug: the contract has no error %s", name)
	}
	if got := RevertName(err); got != name {
		t.Fatalf("got %v, want revert %s", err, name)
	}
}

// Points that are on the curve but outside the prime-order subgroup, found
// by solving the curve equation for x = 1, 2, ... (the subgroup is a tiny
// fraction of the curve's points).
func nonSubgroupG1(t testing.TB) bls12381.G1Affine {
	var four fp.Element
	four.SetUint64(4)
	for x := uint64(1); x < 1000; x++ {
		var p bls12381.G1Affine
		p.X.SetUint64(x)
		var rhs fp.Element
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &four)
		if p.Y.Sqrt(&rhs) == nil {
			continue
		}
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no non-subgroup G1 point found")
	return bls12381.G1Affine{}
}

func nonSubgroupG2(t testing.TB) bls12381.G2Affine {
	var b bls12381.E2
	b.A0.SetUint64(4)
	b.A1.SetUint64(4)
	for x := uint64(1); x < 1000; x++ {
		var p bls12381.G2Affine
		p.X.A0.SetUint64(x)
		var rhs bls12381.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p
		}
	}
	t.Fatal("no non-subgroup G2 point found")
	return bls12381.G2Affine{}
}
