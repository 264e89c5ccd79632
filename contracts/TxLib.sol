// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @title quire L2 transaction decoding on L1
/// @notice The stateless rules of rollup/txn.Decode, for the one-step
/// verifier: a signed L2 transfer is a type-2 (EIP-1559) transaction or an
/// EIP-155 legacy one, in canonical RLP, with an empty data field (and an
/// empty access list), a recipient, gas >= 21,000, a fee cap at or above the
/// base fee, the tip at or below the fee cap, a low-s signature and the
/// chain's ID. Anything else is a malformed transaction: decode returns
/// ok = false, which the state transition treats as a no-op step. It never
/// reverts on its input.
///
/// The RLP shapes accepted are exactly Go's (rollup/txn/decode.go):
/// - the transaction list: a short header (0xc0..0xf7) or the one-byte long
///   form 0xf8 with a length of at least 56, covering the input exactly;
/// - each field: a single byte below 0x80, or a short string (0x80..0xb7)
///   that does not wrap a single byte below 0x80; lists only where the
///   rules want one (the access list, which must be 0xc0); nothing longer;
/// - integers without leading zero bytes, at most 8 bytes (nonce, gas) or
///   32 bytes (the rest); the recipient exactly 0x94 || 20 bytes.
///
/// Cross-checked against Go on random and mutated transactions in
/// rollup/prover (TestTxLibCrossCheck, FuzzTxLibDecode).
library TxLib {
    /// A decoded transfer. fee = 21000 x price, price = min(feeCap, baseFee +
    /// tip) for type 2 and the gas price for legacy; cost = value + fee.
    /// costOverflow: fee or cost exceeded 256 bits (no balance covers it);
    /// fee and cost are then meaningless. hash = keccak256 of the encoding.
    struct Tx {
        address from;
        address to;
        uint64 nonce;
        uint256 value;
        uint256 fee;
        uint256 cost;
        bool costOverflow;
        bytes32 hash;
    }

    uint256 private constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;
    uint256 private constant SECP256K1_HALF_N = SECP256K1_N >> 1;
    uint256 private constant TRANSFER_GAS = 21000;

    /// Field positions in a decoded list: for each item, the offset of its
    /// first byte (header included) in raw, where its content starts, and
    /// its content length.
    struct Items {
        uint256[12] at;
        uint256[12] content;
        uint256[12] len;
        uint256 listMask; // bit i: item i is a list
    }

    /// Decodes a signed L2 transaction exactly as rollup/txn.Decode does and
    /// recovers its sender. ok is false exactly when txn.Decode errors.
    function decode(bytes memory raw, uint64 chainId, uint256 baseFee) internal view returns (bool ok, Tx memory t) {
        if (raw.length == 0) return (false, t);
        uint256 b0 = _byte(raw, 0);
        if (b0 == 0x02) return _dynamic(raw, chainId, baseFee);
        if (b0 >= 0xc0) return _legacy(raw, chainId, baseFee);
        return (false, t);
    }

    // ------------------------------------------------------------------
    // The two transaction types

    /// Integer fields and their largest sizes, one byte per item (0: not an
    /// integer). Type 2: chainId, nonce (8), tip, feeCap, gas (8), -, value,
    /// -, -, v, r, s. Legacy: nonce (8), gasPrice, gas (8), -, value, -, v, r, s.
    uint256 private constant DYNAMIC_INTS = 0x20_08_20_20_08_00_20_00_00_20_20_20;
    uint256 private constant LEGACY_INTS = 0x08_20_08_00_20_00_20_20_20;

    function _dynamic(bytes memory raw, uint64 chainId, uint256 baseFee) private view returns (bool, Tx memory t) {
        (bool ok, uint256 start) = _list(raw, 1);
        if (!ok) return (false, t);
        Items memory it;
        if (!_split(raw, start, 12, it)) return (false, t);
        uint256[12] memory f;
        if (!_ints(raw, it, 12, DYNAMIC_INTS, f)) return (false, t);
        (ok, t.to) = _to(raw, it, 5);
        if (!ok || !_emptyData(raw, it, 7)) return (false, t);
        // The access list: the empty list 0xc0 only.
        if ((it.listMask >> 8) & 1 == 0 || it.content[8] != it.at[8] + 1 || it.len[8] != 0) return (false, t);
        if (f[0] != chainId || f[1] == type(uint64).max || f[9] > 1) return (false, t);
        if (!_common(f[10], f[11], f[4], f[3], baseFee) || f[2] > f[3]) return (false, t);
        t.nonce = uint64(f[1]);
        t.value = f[6];
        // Signing hash: keccak256(0x02 || rlp([items 0..8])): the items are
        // contiguous in raw from item 0 to item 9.
        bytes32 sighash = _hashWithHeader(raw, it.at[0], it.at[9], 0x02, 1, bytes32(0), 0);
        uint256 price;
        unchecked {
            price = f[2] + baseFee;
        }
        if (price < f[2] || price > f[3]) price = f[3];
        return _finish(raw, t, sighash, f[9], f[10], f[11], price);
    }

    function _legacy(bytes memory raw, uint64 chainId, uint256 baseFee) private view returns (bool, Tx memory t) {
        (bool ok, uint256 start) = _list(raw, 0);
        if (!ok) return (false, t);
        Items memory it;
        if (!_split(raw, start, 9, it)) return (false, t);
        uint256[12] memory f;
        if (!_ints(raw, it, 9, LEGACY_INTS, f)) return (false, t);
        (ok, t.to) = _to(raw, it, 3);
        if (!ok || !_emptyData(raw, it, 5)) return (false, t);
        // v = 2 chainID + 35 + yParity (EIP-155); 27 and 28 are the
        // unprotected form, refused. Go computes 2 chainID + 35 in uint64.
        uint256 want;
        unchecked {
            want = uint64(2 * chainId + 35);
        }
        uint256 yParity;
        if (f[6] == want) yParity = 0;
        else if (f[6] == want + 1) yParity = 1;
        else return (false, t);
        if (f[0] == type(uint64).max || !_common(f[7], f[8], f[2], f[1], baseFee)) return (false, t);
        t.nonce = uint64(f[0]);
        t.value = f[4];
        // Signing hash (EIP-155): keccak256(rlp([items 0..5, chainID, 0, 0])).
        (bytes32 tail, uint256 tailLen) = _uintTail(chainId);
        bytes32 sighash = _hashWithHeader(raw, it.at[0], it.at[6], 0, 0, tail, tailLen);
        return _finish(raw, t, sighash, yParity, f[7], f[8], f[1]);
    }

    /// Reads the integer fields of the first count items into f; spec holds
    /// each item's largest size in bytes, item 0 in the highest byte.
    function _ints(bytes memory raw, Items memory it, uint256 count, uint256 spec, uint256[12] memory f)
        private
        pure
        returns (bool)
    {
        for (uint256 i = 0; i < count; i++) {
            uint256 max = (spec >> (8 * (count - 1 - i))) & 0xff;
            if (max == 0) continue;
            (bool ok, uint256 v) = _int(raw, it, i, max);
            if (!ok) return false;
            f[i] = v;
        }
        return true;
    }

    /// The rules both types share: signature values, low s, the intrinsic
    /// gas and the fee cap against the base fee.
    function _common(uint256 r, uint256 s, uint256 gas, uint256 feeCap, uint256 baseFee) private pure returns (bool) {
        if (r == 0 || s == 0 || r >= SECP256K1_N || s >= SECP256K1_N) return false;
        if (s > SECP256K1_HALF_N) return false;
        if (gas < TRANSFER_GAS) return false;
        if (feeCap < baseFee) return false;
        return true;
    }

    /// Recovers the sender and fills the fee fields.
    function _finish(bytes memory raw, Tx memory t, bytes32 sighash, uint256 yParity, uint256 r, uint256 s, uint256 price)
        private
        view
        returns (bool, Tx memory)
    {
        address from = _ecrecover(sighash, yParity + 27, r, s);
        if (from == address(0)) return (false, t);
        t.from = from;
        t.hash = keccak256(raw);
        unchecked {
            uint256 fee = price * TRANSFER_GAS;
            bool over = price != 0 && fee / price != TRANSFER_GAS;
            uint256 cost = fee + t.value;
            if (cost < fee) over = true;
            t.fee = fee;
            t.cost = cost;
            t.costOverflow = over;
        }
        return (true, t);
    }

    function _ecrecover(bytes32 h, uint256 v, uint256 r, uint256 s) private view returns (address a) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, h)
            mstore(add(p, 0x20), v)
            mstore(add(p, 0x40), r)
            mstore(add(p, 0x60), s)
            mstore(0x00, 0)
            if staticcall(gas(), 0x01, p, 0x80, 0x00, 0x20) { a := mload(0x00) }
        }
    }

    // ------------------------------------------------------------------
    // RLP

    function _byte(bytes memory raw, uint256 i) private pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := byte(0, mload(add(add(raw, 0x20), i)))
        }
    }

    /// The list at p must cover raw to its end, with a short header or the
    /// one-byte long form (length >= 56). Returns where its payload starts.
    function _list(bytes memory raw, uint256 p) private pure returns (bool, uint256) {
        uint256 len = raw.length;
        if (p >= len) return (false, 0);
        uint256 b = _byte(raw, p);
        uint256 h;
        uint256 n;
        if (b >= 0xc0 && b <= 0xf7) {
            h = 1;
            n = b - 0xc0;
        } else if (b == 0xf8) {
            if (p + 1 >= len) return (false, 0);
            n = _byte(raw, p + 1);
            if (n < 56) return (false, 0);
            h = 2;
        } else {
            return (false, 0);
        }
        if (len != p + h + n) return (false, 0);
        return (true, p + h);
    }

    /// Cuts raw[p:] into exactly count items (Go's splitItems).
    function _split(bytes memory raw, uint256 p, uint256 count, Items memory it) private pure returns (bool) {
        uint256 end = raw.length;
        for (uint256 i = 0; i < count; i++) {
            if (p >= end) return false;
            uint256 b = _byte(raw, p);
            uint256 c;
            uint256 n;
            bool list;
            if (b < 0x80) {
                c = p;
                n = 1;
            } else if (b <= 0xb7) {
                c = p + 1;
                n = b - 0x80;
            } else if (b >= 0xc0 && b <= 0xf7) {
                c = p + 1;
                n = b - 0xc0;
                list = true;
            } else if (b == 0xf8) {
                if (p + 1 >= end) return false;
                n = _byte(raw, p + 1);
                if (n < 56) return false;
                c = p + 2;
                list = true;
            } else {
                return false;
            }
            if (c + n > end) return false;
            if (!list && c == p + 1 && n == 1 && _byte(raw, c) < 0x80) return false;
            it.at[i] = p;
            it.content[i] = c;
            it.len[i] = n;
            if (list) it.listMask |= 1 << i;
            p = c + n;
        }
        return p == end;
    }

    /// A canonical big-endian integer of at most max bytes.
    function _int(bytes memory raw, Items memory it, uint256 i, uint256 max) private pure returns (bool, uint256 v) {
        if ((it.listMask >> i) & 1 == 1) return (false, 0);
        uint256 n = it.len[i];
        if (n == 0) return (true, 0);
        uint256 c = it.content[i];
        if (_byte(raw, c) == 0) return (false, 0);
        if (n > max) return (false, 0);
        assembly ("memory-safe") {
            v := shr(mul(sub(32, n), 8), mload(add(add(raw, 0x20), c)))
        }
        return (true, v);
    }

    /// The recipient: 0x94 || 20 bytes (an empty field is a contract
    /// creation, refused).
    function _to(bytes memory raw, Items memory it, uint256 i) private pure returns (bool, address a) {
        if ((it.listMask >> i) & 1 == 1) return (false, address(0));
        if (it.len[i] != 20 || it.content[i] != it.at[i] + 1) return (false, address(0));
        uint256 c = it.content[i];
        assembly ("memory-safe") {
            a := shr(96, mload(add(add(raw, 0x20), c)))
        }
        return (true, a);
    }

    /// The data field: exactly the empty string 0x80.
    function _emptyData(bytes memory raw, Items memory it, uint256 i) private pure returns (bool) {
        if ((it.listMask >> i) & 1 == 1) return false;
        return it.content[i] == it.at[i] + 1 && it.len[i] == 0 && _byte(raw, it.at[i]) == 0x80;
    }

    /// The canonical RLP of a uint64, left-aligned in a word, and its
    /// length, followed by the two empty strings of EIP-155 (0x80 0x80).
    function _uintTail(uint64 x) private pure returns (bytes32 w, uint256 n) {
        uint256 enc;
        uint256 len;
        if (x == 0) {
            enc = 0x80;
            len = 1;
        } else if (x < 0x80) {
            enc = x;
            len = 1;
        } else {
            uint256 m = 0;
            for (uint256 y = x; y > 0; y >>= 8) m++;
            enc = ((0x80 + m) << (8 * m)) | x;
            len = m + 1;
        }
        enc = (enc << 16) | 0x8080;
        len += 2;
        w = bytes32(enc << (8 * (32 - len)));
        n = len;
    }

    /// keccak256(prefix || listHeader(len(raw[from:to]) + tailLen) ||
    /// raw[from:to] || tail[:tailLen]) with a one-byte prefix when
    /// prefixLen == 1. Built in fresh memory (the free pointer is not
    /// moved: nothing else is allocated meanwhile).
    function _hashWithHeader(
        bytes memory raw,
        uint256 from,
        uint256 to,
        uint256 prefix,
        uint256 prefixLen,
        bytes32 tail,
        uint256 tailLen
    ) private pure returns (bytes32 h) {
        uint256 n = to - from + tailLen;
        assembly ("memory-safe") {
            let p := mload(0x40)
            let q := p
            if prefixLen {
                mstore8(q, prefix)
                q := add(q, 1)
            }
            switch lt(n, 56)
            case 1 {
                mstore8(q, add(0xc0, n))
                q := add(q, 1)
            }
            default {
                switch lt(n, 256)
                case 1 {
                    mstore8(q, 0xf8)
                    mstore8(add(q, 1), n)
                    q := add(q, 2)
                }
                default {
                    mstore8(q, 0xf9)
                    mstore8(add(q, 1), shr(8, n))
                    mstore8(add(q, 2), and(n, 0xff))
                    q := add(q, 3)
                }
            }
            let src := add(add(raw, 0x20), from)
            let len := sub(to, from)
            mcopy(q, src, len)
            q := add(q, len)
            if tailLen {
                mstore(q, tail)
                q := add(q, tailLen)
            }
            h := keccak256(p, sub(q, p))
        }
    }
}
