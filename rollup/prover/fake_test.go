package prover

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// ---- a derived chain (the verifier node's view), built with stf ----

var testParams = stf.ParamsOf(rollup.DevConfig())

type memSource struct {
	store   *state.MemStore
	batches []*stf.Batch // index i+1
	after   []state.Roots
	heads   []stf.Head
	results []*stf.Result // with StepRoots
	// limit, when set, is the safe batch reported (the node's progress).
	limit func() uint64
}

func (s *memSource) Safe(context.Context) (uint64, error) {
	if s.limit != nil {
		return min(s.limit(), uint64(len(s.batches))), nil
	}
	return uint64(len(s.batches)), nil
}
func (s *memSource) Steps(_ context.Context, i uint64) (uint64, uint64, error) {
	if i == 0 || i > uint64(len(s.batches)) {
		return 0, 0, fmt.Errorf("no batch %d", i)
	}
	b := s.batches[i-1]
	return b.StepsStart, b.StepsEnd(), nil
}
func (s *memSource) Batch(_ context.Context, i uint64) (*stf.Batch, error) {
	if i == 0 || i > uint64(len(s.batches)) {
		return nil, fmt.Errorf("no batch %d", i)
	}
	return s.batches[i-1], nil
}
func (s *memSource) After(_ context.Context, i uint64) (state.Roots, stf.Head, error) {
	if i > uint64(len(s.batches)) {
		return state.Roots{}, stf.Head{}, fmt.Errorf("no batch %d", i)
	}
	return s.after[i], s.heads[i], nil
}
func (s *memSource) Store() state.Store { return s.store }

func testKey(i int) *ecdsa.PrivateKey {
	var b [32]byte
	b[0], b[30], b[31] = 0x7a, byte(i>>8), byte(i+1)
	k, err := crypto.ToECDSA(b[:])
	if err != nil {
		panic(err)
	}
	return k
}

func signTx(k *ecdsa.PrivateKey, nonce uint64, to common.Address, value *big.Int) []byte {
	chain := new(big.Int).SetUint64(testParams.ChainID)
	tx, err := types.SignNewTx(k, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, Nonce: nonce,
		GasTipCap: big.NewInt(1), GasFeeCap: new(big.Int).SetUint64(testParams.BaseFee * 2), Gas: 21000, To: &to, Value: value})
	if err != nil {
		panic(err)
	}
	b, _ := tx.MarshalBinary()
	return b
}

