package prover

import (
	"crypto/ecdsa"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/rollup/txn"
)

// evmTxLib is contracts/TxDecoder.sol (TxLib.decode behind an external
// call) deployed in go-ethereum's core/vm/runtime.
type evmTxLib struct {
	t    testing.TB
	cfg  *runtime.Config
	addr common.Address
	c    *contracts.TxDecoder
}

func newEVMTxLib(t testing.TB) *evmTxLib {
	t.Helper()
	cfg := &runtime.Config{GasLimit: 30_000_000}
	_, addr, _, err := runtime.Create(common.FromHex(contracts.TxDecoderMetaData.Bin), cfg)
	if err != nil {
		t.Fatalf("deploy TxDecoder: %v", err)
	}
	return &evmTxLib{t: t, cfg: cfg, addr: addr, c: contracts.NewTxDecoder()}
}

// decode calls TxDecoder.decode; gas is the call's execution gas.
func (e *evmTxLib) decode(raw []byte, p txn.Params) (contracts.DecodeOutput, uint64) {
	e.t.Helper()
	in := e.c.PackDecode(raw, p.ChainID, new(big.Int).SetUint64(p.BaseFee))
	ret, left, err := runtime.Call(e.addr, in, e.cfg)
	if err != nil {
		e.t.Fatalf("TxDecoder.decode reverted on %x: %v", raw, err)
	}
	out, err := e.c.UnpackDecode(ret)
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return out, e.cfg.GasLimit - left
}

// agree checks that Go's txn.Decode and TxLib.decode agree on raw: both
// refuse it, or both accept it with the same sender, recipient, nonce,
// value, fee, cost, overflow flag and hash. It returns whether Go accepted.
func (e *evmTxLib) agree(t *testing.T, raw []byte, p txn.Params) bool {
	t.Helper()
	tx, err := txn.Decode(raw, p)
	out, _ := e.decode(raw, p)
	if (err == nil) != out.Ok {
		t.Fatalf("Go says %v, TxLib says ok=%v, for %x (chain %d, base fee %d)", err, out.Ok, raw, p.ChainID, p.BaseFee)
	}
	if err != nil {
		return false
	}
	fee, over := tx.Fee(p.BaseFee)
	cost, over2 := tx.Cost(p.BaseFee)
	got := out.T
	if got.From != tx.From || got.To != tx.To || got.Nonce != tx.Nonce || got.Value.Cmp(tx.Value.ToBig()) != 0 ||
		got.Hash != tx.Hash || got.CostOverflow != (over || over2) {
		t.Fatalf("fields differ for %x:\n Go  %+v\n Sol %+v", raw, tx, got)
	}
	if !(over || over2) && (got.Fee.Cmp(fee.ToBig()) != 0 || got.Cost.Cmp(cost.ToBig()) != 0) {
		t.Fatalf("fee or cost differ for %x: Go %v %v, Sol %v %v", raw, &fee, &cost, got.Fee, got.Cost)
	}
	return true
}

// txCases is the number of random transactions: QUIRE_TXLIB_CASES
// overrides the default (5,000; 1,000 with -short).
func txCases(t *testing.T) int {
	if s := os.Getenv("QUIRE_TXLIB_CASES"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("QUIRE_TXLIB_CASES: %v", err)
		}
		return n
	}
	if testing.Short() {
		return 1000
	}
	return 5000
}

// randBig returns a random integer of up to bits bits, biased towards
// small values and the edges.
func randBig(r *rand.Rand, bits int) *big.Int {
	switch r.IntN(6) {
	case 0:
		return big.NewInt(0)
	case 1:
		return big.NewInt(int64(r.IntN(300)))
	case 2:
		return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(bits)), big.NewInt(int64(r.IntN(3)+1)))
	}
	b := make([]byte, (r.IntN(bits)+8)/8)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return new(big.Int).SetBytes(b)
}

// txGen makes random signed transactions, valid and invalid.
type txGen struct {
	r    *rand.Rand
	keys []*ecdsa.PrivateKey
	p    txn.Params
}

func (g *txGen) key() *ecdsa.PrivateKey { return g.keys[g.r.IntN(len(g.keys))] }

func (g *txGen) addr() *common.Address {
	var a common.Address
	for i := range a {
		a[i] = byte(g.r.Uint32())
	}
	return &a
}

