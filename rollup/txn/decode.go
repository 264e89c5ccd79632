package txn

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// item is one RLP item of the transaction list: its full encoding and its
// content.
type item struct {
	raw     []byte // header and content
	content []byte
	list    bool
}

// splitList checks that p is exactly one RLP list whose header is in short
// form (0xc0..0xf7) or one-byte long form (0xf8, length >= 56), and returns
// its payload.
func splitList(p []byte) ([]byte, error) {
	if len(p) == 0 {
		return nil, ErrEncoding
	}
	var hdr, n int
	switch b := p[0]; {
	case b >= 0xc0 && b <= 0xf7:
		hdr, n = 1, int(b-0xc0)
	case b == 0xf8:
		if len(p) < 2 || p[1] < 56 {
			return nil, ErrEncoding
		}
		hdr, n = 2, int(p[1])
	default:
		return nil, ErrEncoding
	}
	if len(p) != hdr+n {
		return nil, ErrEncoding
	}
	return p[hdr:], nil
}

// splitItems cuts payload into exactly count items. Strings must use the
// short form (0x80..0xb7; a single byte below 0x80 is the item itself);
// lists are returned whole (only the empty list 0xc0 is ever valid, so
// their content is not parsed beyond the header). A wrapped single byte
// below 0x80 is ErrNonCanonical.
func splitItems(payload []byte, items []item) error {
	for i := range items {
		if len(payload) == 0 {
			return ErrEncoding
		}
		b := payload[0]
		var hdr, n int
		list := false
		switch {
		case b < 0x80:
			hdr, n = 0, 1
		case b <= 0xb7:
			hdr, n = 1, int(b-0x80)
		case b >= 0xc0 && b <= 0xf7:
			hdr, n, list = 1, int(b-0xc0), true
		case b == 0xf8:
			if len(payload) < 2 || payload[1] < 56 {
				return ErrEncoding
			}
			hdr, n, list = 2, int(payload[1]), true
		default: // long strings never fit a field; longer lists never fit a body
			return ErrEncoding
		}
		if len(payload) < hdr+n {
			return ErrEncoding
		}
		items[i] = item{raw: payload[:hdr+n], content: payload[hdr : hdr+n], list: list}
		if !list && hdr == 1 && n == 1 && payload[1] < 0x80 {
			return ErrNonCanonical
		}
		payload = payload[hdr+n:]
	}
	if len(payload) != 0 {
		return ErrEncoding
	}
	return nil
}

// integer checks a canonical big-endian integer of at most max bytes.
func integer(it item, max int) (uint256.Int, error) {
	var v uint256.Int
	if it.list {
		return v, ErrEncoding
	}
	c := it.content
	if len(c) > 0 && c[0] == 0 {
		return v, ErrNonCanonical
	}
	if len(c) > max {
		return v, ErrFieldSize
	}
	v.SetBytes(c)
	return v, nil
}

// Decode decodes and checks a record body or forced transaction against
// the stateless rules and recovers its sender. It returns a Reason on any
// violation. Decode never panics, whatever the input.
func Decode(body []byte, p Params) (*Tx, error) {
	switch {
	case len(body) > 0 && body[0] == TypeDynamic:
		return decodeDynamic(body, p)
	case len(body) > 0 && body[0] >= 0xc0:
		return decodeLegacy(body, p)
	default:
		return nil, ErrType
	}
}

// fields parses the integer fields in order, stopping at the first error.
type fields struct {
	items []item
	err   error
}

func (f *fields) int(i, max int) uint256.Int {
	if f.err != nil {
		return uint256.Int{}
	}
	v, err := integer(f.items[i], max)
	f.err = err
	return v
}

func (f *fields) to(i int) common.Address {
	if f.err != nil {
		return common.Address{}
	}
	it := f.items[i]
	switch {
	case it.list:
		f.err = ErrEncoding
	case len(it.content) == 0:
		f.err = ErrCreate
	case len(it.content) != 20 || len(it.raw) != 21:
		f.err = ErrEncoding
	}
	return common.BytesToAddress(it.content)
}

func (f *fields) data(i int) {
	if f.err != nil {
		return
	}
	switch it := f.items[i]; {
	case it.list:
		f.err = ErrEncoding
	case len(it.raw) != 1 || it.raw[0] != 0x80:
		f.err = ErrData
	}
}

