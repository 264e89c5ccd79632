package txn

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

var testParams = Params{ChainID: 29045, BaseFee: 1_000_000_000}

func testKey(r *rand.Rand) *ecdsa.PrivateKey {
	var b [32]byte
	for {
		for i := range b {
			b[i] = byte(r.Uint32())
		}
		if k, err := crypto.ToECDSA(b[:]); err == nil {
			return k
		}
	}
}

func randBig(r *rand.Rand, bits int) *big.Int {
	v := new(big.Int)
	for i := 0; i < bits; i += 32 {
		v.Lsh(v, 32).Or(v, big.NewInt(int64(r.Uint32())))
	}
	return v.Rsh(v, uint(v.BitLen()-min(v.BitLen(), r.IntN(bits+1))))
}

// randomTx returns a random valid transfer signed by go-ethereum, type 2 or
// legacy.
func randomTx(r *rand.Rand, key *ecdsa.PrivateKey, chainID uint64) *types.Transaction {
	var to common.Address
	for i := range to {
		to[i] = byte(r.Uint32())
	}
	base := new(big.Int).SetUint64(testParams.BaseFee)
	nonce := r.Uint64() >> r.IntN(64)
	if nonce == ^uint64(0) {
		nonce--
	}
	gas := uint64(21000) + r.Uint64()>>r.IntN(64)%1_000_000
	value := randBig(r, 256)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(chainID))
	var inner types.TxData
	if r.IntN(3) == 0 {
		price := new(big.Int).Add(base, randBig(r, 64))
		inner = &types.LegacyTx{Nonce: nonce, GasPrice: price, Gas: gas, To: &to, Value: value}
	} else {
		fee := new(big.Int).Add(base, randBig(r, 200))
		tip := new(big.Int).Rem(randBig(r, 200), new(big.Int).Add(fee, big.NewInt(1)))
		inner = &types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: tip,
			GasFeeCap: fee, Gas: gas, To: &to, Value: value}
	}
	tx, err := types.SignNewTx(key, signer, inner)
	if err != nil {
		panic(err)
	}
	return tx
}

func mustBinary(tx *types.Transaction) []byte {
	b, err := tx.MarshalBinary()
	if err != nil {
		panic(err)
	}
	return b
}

// sameAsGeth checks every field of ours against go-ethereum's decoding.
func sameAsGeth(t *testing.T, ours *Tx, g *types.Transaction) {
	t.Helper()
	from, err := types.Sender(types.LatestSignerForChainID(g.ChainId()), g)
	if err != nil {
		t.Fatalf("geth sender: %v", err)
	}
	v, rr, s := g.RawSignatureValues()
	switch {
	case ours.From != from:
		t.Fatalf("sender %s, geth %s", ours.From, from)
	case ours.Hash != g.Hash():
		t.Fatalf("hash %s, geth %s", ours.Hash, g.Hash())
	case ours.Type != g.Type() || ours.Nonce != g.Nonce() || ours.Gas != g.Gas() || *g.To() != ours.To:
		t.Fatalf("fields differ: %+v vs type %d nonce %d gas %d to %s", ours, g.Type(), g.Nonce(), g.Gas(), g.To())
	case ours.Value.ToBig().Cmp(g.Value()) != 0 || ours.FeeCap.ToBig().Cmp(g.GasFeeCap()) != 0 || ours.TipCap.ToBig().Cmp(g.GasTipCap()) != 0:
		t.Fatalf("amounts differ")
	case ours.V.ToBig().Cmp(v) != 0 || ours.R.ToBig().Cmp(rr) != 0 || ours.S.ToBig().Cmp(s) != 0:
		t.Fatalf("signature values differ")
	case g.ChainId().Uint64() != ours.ChainID:
		t.Fatalf("chain id %d, geth %d", ours.ChainID, g.ChainId())
	}
	price := ours.Price(testParams.BaseFee)
	if want := g.EffectiveGasTipValue(new(big.Int).SetUint64(testParams.BaseFee)); new(big.Int).Sub(price.ToBig(), new(big.Int).SetUint64(testParams.BaseFee)).Cmp(want) != 0 {
		t.Fatalf("price %s: tip above base %s", price.Dec(), want)
	}
}