var oneEther = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// randomChain builds nb batches of random steps over accounts: deposits,
// transfers (some with stale nonces or too much value), forced
// transactions, withdrawals, markers and junk records.
func randomChain(t testing.TB, seed uint64, nb, perBatch int) *memSource {
	rng := rand.New(rand.NewPCG(seed, 7))
	const accounts = 8
	keys := make([]*ecdsa.PrivateKey, accounts)
	addrs := make([]common.Address, accounts)
	for i := range keys {
		keys[i] = testKey(i)
		addrs[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	nonces := make([]uint64, accounts) // the nonces the generator expects
	src := &memSource{store: state.NewMemStore()}
	st := state.New(src.store)
	_, head := stf.Genesis(testParams)
	src.after = append(src.after, st.Roots())
	src.heads = append(src.heads, head)
	var steps, queueIdx uint64
	for bi := 1; bi <= nb; bi++ {
		var queue []stf.QueueItem
		addQ := func(it stf.QueueItem) { it.Index = queueIdx; queueIdx++; queue = append(queue, it) }
		if bi == 1 {
			for _, a := range addrs {
				addQ(stf.QueueItem{Kind: stf.QueueDeposit, To: a, Value: uint256.MustFromBig(new(big.Int).Mul(oneEther, big.NewInt(10)))})
			}
		}
		w := batch.NewWriter(1, testParams.MaxRecord)
		add := func(b []byte) {
			if err := w.Add(b); err != nil {
				t.Fatal(err)
			}
		}
		add(stf.Marker{Time: 5000 + uint64(bi), L1Origin: uint64(bi)}.Encode())
		for range perBatch {
			from := rng.IntN(accounts - 1) // the last account sends only forced transactions
			switch r := rng.IntN(20); {
			case r < 12:
				v := big.NewInt(int64(rng.IntN(1e9) + 1))
				add(signTx(keys[from], nonces[from], addrs[rng.IntN(accounts)], v))
				nonces[from]++
			case r < 13: // a stale nonce: a no-op
				add(signTx(keys[from], nonces[from]/2, addrs[rng.IntN(accounts)], big.NewInt(5)))
				if nonces[from] == 0 {
					nonces[from]++
				}
			case r < 14: // more than the balance: a no-op
				add(signTx(keys[from], nonces[from], addrs[0], new(big.Int).Mul(oneEther, big.NewInt(1000))))
			case r < 16:
				add(signTx(keys[from], nonces[from], rollup.WithdrawalAddress, big.NewInt(int64(rng.IntN(1e12)+1))))
				nonces[from]++
			case r < 17:
				addQ(stf.QueueItem{Kind: stf.QueueDeposit, To: addrs[rng.IntN(accounts)], Value: uint256.NewInt(uint64(rng.IntN(1e15) + 1))})
			case r < 18:
				// Forced transactions go first (queue items), so they
				// must use the sender's nonce before this batch's records:
				// use a sender that has no record yet in this batch.
				addQ(stf.QueueItem{Kind: stf.QueueForcedTx, Tx: signTx(keys[accounts-1], nonces[accounts-1], addrs[1], big.NewInt(77))})
				nonces[accounts-1]++
			case r < 19:
				add([]byte{0x55, byte(rng.IntN(256))}) // junk: a no-op
			default:
				add(stf.Marker{Time: 6000 + uint64(bi), L1Origin: uint64(bi)}.Encode())
			}
		}
		b := &stf.Batch{Index: uint64(bi), L1Block: 100 + uint64(bi), L1Time: 7000 + uint64(bi), StepsStart: steps,
			Queue: queue, RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), 1)}
		res, err := stf.ApplyBatch(testParams, st, head, b, stf.Options{StepRoots: true})
		if err != nil {
			t.Fatal(err)
		}
		r, err := st.Commit()
		if err != nil {
			t.Fatal(err)
		}
		head = res.Head
		steps = b.StepsEnd()
		src.batches = append(src.batches, b)
		src.after = append(src.after, r)
		src.heads = append(src.heads, head)
		src.results = append(src.results, res)
	}
	return src
}

// ---- a fake RollupGame: game-abi.md's semantics in memory ----

var errRevert = errors.New("fake L1: revert")

type fakeChain struct {
	mu        sync.Mutex
	now       uint64
	params    GameParams
	src       *memSource
	oneStep   func(pre state.Roots, cursor, g uint64, proof []byte) (common.Hash, error)
	proposals []Proposal
	games     []Game
	hasMid    []bool
	credit    map[common.Address]*big.Int
	paid      map[common.Address]*big.Int
	spent     map[common.Address]*big.Int
	beaten    map[uint64]bool // proposals whose bond went to a challenger
	reverts   map[common.Address]int
}

func newFakeChain(src *memSource) *fakeChain {
	c := &fakeChain{now: 1000, src: src,
		params: GameParams{ChallengeWindow: 200, Clock: 40, ProposerBond: big.NewInt(1000), ChallengerBond: big.NewInt(100)},
		credit: map[common.Address]*big.Int{}, paid: map[common.Address]*big.Int{}, spent: map[common.Address]*big.Int{},
		beaten: map[uint64]bool{}, reverts: map[common.Address]int{}}
	c.proposals = []Proposal{{ID: 0, Status: ProposalFinalized}}
	c.oneStep = referenceOneStep(src)
	return c
}

func add(m map[common.Address]*big.Int, a common.Address, v *big.Int) {
	if m[a] == nil {
		m[a] = new(big.Int)
	}
	m[a].Add(m[a], v)
}

type fakeL1 struct {
	c  *fakeChain
	me common.Address
}