func decodeDynamic(body []byte, p Params) (*Tx, error) {
	payload, err := splitList(body[1:])
	if err != nil {
		return nil, err
	}
	var items [12]item
	if err := splitItems(payload, items[:]); err != nil {
		return nil, err
	}
	t := &Tx{Type: TypeDynamic, Raw: body}
	f := fields{items: items[:]}
	chain := f.int(0, 32)
	nonce := f.int(1, 8)
	t.TipCap = f.int(2, 32)
	t.FeeCap = f.int(3, 32)
	gas := f.int(4, 8)
	t.To = f.to(5)
	t.Value = f.int(6, 32)
	f.data(7)
	if f.err == nil && !(items[8].list && len(items[8].raw) == 1) {
		if items[8].list {
			f.err = ErrAccessList
		} else {
			f.err = ErrEncoding
		}
	}
	v := f.int(9, 32)
	t.R = f.int(10, 32)
	t.S = f.int(11, 32)
	if f.err != nil {
		return nil, f.err
	}
	if !chain.IsUint64() || chain.Uint64() != p.ChainID {
		return nil, ErrChainID
	}
	t.ChainID, t.Nonce, t.Gas = p.ChainID, nonce.Uint64(), gas.Uint64()
	if t.Nonce == ^uint64(0) {
		return nil, ErrNonceMax
	}
	if !v.IsUint64() || v.Uint64() > 1 {
		return nil, ErrYParity
	}
	t.V, t.YParity = v, uint8(v.Uint64())
	if err := t.checkCommon(p); err != nil {
		return nil, err
	}
	if t.TipCap.Gt(&t.FeeCap) {
		return nil, ErrTipAboveFeeCap
	}
	// Signing hash: keccak256(0x02 || rlp([items 0..8])).
	n := 0
	for _, it := range items[:9] {
		n += len(it.raw)
	}
	pre := make([]byte, 0, 1+3+n)
	pre = append(pre, TypeDynamic)
	pre = appendListHeader(pre, n)
	for _, it := range items[:9] {
		pre = append(pre, it.raw...)
	}
	return t, t.recover(keccak(pre))
}

func decodeLegacy(body []byte, p Params) (*Tx, error) {
	payload, err := splitList(body)
	if err != nil {
		return nil, err
	}
	var items [9]item
	if err := splitItems(payload, items[:]); err != nil {
		return nil, err
	}
	t := &Tx{Type: TypeLegacy, Raw: body}
	f := fields{items: items[:]}
	nonce := f.int(0, 8)
	t.FeeCap = f.int(1, 32)
	t.TipCap = t.FeeCap
	gas := f.int(2, 8)
	t.To = f.to(3)
	t.Value = f.int(4, 32)
	f.data(5)
	v := f.int(6, 32)
	t.R = f.int(7, 32)
	t.S = f.int(8, 32)
	if f.err != nil {
		return nil, f.err
	}
	t.V = v
	// v = 2 chainID + 35 + yParity; 27 and 28 are unprotected.
	if v.IsUint64() && (v.Uint64() == 27 || v.Uint64() == 28) {
		return nil, ErrUnprotected
	}
	want := 2*p.ChainID + 35
	switch {
	case v.IsUint64() && v.Uint64() == want:
		t.YParity = 0
	case v.IsUint64() && v.Uint64() == want+1:
		t.YParity = 1
	default:
		return nil, ErrChainID
	}
	t.ChainID, t.Nonce, t.Gas = p.ChainID, nonce.Uint64(), gas.Uint64()
	if t.Nonce == ^uint64(0) {
		return nil, ErrNonceMax
	}
	if err := t.checkCommon(p); err != nil {
		return nil, err
	}
	// Signing hash (EIP-155): keccak256(rlp([items 0..5, chainID, 0, 0])).
	n := 0
	for _, it := range items[:6] {
		n += len(it.raw)
	}
	chain := appendUint(nil, p.ChainID)
	n += len(chain) + 2
	pre := appendListHeader(make([]byte, 0, 3+n), n)
	for _, it := range items[:6] {
		pre = append(pre, it.raw...)
	}
	pre = append(pre, chain...)
	pre = append(pre, 0x80, 0x80)
	return t, t.recover(keccak(pre))
}

// checkCommon applies the rules shared by both types after decoding:
// signature value ranges, the gas limit and the fee cap.
func (t *Tx) checkCommon(p Params) error {
	if t.R.IsZero() || t.S.IsZero() || !t.R.Lt(secp256k1N) || !t.S.Lt(secp256k1N) {
		return ErrSignatureValues
	}
	if t.S.Gt(secp256k1HalfN) {
		return ErrHighS
	}
	if t.Gas < TransferGas {
		return ErrIntrinsicGas
	}
	if t.FeeCap.LtUint64(p.BaseFee) {
		return ErrFeeCapTooLow
	}
	return nil
}

func (t *Tx) recover(sighash common.Hash) error {
	var sig [65]byte
	t.R.WriteToSlice(sig[:32])
	t.S.WriteToSlice(sig[32:64])
	sig[64] = t.YParity
	pub, err := crypto.Ecrecover(sighash[:], sig[:])
	if err != nil || len(pub) != 65 {
		return ErrRecover
	}
	copy(t.From[:], crypto.Keccak256(pub[1:])[12:])
	if t.From == (common.Address{}) {
		return ErrRecover
	}
	t.Hash = keccak(t.Raw)
	return nil
}

// appendListHeader appends the canonical RLP list header for a payload of
// n bytes.
func appendListHeader(b []byte, n int) []byte {
	switch {
	case n <= 55:
		return append(b, byte(0xc0+n))
	case n <= 0xff:
		return append(b, 0xf8, byte(n))
	default:
		return append(b, 0xf9, byte(n>>8), byte(n))
	}
}

// appendUint appends the canonical RLP encoding of v.
func appendUint(b []byte, v uint64) []byte {
	switch {
	case v == 0:
		return append(b, 0x80)
	case v < 0x80:
		return append(b, byte(v))
	}
	var buf [8]byte
	n := 0
	for x := v; x > 0; x >>= 8 {
		n++
	}
	for i := 0; i < n; i++ {
		buf[i] = byte(v >> (8 * (n - 1 - i)))
	}
	b = append(b, byte(0x80+n))
	return append(b, buf[:n]...)
}
