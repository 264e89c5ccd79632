// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @title quire compact sparse Merkle tree proofs
/// @notice Library form of state.ComputeRoot (docs/rollup.md, "Proofs"),
/// for the one-step verifier: computeRoot(key, leaf, proof) is the root of
/// the tree the proof describes with the leaf at key set to leaf (0 proves
/// absence). Checking a proof is computeRoot(k, v, p) == root; the same
/// proof with a new non-zero leaf gives the root after setting it.
///
/// Nodes: a lone leaf keccak(0x02 || key || leaf), a branch keccak(0x03 ||
/// left || right), an empty subtree 0. Bit i of a key (a big-endian
/// uint256) chooses the side at level i; bit i of the bitmap marks a
/// non-zero sibling at level i, listed in increasing level.
library SMTLib {
    /// A compact proof, as state.Proof.
    struct Proof {
        uint256 bitmap;
        bytes32[] siblings;
        bytes32 otherKey;
        bytes32 otherLeaf;
    }

    /// The bitmap's popcount differs from the number of siblings.
    error SMTProofShape(uint256 bits, uint256 siblings);
    /// The proof's other leaf is the key itself or lies off its path above
    /// the walk's start.
    error SMTProofOther();

    function computeRoot(bytes32 key, bytes32 leaf, Proof calldata p) internal pure returns (bytes32 v) {
        uint256 bitmap = p.bitmap;
        bytes32[] calldata sibs = p.siblings;
        uint256 n = popcount(bitmap);
        if (n != sibs.length) revert SMTProofShape(n, sibs.length);
        uint256 start = lowBit(bitmap);
        uint256 k = uint256(key);
        if (p.otherLeaf != bytes32(0)) {
            uint256 x = k ^ uint256(p.otherKey);
            // d = highest differing bit; it must be below start.
            if (x == 0 || (start < 256 && (x >> start) != 0)) revert SMTProofOther();
            bytes32 o = leafHash(p.otherKey, p.otherLeaf);
            if (leaf == bytes32(0)) {
                v = o;
            } else {
                uint256 d = highBit(x);
                bytes32 a = leafHash(key, leaf);
                v = (k >> d) & 1 == 0 ? branchHash(a, o) : branchHash(o, a);
                start = d + 1;
            }
        } else if (leaf != bytes32(0)) {
            v = leafHash(key, leaf);
        }
        uint256 next = 0;
        for (uint256 level = start; level < 256; ++level) {
            bytes32 s;
            if ((bitmap >> level) & 1 == 1) {
                s = sibs[next];
                unchecked {
                    ++next;
                }
            }
            v = (k >> level) & 1 == 0 ? branchHash(v, s) : branchHash(s, v);
        }
    }

    function leafHash(bytes32 key, bytes32 value) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0x02)
            mstore(add(m, 1), key)
            mstore(add(m, 33), value)
            h := keccak256(m, 65)
        }
    }

    function branchHash(bytes32 l, bytes32 r) internal pure returns (bytes32 h) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore8(m, 0x03)
            mstore(add(m, 1), l)
            mstore(add(m, 33), r)
            h := keccak256(m, 65)
        }
    }

    function popcount(uint256 x) internal pure returns (uint256 c) {
        unchecked {
            while (x != 0) {
                x &= x - 1;
                ++c;
            }
        }
    }

    /// Index of the lowest set bit, 256 for 0.
    function lowBit(uint256 x) internal pure returns (uint256) {
        if (x == 0) return 256;
        return highBit(x & (~x + 1));
    }

    /// Index of the highest set bit of a non-zero x.
    function highBit(uint256 x) internal pure returns (uint256 r) {
        unchecked {
            if (x >> 128 != 0) { x >>= 128; r += 128; }
            if (x >> 64 != 0) { x >>= 64; r += 64; }
            if (x >> 32 != 0) { x >>= 32; r += 32; }
            if (x >> 16 != 0) { x >>= 16; r += 16; }
            if (x >> 8 != 0) { x >>= 8; r += 8; }
            if (x >> 4 != 0) { x >>= 4; r += 4; }
            if (x >> 2 != 0) { x >>= 2; r += 2; }
            if (x >> 1 != 0) { r += 1; }
        }
    }
}

/// @title quire SMT proof checker
/// @notice External entry to SMTLib, for off-chain cross-checks and for
/// contracts that prefer a call to linking the library's code in.
contract SMT {
    function computeRoot(bytes32 key, bytes32 leaf, SMTLib.Proof calldata p) external pure returns (bytes32) {
        return SMTLib.computeRoot(key, leaf, p);
    }
}