func TestDecodeMatchesGeth(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 2))
	for i := 0; i < 2000; i++ {
		key := testKey(r)
		g := randomTx(r, key, testParams.ChainID)
		raw := mustBinary(g)
		ours, err := Decode(raw, testParams)
		if err != nil {
			t.Fatalf("tx %d (type %d): %v", i, g.Type(), err)
		}
		sameAsGeth(t, ours, g)
		if ours.From != crypto.PubkeyToAddress(key.PublicKey) {
			t.Fatal("sender is not the signing key's address")
		}
	}
}

// reencode rebuilds the list of a type-2 (prefix 0x02) or legacy (no
// prefix) encoding with item i replaced by enc.
func reencode(t *testing.T, raw []byte, i int, enc []byte) []byte {
	t.Helper()
	prefix := raw[:0]
	body := raw
	n := 9
	if raw[0] == TypeDynamic {
		prefix, body, n = raw[:1], raw[1:], 12
	}
	payload, err := splitList(body)
	if err != nil {
		t.Fatal(err)
	}
	items := make([]item, n)
	if err := splitItems(payload, items); err != nil {
		t.Fatal(err)
	}
	var p []byte
	for j, it := range items {
		if j == i {
			p = append(p, enc...)
		} else {
			p = append(p, it.raw...)
		}
	}
	out := append([]byte{}, prefix...)
	return append(appendListHeader(out, len(p)), p...)
}