func (c *fakeChain) as(a common.Address) *fakeL1 { return &fakeL1{c: c, me: a} }

func (f *fakeL1) lock() func() { f.c.mu.Lock(); return f.c.mu.Unlock }

func (f *fakeL1) revert(format string, a ...any) error {
	f.c.reverts[f.me]++
	return fmt.Errorf("%w: "+format, append([]any{errRevert}, a...)...)
}

func (f *fakeL1) Address() common.Address { return f.me }
func (f *fakeL1) Now(context.Context) (uint64, error) {
	defer f.lock()()
	return f.c.now, nil
}
func (f *fakeL1) Params(context.Context) (GameParams, error) { return f.c.params, nil }
func (f *fakeL1) ProposalCount(context.Context) (uint64, error) {
	defer f.lock()()
	return uint64(len(f.c.proposals)), nil
}
func (f *fakeL1) Proposal(_ context.Context, id uint64) (Proposal, error) {
	defer f.lock()()
	if id >= uint64(len(f.c.proposals)) {
		return Proposal{}, fmt.Errorf("no proposal %d", id)
	}
	return f.c.proposals[id], nil
}
func (f *fakeL1) GameCount(context.Context) (uint64, error) {
	defer f.lock()()
	return uint64(len(f.c.games)), nil
}
func (f *fakeL1) Game(_ context.Context, id uint64) (Game, error) {
	defer f.lock()()
	if id >= uint64(len(f.c.games)) {
		return Game{}, fmt.Errorf("no game %d", id)
	}
	return f.c.games[id], nil
}
func (f *fakeL1) Credit(_ context.Context, a common.Address) (*big.Int, error) {
	defer f.lock()()
	if f.c.credit[a] == nil {
		return new(big.Int), nil
	}
	return new(big.Int).Set(f.c.credit[a]), nil
}

func (f *fakeL1) Propose(_ context.Context, parent, b uint64, r state.Roots, l2 common.Hash) (uint64, error) {
	defer f.lock()()
	c := f.c
	if parent >= uint64(len(c.proposals)) || c.proposals[parent].Status == ProposalRejected {
		return 0, f.revert("bad parent %d", parent)
	}
	if b <= c.proposals[parent].Batch || b > uint64(len(c.src.batches)) {
		return 0, f.revert("bad batch %d", b)
	}
	id := uint64(len(c.proposals))
	c.proposals = append(c.proposals, Proposal{ID: id, Parent: parent, Batch: b, StepsEnd: c.src.batches[b-1].StepsEnd(),
		StateRoot: r.State, WithdrawalsRoot: r.Withdrawals, L2BlockHash: l2, Proposer: f.me, Time: c.now})
	add(c.spent, f.me, c.params.ProposerBond)
	return id, nil
}

func (f *fakeL1) Challenge(_ context.Context, pid uint64) (uint64, error) {
	defer f.lock()()
	c := f.c
	if pid == 0 || pid >= uint64(len(c.proposals)) || c.proposals[pid].Status != ProposalPending {
		return 0, f.revert("proposal %d not pending", pid)
	}
	p := c.proposals[pid]
	if c.now > p.Time+c.params.ChallengeWindow {
		return 0, f.revert("window closed")
	}
	par := c.proposals[p.Parent]
	id := uint64(len(c.games))
	g := Game{ID: id, Proposal: pid, Challenger: f.me, Lo: 0, Hi: p.StepsEnd - par.StepsEnd,
		ClaimLo: stf.Claim(par.Roots(), 0), ClaimHi: stf.Claim(p.Roots(), 0), Turn: SideProposer, TurnStart: c.now,
		ProposerClock: c.params.Clock, ChallengerClock: c.params.Clock}
	c.games = append(c.games, g)
	c.hasMid = append(c.hasMid, false)
	add(c.spent, f.me, c.params.ChallengerBond)
	if g.Hi == 0 {
		c.resolve(id, g.ClaimLo == g.ClaimHi)
	}
	return id, nil
}