// valid returns a transfer that Go's rules accept (unless the random
// fields overflow the cost, which Decode accepts too).
func (g *txGen) valid() []byte {
	r := g.r
	to := g.addr()
	nonce := r.Uint64() >> uint(r.IntN(64))
	if nonce == ^uint64(0) {
		nonce--
	}
	gas := uint64(21000 + r.IntN(100000))
	value := randBig(r, 256)
	chain := new(big.Int).SetUint64(g.p.ChainID)
	var tx *types.Transaction
	if r.IntN(2) == 0 {
		feeCap := new(big.Int).Add(new(big.Int).SetUint64(g.p.BaseFee), randBig(r, 40))
		tip := new(big.Int).Mod(randBig(r, 64), new(big.Int).Add(feeCap, big.NewInt(1)))
		tx = types.NewTx(&types.DynamicFeeTx{ChainID: chain, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: gas, To: to, Value: value})
	} else {
		price := new(big.Int).Add(new(big.Int).SetUint64(g.p.BaseFee), randBig(r, 40))
		tx = types.NewTx(&types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: to, Value: value})
	}
	return g.sign(tx, types.LatestSignerForChainID(chain))
}

func (g *txGen) sign(tx *types.Transaction, s types.Signer) []byte {
	stx, err := types.SignTx(tx, s, g.key())
	if err != nil {
		panic(err)
	}
	raw, err := stx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return raw
}

// invalid returns a transaction that breaks one rule (some of the random
// choices still come out valid: the comparison decides, not the label).
func (g *txGen) invalid() []byte {
	r := g.r
	chain := new(big.Int).SetUint64(g.p.ChainID)
	base := new(big.Int).SetUint64(g.p.BaseFee)
	to := g.addr()
	dyn := &types.DynamicFeeTx{ChainID: chain, Nonce: r.Uint64N(100), GasTipCap: big.NewInt(1),
		GasFeeCap: new(big.Int).Add(base, big.NewInt(10)), Gas: 21000, To: to, Value: big.NewInt(int64(r.IntN(1e9)))}
	leg := &types.LegacyTx{Nonce: r.Uint64N(100), GasPrice: new(big.Int).Add(base, big.NewInt(3)), Gas: 21000, To: to,
		Value: big.NewInt(int64(r.IntN(1e9)))}
	signer := types.LatestSignerForChainID(chain)
	switch r.IntN(13) {
	case 0: // wrong chain
		other := new(big.Int).SetUint64(g.p.ChainID + 1 + uint64(r.IntN(5)))
		if r.IntN(2) == 0 {
			dyn.ChainID = other
			return g.sign(types.NewTx(dyn), types.LatestSignerForChainID(other))
		}
		return g.sign(types.NewTx(leg), types.LatestSignerForChainID(other))
	case 1: // creation
		dyn.To = nil
		return g.sign(types.NewTx(dyn), signer)
	case 2: // data
		leg.Data = []byte{byte(r.Uint32())}
		return g.sign(types.NewTx(leg), signer)
	case 3: // access list
		dyn.AccessList = types.AccessList{{Address: *to}}
		return g.sign(types.NewTx(dyn), signer)
	case 4: // gas below 21,000
		dyn.Gas = uint64(r.IntN(21000))
		return g.sign(types.NewTx(dyn), signer)
	case 5: // fee cap below the base fee
		if g.p.BaseFee == 0 {
			return g.valid()
		}
		dyn.GasFeeCap = new(big.Int).Sub(base, big.NewInt(1))
		dyn.GasTipCap = big.NewInt(0)
		return g.sign(types.NewTx(dyn), signer)
	case 6: // tip above the fee cap
		dyn.GasTipCap = new(big.Int).Add(dyn.GasFeeCap, big.NewInt(1))
		return g.sign(types.NewTx(dyn), signer)
	case 7: // unprotected legacy (v = 27/28)
		return g.sign(types.NewTx(leg), types.HomesteadSigner{})
	case 8: // high s: the same signature with s' = n - s and the other parity
		return highS(g.sign(types.NewTx(dyn), signer))
	case 9: // nonce at the maximum
		dyn.Nonce = ^uint64(0)
		return g.sign(types.NewTx(dyn), signer)
	case 10: // a non-canonical integer: a leading zero byte in the value
		return leadingZero(g.sign(types.NewTx(leg), signer))
	case 11: // truncated or extended
		raw := g.valid()
		if r.IntN(2) == 0 {
			return raw[:r.IntN(len(raw))]
		}
		return append(raw, byte(r.Uint32()))
	default: // random mutations of a valid transaction
		raw := g.valid()
		for n := r.IntN(3) + 1; n > 0; n-- {
			raw[r.IntN(len(raw))] ^= byte(1 << r.IntN(8))
		}
		return raw
	}
}

// highS rewrites a type-2 transaction's signature to (r, n - s, 1 - v):
// the same signer, refused by the low-s rule.
func highS(raw []byte) []byte {
	var tx types.Transaction
	if err := tx.UnmarshalBinary(raw); err != nil {
		panic(err)
	}
	v, r, s := tx.RawSignatureValues()
	n := crypto.S256().Params().N
	s2 := new(big.Int).Sub(n, s)
	v2 := new(big.Int).Xor(v, big.NewInt(1))
	inner := &types.DynamicFeeTx{ChainID: tx.ChainId(), Nonce: tx.Nonce(), GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(),
		Gas: tx.Gas(), To: tx.To(), Value: tx.Value(), V: v2, R: r, S: s2}
	out, err := types.NewTx(inner).MarshalBinary()
	if err != nil {
		panic(err)
	}
	return out
}