func TestDecodeRefusesExactlyTheRules(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	key := testKey(r)
	to := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	chain := new(big.Int).SetUint64(testParams.ChainID)
	signer := types.LatestSignerForChainID(chain)
	gwei := big.NewInt(1e9)
	sign := func(inner types.TxData, s types.Signer) []byte {
		tx, err := types.SignNewTx(key, s, inner)
		if err != nil {
			t.Fatal(err)
		}
		return mustBinary(tx)
	}
	dyn := func(mut func(*types.DynamicFeeTx)) []byte {
		d := &types.DynamicFeeTx{ChainID: chain, Nonce: 5, GasTipCap: big.NewInt(2), GasFeeCap: new(big.Int).Mul(gwei, big.NewInt(2)),
			Gas: 21000, To: &to, Value: big.NewInt(1e15)}
		mut(d)
		return sign(d, signer)
	}
	good := dyn(func(*types.DynamicFeeTx) {})
	legacy := sign(&types.LegacyTx{Nonce: 1, GasPrice: gwei, Gas: 21000, To: &to, Value: big.NewInt(7)}, signer)
	highS := func(raw []byte) []byte {
		g := new(types.Transaction)
		if err := g.UnmarshalBinary(raw); err != nil {
			t.Fatal(err)
		}
		_, _, s := g.RawSignatureValues()
		s2 := new(big.Int).Sub(secp256k1N.ToBig(), s)
		out := reencode(t, raw, 11, appendBig(s2))
		v, _, _ := g.RawSignatureValues()
		return reencode(t, out, 9, appendBig(new(big.Int).Xor(v, big.NewInt(1))))
	}
	tests := []struct {
		name    string
		raw     []byte
		want    Reason // 0: valid
		gethsOK bool   // go-ethereum decodes it and recovers a sender
	}{
		{"valid type 2", good, 0, true},
		{"valid legacy", legacy, 0, true},
		{"trailing byte", append(append([]byte{}, good...), 0), ErrEncoding, false},
		{"truncated", good[:len(good)-1], ErrEncoding, false},
		{"nonce leading zero", reencode(t, good, 1, []byte{0x82, 0x00, 0x05}), ErrNonCanonical, false},
		{"yParity wrapped", reencode(t, good, 9, []byte{0x81, 0x01}), ErrNonCanonical, false},
		{"zero as 0x00", reencode(t, good, 2, []byte{0x00}), ErrNonCanonical, false},
		{"nonce 9 bytes", reencode(t, good, 1, append([]byte{0x89, 1}, make([]byte, 8)...)), ErrFieldSize, false},
		// go-ethereum's decoder takes values above 2^256 (big.Int); the rule refuses them.
		{"value 33 bytes", reencode(t, good, 6, append([]byte{0xa1, 1}, make([]byte, 32)...)), ErrFieldSize, true},
		{"long list header", append([]byte{0x02, 0xf9, 0}, good[2:]...), ErrEncoding, false},
		{"to 19 bytes", reencode(t, good, 5, append([]byte{0x93}, make([]byte, 19)...)), ErrEncoding, false},
		{"high s", highS(good), ErrHighS, false},
		{"r zero", reencode(t, good, 10, []byte{0x80}), ErrSignatureValues, false},
		{"yParity 2", reencode(t, good, 9, []byte{0x02}), ErrYParity, false},
		{"chain 1337", func() []byte {
			c := big.NewInt(1337)
			tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(c), &types.DynamicFeeTx{ChainID: c, Nonce: 1,
				GasTipCap: big.NewInt(1), GasFeeCap: gwei, Gas: 21000, To: &to, Value: big.NewInt(1)})
			return mustBinary(tx)
		}(), ErrChainID, false},
		{"legacy chain 1337", sign(&types.LegacyTx{Nonce: 1, GasPrice: gwei, Gas: 21000, To: &to, Value: big.NewInt(7)},
			types.NewEIP155Signer(big.NewInt(1337))), ErrChainID, false},
		{"legacy unprotected", sign(&types.LegacyTx{Nonce: 1, GasPrice: gwei, Gas: 21000, To: &to, Value: big.NewInt(7)},
			types.HomesteadSigner{}), ErrUnprotected, true},
		{"data", dyn(func(d *types.DynamicFeeTx) { d.Data = []byte{1} }), ErrData, true},
		{"legacy data", sign(&types.LegacyTx{Nonce: 1, GasPrice: gwei, Gas: 21000, To: &to, Data: []byte{0xff, 0}}, signer), ErrData, true},
		{"access list", dyn(func(d *types.DynamicFeeTx) { d.AccessList = types.AccessList{{Address: to}} }), ErrAccessList, true},
		{"contract creation", dyn(func(d *types.DynamicFeeTx) { d.To = nil }), ErrCreate, true},
		{"nonce max", dyn(func(d *types.DynamicFeeTx) { d.Nonce = ^uint64(0) }), ErrNonceMax, true},
		{"gas 20999", dyn(func(d *types.DynamicFeeTx) { d.Gas = 20999 }), ErrIntrinsicGas, true},
		{"fee cap below base", dyn(func(d *types.DynamicFeeTx) { d.GasFeeCap = big.NewInt(999_999_999); d.GasTipCap = big.NewInt(0) }), ErrFeeCapTooLow, true},
		{"legacy price below base", sign(&types.LegacyTx{Nonce: 1, GasPrice: big.NewInt(1), Gas: 21000, To: &to}, signer), ErrFeeCapTooLow, true},
		{"tip above fee cap", dyn(func(d *types.DynamicFeeTx) { d.GasTipCap = new(big.Int).Add(d.GasFeeCap, big.NewInt(1)) }), ErrTipAboveFeeCap, true},
		{"type 1", sign(&types.AccessListTx{ChainID: chain, Nonce: 1, GasPrice: gwei, Gas: 21000, To: &to}, signer), ErrType, true},
		{"empty", nil, ErrType, false},
	}
	var vectors []txVector
	for _, tt := range tests {
		v := txVector{Name: tt.name, Raw: tt.raw, Valid: tt.want == 0}
		if tt.want != 0 {
			v.Reason = tt.want.String()
		} else if d, err := Decode(tt.raw, testParams); err == nil {
			v.From, v.Hash = d.From, d.Hash
		}
		vectors = append(vectors, v)
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.raw, testParams)
			if tt.want == 0 && err != nil || tt.want != 0 && !errors.Is(err, tt.want) {
				t.Fatalf("Decode: %v, want %v", err, tt.want)
			}
			g := new(types.Transaction)
			gerr := g.UnmarshalBinary(tt.raw)
			if gerr == nil {
				_, gerr = types.Sender(types.LatestSignerForChainID(chain), g)
			}
			if (gerr == nil) != tt.gethsOK {
				t.Fatalf("go-ethereum verdict %v, expected ok=%v", gerr, tt.gethsOK)
			}
		})
	}
	checkGoldenTxs(t, vectors)
}