// resolve ends game id and pays the bonds.
func (c *fakeChain) resolve(id uint64, proposerWins bool) {
	g := &c.games[id]
	p := &c.proposals[g.Proposal]
	if proposerWins {
		g.Status = GameProposerWon
		add(c.credit, p.Proposer, c.params.ChallengerBond)
		return
	}
	g.Status = GameChallengerWon
	add(c.credit, g.Challenger, c.params.ChallengerBond)
	if !c.beaten[p.ID] {
		c.beaten[p.ID] = true
		add(c.credit, g.Challenger, c.params.ProposerBond)
	}
	p.Status = ProposalRejected
}

func (f *fakeL1) move(gid uint64, side Side) (*Game, error) {
	c := f.c
	if gid >= uint64(len(c.games)) {
		return nil, f.revert("no game %d", gid)
	}
	g := &c.games[gid]
	owner := c.proposals[g.Proposal].Proposer
	if side == SideChallenger {
		owner = g.Challenger
	}
	switch {
	case g.Status != GameOpen:
		return nil, f.revert("game %d over", gid)
	case f.me != owner:
		return nil, f.revert("not the %s", side)
	case g.Turn != side:
		return nil, f.revert("not the %s's turn", side)
	case g.Expired(c.now):
		return nil, f.revert("clock out")
	}
	used := c.now - g.TurnStart
	if side == SideProposer {
		g.ProposerClock -= used
		g.Turn = SideChallenger
	} else {
		g.ChallengerClock -= used
		g.Turn = SideProposer
	}
	g.TurnStart = c.now
	return g, nil
}

func (f *fakeL1) Bisect(_ context.Context, gid uint64, mid common.Hash) error {
	defer f.lock()()
	if gid < uint64(len(f.c.games)) && f.c.games[gid].Leaf() {
		return f.revert("at a leaf")
	}
	g, err := f.move(gid, SideProposer)
	if err != nil {
		return err
	}
	g.Mid = mid
	f.c.hasMid[gid] = true
	return nil
}

func (f *fakeL1) Choose(_ context.Context, gid uint64, agree bool) error {
	defer f.lock()()
	g, err := f.move(gid, SideChallenger)
	if err != nil {
		return err
	}
	m := g.Midpoint()
	if agree {
		g.Lo, g.ClaimLo = m, g.Mid
	} else {
		g.Hi, g.ClaimHi = m, g.Mid
	}
	g.Mid, f.c.hasMid[gid] = common.Hash{}, false
	return nil
}

func (f *fakeL1) Step(_ context.Context, gid uint64, pre state.Roots, cursor uint64, proof []byte) error {
	defer f.lock()()
	c := f.c
	if gid >= uint64(len(c.games)) || c.games[gid].Status != GameOpen || !c.games[gid].Leaf() {
		return f.revert("no leaf")
	}
	g := c.games[gid]
	if stf.Claim(pre, cursor) != g.ClaimLo {
		return f.revert("pre-state is not claimLo")
	}
	base := c.proposals[c.proposals[g.Proposal].Parent].StepsEnd
	post, err := c.oneStep(pre, cursor, base+g.Lo, proof)
	if err != nil {
		return f.revert("one step: %v", err)
	}
	c.resolve(gid, post == g.ClaimHi)
	return nil
}

func (f *fakeL1) Timeout(_ context.Context, gid uint64) error {
	defer f.lock()()
	c := f.c
	if gid >= uint64(len(c.games)) || !c.games[gid].Expired(c.now) {
		return f.revert("no timeout")
	}
	c.resolve(gid, c.games[gid].Turn == SideChallenger)
	return nil
}

func (f *fakeL1) Finalize(_ context.Context, pid uint64) error {
	defer f.lock()()
	c := f.c
	if pid == 0 || pid >= uint64(len(c.proposals)) {
		return f.revert("no proposal")
	}
	p := &c.proposals[pid]
	switch {
	case p.Status != ProposalPending:
		return f.revert("not pending")
	case c.now < p.Time+c.params.ChallengeWindow:
		return f.revert("window open")
	case c.proposals[p.Parent].Status != ProposalFinalized:
		return f.revert("parent not finalized")
	}
	for _, g := range c.games {
		if g.Proposal == pid && g.Status == GameOpen {
			return f.revert("open game")
		}
	}
	p.Status = ProposalFinalized
	add(c.credit, p.Proposer, c.params.ProposerBond)
	return nil
}