// leadingZero re-encodes a legacy transaction with its value field
// carrying a leading zero byte (non-canonical RLP integer).
func leadingZero(raw []byte) []byte {
	var items []rlp.RawValue
	if err := rlp.DecodeBytes(raw, &items); err != nil {
		panic(err)
	}
	var v []byte
	if err := rlp.DecodeBytes(items[4], &v); err != nil {
		panic(err)
	}
	enc, _ := rlp.EncodeToBytes(append([]byte{0}, v...))
	items[4] = enc
	out, err := rlp.EncodeToBytes(items)
	if err != nil {
		panic(err)
	}
	return out
}

// TestTxLibCrossCheck runs random valid and invalid transactions through
// Go's txn.Decode and TxLib.decode (Solidity, in go-ethereum's EVM): both
// must refuse, or both accept with the same fields. It fails unless both
// outcomes occurred often.
func TestTxLibCrossCheck(t *testing.T) {
	e := newEVMTxLib(t)
	r := rand.New(rand.NewPCG(14, 2))
	var keys []*ecdsa.PrivateKey
	for range 8 {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	params := []txn.Params{{ChainID: 29045, BaseFee: 1_000_000_000}, {ChainID: 1, BaseFee: 0}, {ChainID: 1 << 40, BaseFee: 7}}
	n := txCases(t)
	var accepted, refused int
	for i := 0; i < n; i++ {
		p := params[i%len(params)]
		g := &txGen{r: r, keys: keys, p: p}
		var raw []byte
		if r.IntN(2) == 0 {
			raw = g.valid()
		} else {
			raw = g.invalid()
		}
		if e.agree(t, raw, p) {
			accepted++
		} else {
			refused++
		}
	}
	t.Logf("%d transactions: %d accepted, %d refused, by both sides", n, accepted, refused)
	if accepted < n/4 || refused < n/4 {
		t.Fatalf("too one-sided to mean anything: %d accepted, %d refused", accepted, refused)
	}
}

// TestTxLibRandomBytes feeds short random byte strings (with a type byte or
// list header in front half the time) to both sides.
func TestTxLibRandomBytes(t *testing.T) {
	e := newEVMTxLib(t)
	r := rand.New(rand.NewPCG(14, 3))
	p := txn.Params{ChainID: 29045, BaseFee: 1}
	for range 500 {
		b := make([]byte, r.IntN(130))
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		if len(b) > 2 && r.IntN(2) == 0 {
			b[0] = []byte{0x02, 0xf8, 0xc0 + byte(r.IntN(56))}[r.IntN(3)]
		}
		e.agree(t, b, p)
	}
}

// FuzzTxLibDecode: any bytes, both sides agree.
func FuzzTxLibDecode(f *testing.F) {
	r := rand.New(rand.NewPCG(14, 4))
	k, _ := crypto.GenerateKey()
	g := &txGen{r: r, keys: []*ecdsa.PrivateKey{k}, p: txn.Params{ChainID: 29045, BaseFee: 1_000_000_000}}
	for range 8 {
		f.Add(g.valid())
		f.Add(g.invalid())
	}
	e := newEVMTxLib(f)
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 600 {
			return
		}
		e.t = t
		e.agree(t, raw, g.p)
	})
}

// TestTxLibGas reports the decoding gas of typical transfers (type 2 and
// legacy, 21,000 gas, a value): the one-step verifier's decode part.
func TestTxLibGas(t *testing.T) {
	e := newEVMTxLib(t)
	r := rand.New(rand.NewPCG(14, 5))
	k, _ := crypto.GenerateKey()
	p := txn.Params{ChainID: 29045, BaseFee: 1_000_000_000}
	g := &txGen{r: r, keys: []*ecdsa.PrivateKey{k}, p: p}
	chain := new(big.Int).SetUint64(p.ChainID)
	to := g.addr()
	dyn := g.sign(types.NewTx(&types.DynamicFeeTx{ChainID: chain, Nonce: 7, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(3e9),
		Gas: 21000, To: to, Value: big.NewInt(1e17)}), types.LatestSignerForChainID(chain))
	leg := g.sign(types.NewTx(&types.LegacyTx{Nonce: 7, GasPrice: big.NewInt(2e9), Gas: 21000, To: to, Value: big.NewInt(1e17)}),
		types.LatestSignerForChainID(chain))
	for _, c := range []struct {
		name string
		raw  []byte
	}{{"type 2", dyn}, {"legacy", leg}} {
		out, gas := e.decode(c.raw, p)
		if !out.Ok {
			t.Fatalf("%s transfer refused", c.name)
		}
		t.Logf("%s transfer, %d bytes: %d gas (external call, decode + ecrecover + hash)", c.name, len(c.raw), gas)
	}
}