var update = flag.Bool("update", false, "rewrite golden files under testdata")

// txVector is one decoder vector for the Solidity side (testdata/txs.json):
// chain 29045, base fee 1 gwei.
type txVector struct {
	Name   string         `json:"name"`
	Raw    hexutil.Bytes  `json:"raw"`
	Valid  bool           `json:"valid"`
	Reason string         `json:"reason,omitempty"`
	From   common.Address `json:"from,omitempty"`
	Hash   common.Hash    `json:"hash,omitempty"`
}

func checkGoldenTxs(t *testing.T, v []txVector) {
	path := filepath.Join("testdata", "txs.json")
	if *update {
		b, _ := json.MarshalIndent(v, "", "  ")
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var want []txVector
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(v)
	var norm []txVector
	_ = json.Unmarshal(got, &norm)
	if !reflect.DeepEqual(want, norm) {
		t.Fatal("decoder vectors differ from testdata/txs.json (signatures are deterministic, RFC 6979)")
	}
}

func appendBig(v *big.Int) []byte {
	b := v.Bytes()
	if len(b) == 1 && b[0] < 0x80 {
		return b
	}
	return append([]byte{byte(0x80 + len(b))}, b...)
}

// TestTamperedSignature: a changed signature recovers another sender, the
// same one go-ethereum recovers (or both fail).
func TestTamperedSignature(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 200; i++ {
		key := testKey(r)
		g := randomTx(r, key, testParams.ChainID)
		raw := mustBinary(g)
		raw[len(raw)-1-r.IntN(20)] ^= byte(1 + r.IntN(255))
		ours, err := Decode(raw, testParams)
		gt := new(types.Transaction)
		gerr := gt.UnmarshalBinary(raw)
		var gfrom common.Address
		if gerr == nil {
			gfrom, gerr = types.Sender(types.LatestSignerForChainID(gt.ChainId()), gt)
		}
		if (err == nil) != (gerr == nil) {
			t.Fatalf("verdicts differ: ours %v, geth %v", err, gerr)
		}
		if err == nil && (ours.From != gfrom || ours.From == crypto.PubkeyToAddress(key.PublicKey)) {
			t.Fatalf("tampered tx: ours %s geth %s", ours.From, gfrom)
		}
	}
}

// checkAgainstGeth is the differential oracle of the fuzzer: Decode accepts
// exactly the inputs go-ethereum decodes (canonically: re-encoding gives
// the input back) with a recoverable sender and that pass the rollup's
// extra rules, and then agrees on every field.
func checkAgainstGeth(t *testing.T, raw []byte) {
	ours, err := Decode(raw, testParams)
	g := new(types.Transaction)
	gerr := g.UnmarshalBinary(raw)
	gethValid := false
	if gerr == nil && (g.Type() == types.LegacyTxType || g.Type() == types.DynamicFeeTxType) && g.Protected() {
		re, _ := g.MarshalBinary()
		from, serr := types.Sender(types.LatestSignerForChainID(new(big.Int).SetUint64(testParams.ChainID)), g)
		gethValid = serr == nil && bytes.Equal(re, raw) && g.ChainId().Uint64() == testParams.ChainID &&
			g.To() != nil && len(g.Data()) == 0 && len(g.AccessList()) == 0 && g.Nonce() != ^uint64(0) &&
			g.Gas() >= TransferGas && g.GasFeeCap().Cmp(new(big.Int).SetUint64(testParams.BaseFee)) >= 0 &&
			g.GasTipCap().Cmp(g.GasFeeCap()) <= 0 && from != (common.Address{}) &&
			g.Value().BitLen() <= 256 && g.GasFeeCap().BitLen() <= 256 && g.ChainId().BitLen() <= 256
	}
	if (err == nil) != gethValid {
		t.Fatalf("ours %v, geth valid=%v (%v) on %x", err, gethValid, gerr, raw)
	}
	if err == nil {
		sameAsGeth(t, ours, g)
	}
}

func FuzzDecode(f *testing.F) {
	r := rand.New(rand.NewPCG(9, 9))
	for i := 0; i < 6; i++ {
		f.Add(mustBinary(randomTx(r, testKey(r), testParams.ChainID)))
	}
	f.Add([]byte{0x02, 0xc0})
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, raw []byte) {
		if len(raw) > 1024 {
			return
		}
		checkAgainstGeth(t, raw)
		if _, err := DecodeRPC(raw, testParams, 512); err == nil && len(raw) > 512 {
			t.Fatal("oversized accepted")
		}
	})
}