func (f *fakeL1) Reject(_ context.Context, pid uint64) error {
	defer f.lock()()
	c := f.c
	if pid == 0 || pid >= uint64(len(c.proposals)) || c.proposals[pid].Status != ProposalPending {
		return f.revert("not pending")
	}
	p := &c.proposals[pid]
	ok := c.proposals[p.Parent].Status == ProposalRejected
	for _, s := range c.proposals {
		ok = ok || (s.ID != pid && s.Parent == p.Parent && s.Status == ProposalFinalized)
	}
	if !ok {
		return f.revert("no reason to reject")
	}
	p.Status = ProposalRejected
	return nil
}

func (f *fakeL1) ClaimCredit(context.Context) error {
	defer f.lock()()
	c := f.c
	if c.credit[f.me] == nil || c.credit[f.me].Sign() == 0 {
		return f.revert("no credit")
	}
	add(c.paid, f.me, c.credit[f.me])
	c.credit[f.me] = new(big.Int)
	return nil
}

// ---- one-step test doubles ----

// fakeProver is a StepProver test double: its "proof" is the global step
// and the post-claim it computes with stf.Step on the pre-state; the real
// BuildStep packs KZG openings and SMT proofs instead.
type fakeProver struct{}

func (fakeProver) BuildStep(_ context.Context, ps *PreState) ([]byte, error) {
	inputs := ps.Batch.Inputs(testParams.MaxRecord)
	if _, err := stf.Step(testParams, ps.State, inputs[ps.Index]); err != nil {
		return nil, err
	}
	proof := binary.BigEndian.AppendUint64(nil, ps.Step)
	post := stf.Claim(ps.State.Roots(), cursorAfter(inputs, ps.Index))
	return append(proof, post[:]...), nil
}

func cursorAfter(inputs []stf.Input, i int) uint64 {
	if inputs[i].Record == nil || i == len(inputs)-1 {
		return 0
	}
	return inputs[i].Record.Next
}

// referenceOneStep is the fake chain's OneStep: it re-executes global step
// g of the canonical chain from the derivation (independently of the
// Trace), refuses a pre-state that is not the canonical one at g (the real
// OneStep refuses SMT proofs that do not open the pre-roots; with at least
// one honest player claimLo is always canonical) and a proof that does not
// carry g and the same post-claim, and returns the post-claim.
func referenceOneStep(src *memSource) func(state.Roots, uint64, uint64, []byte) (common.Hash, error) {
	return func(pre state.Roots, cursor, g uint64, proof []byte) (common.Hash, error) {
		for i, b := range src.batches {
			if g < b.StepsStart || g >= b.StepsEnd() {
				continue
			}
			st := state.Open(src.store, src.after[i])
			inputs := b.Inputs(testParams.MaxRecord)
			n := int(g - b.StepsStart)
			var cur uint64
			for j := range n {
				if _, err := stf.Step(testParams, st, inputs[j]); err != nil {
					return common.Hash{}, err
				}
				cur = cursorAfter(inputs, j)
			}
			if st.Roots() != pre || cur != cursor {
				return common.Hash{}, errors.New("pre-state does not open")
			}
			if _, err := stf.Step(testParams, st, inputs[n]); err != nil {
				return common.Hash{}, err
			}
			post := stf.Claim(st.Roots(), cursorAfter(inputs, n))
			if len(proof) != 40 || binary.BigEndian.Uint64(proof) != g || common.BytesToHash(proof[8:]) != post {
				return common.Hash{}, errors.New("proof does not check")
			}
			return post, nil
		}
		return common.Hash{}, fmt.Errorf("step %d in no batch", g)
	}
}