// TestMutationsAgreeWithGeth runs the fuzz oracle over byte mutations of
// valid transactions (the property the fuzzer explores, on every run).
func TestMutationsAgreeWithGeth(t *testing.T) {
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 3))
	for i := 0; i < 3000; i++ {
		raw := mustBinary(randomTx(r, testKey(r), testParams.ChainID))
		switch r.IntN(4) {
		case 0:
			raw[r.IntN(len(raw))] = byte(r.Uint32())
		case 1:
			j := r.IntN(len(raw))
			raw = append(raw[:j:j], raw[j+1:]...)
		case 2:
			j := r.IntN(len(raw))
			raw = append(raw[:j:j], append([]byte{byte(r.Uint32())}, raw[j:]...)...)
		}
		checkAgainstGeth(t, raw)
	}
}

func TestRPCErrors(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	key := testKey(r)
	to := common.Address{1}
	chain := new(big.Int).SetUint64(testParams.ChainID)
	mk := func(nonce uint64, gas uint64, value int64) []byte {
		tx, _ := types.SignNewTx(key, types.LatestSignerForChainID(chain), &types.DynamicFeeTx{ChainID: chain, Nonce: nonce,
			GasTipCap: big.NewInt(0), GasFeeCap: big.NewInt(1e9), Gas: gas, To: &to, Value: big.NewInt(value)})
		return mustBinary(tx)
	}
	if _, err := DecodeRPC(mk(0, 20000, 1), testParams, 512); err == nil || err.Error() != "intrinsic gas too low" {
		t.Fatalf("gas: %v", err)
	}
	if _, err := DecodeRPC([]byte{0x03, 0xc0}, testParams, 512); !errors.Is(err, ErrRPCTxTypeNotSupported) {
		t.Fatalf("type 3: %v", err)
	}
	tx, err := DecodeRPC(mk(3, 21000, 1), testParams, 512)
	if err != nil {
		t.Fatal(err)
	}
	bal := uint256.NewInt(21000*1e9 + 1)
	if err := CheckState(tx, testParams.BaseFee, 4, bal); !errors.Is(err, ErrRPCNonceTooLow) {
		t.Fatalf("nonce low: %v", err)
	}
	if err := CheckState(tx, testParams.BaseFee, 2, bal); !errors.Is(err, ErrRPCNonceTooHigh) {
		t.Fatalf("nonce high: %v", err)
	}
	if err := CheckState(tx, testParams.BaseFee, 3, bal); err != nil {
		t.Fatalf("exact balance: %v", err)
	}
	bal.SubUint64(bal, 1)
	if err := CheckState(tx, testParams.BaseFee, 3, bal); !errors.Is(err, ErrRPCInsufficientFunds) {
		t.Fatalf("funds: %v", err)
	}
}
