// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// The one view of the committee contract a reader needs.
interface ICertifications {
    function certification(bytes32 id) external view returns (bytes32 hh, uint64 expiry, uint64 epoch);
}

/// @title quire blob reader
/// @notice Reads bytes of a certified quire blob on L1. A read binds a row
/// commitment to a certified blob ID and opens elements of that row with the
/// EIP-4844 point-evaluation precompile (0x0a):
///
///  1. the blob ID is certified in the committee contract
///     (certification(id) has a non-zero header hash);
///  2. the blob core (version, size, k, commitmentsRoot) hashes to the blob
///     ID: keccak256(uint8 version || uint64 size || uint32 k || bytes32
///     root), as dac.ComputeBlobID;
///  3. the 48-byte row commitment is leaf `row` of the commitments tree
///     (internal/merkle: leaf keccak256(commitment), node keccak256(l || r),
///     exactly log2(2k) siblings, leaf level first);
///  4. each element opens: the precompile gets
///     versioned_hash(0x01 || sha256(commitment)[1:]) | z | y | commitment |
///     proof, with z = w^brp12(element) (kzg.EvaluationPoint) and y the
///     claimed 32-byte value (y < BLS modulus), and 55,000 gas (a failing
///     precompile burns all it was given).
///
/// The payload of an element is its low 31 bytes (erasure.Payload); element
/// e of data row r carries blob bytes [31(4096r + e), 31(4096r + e) + 31).
/// Parity rows (r >= k) open the same way; their values are field elements,
/// not payload.
///
/// z is the product of the constants W_j = w^(2^(11-j)) over the set bits j
/// of the element index (bit j of e is bit 11-j of brp12(e)); measured
/// against MODEXP (zAtModexp) in dac/l1's TestBlobReaderZ.
contract BlobReader {
    // ------------------------------------------------------------------
    // Errors (every rejection has its own name)

    /// The committee contract has no certification for the blob ID.
    error UncertifiedBlob(bytes32 blobId);
    /// The blob core does not hash to the blob ID (wrong root, size, k or version).
    error BlobIdMismatch(bytes32 blobId, bytes32 computed);
    /// k is zero or not a power of two.
    error InvalidK(uint256 k);
    /// The row index is not below 2k.
    error RowOutOfRange(uint256 row, uint256 rows);
    /// A commitment or proof is not 48 bytes, or the arrays of a multi-read
    /// disagree in length.
    error BadLength(uint256 length, uint256 want);
    /// The commitment proof does not have exactly log2(2k) hashes.
    error RootProofLength(uint256 length, uint256 want);
    /// The commitment proof does not place the commitment at the row under
    /// commitmentsRoot.
    error CommitmentNotInRoot(uint256 row);
    /// The element index is not below 4096.
    error ElementOutOfRange(uint256 element);
    /// The claimed value is not below the BLS12-381 scalar modulus.
    error ValueNotCanonical(uint256 element);
    /// The point-evaluation precompile rejected the opening: the claimed
    /// value is not the element's, or the proof is wrong (the pairing check
    /// cannot tell the two apart), or the proof is not a valid G1 point.
    error InvalidOpening(uint256 element);

    // ------------------------------------------------------------------
    // Constants

    /// The fixed-size part of a blob header that the blob ID hashes.
    struct Blob {
        uint8 version;
        uint64 size;
        uint32 k;
        bytes32 commitmentsRoot;
    }

    /// A row of the blob: its index (< 2k), its 48-byte KZG commitment and
    /// the commitment's Merkle proof against commitmentsRoot.
    struct Row {
        uint256 index;
        bytes commitment;
        bytes32[] proof;
    }

    uint256 private constant BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
    uint256 private constant ELEMENTS_PER_ROW = 4096;
    uint256 private constant POINT_EVALUATION = 0x0a;
    uint256 private constant POINT_EVALUATION_GAS = 55_000;
    uint256 private constant SHA256 = 0x02;
    uint256 private constant MODEXP = 0x05;
    /// 7^((r-1)/2^32), a primitive 2^32-th root of unity.
    uint256 private constant G32 = 10238227357739495823651030575849232062558860180284477541189508159991286009131;

    // W_j = w^(2^(11-j)), w = G32^(2^20) the primitive 4096th root of unity.
    uint256 private constant W0 = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000000;
    uint256 private constant W1 = 0x8d51ccce760304d0ec030002760300000001000000000000;
    uint256 private constant W2 = 0x345766f603fa66e78c0625cd70d77ce2b38b21c28713b7007228fd3397743f7a;
    uint256 private constant W3 = 0x20b1ce9140267af9dd1c0af834cec32c17beb312f20b6f7653ea61d87742bcce;
    uint256 private constant W4 = 0x50e0903a157988bab4bcd40e22f55448bf6e88fb4c38fb8a360c60997369df4e;
    uint256 private constant W5 = 0x45af6345ec055e4d14a1e27164d8fdbd2d967f4be2f951558140d032f0a9ee53;
    uint256 private constant W6 = 0x6898111413588742b7c68b4d7fdd60d098d0caac87f5713c5130c2c1660125be;
    uint256 private constant W7 = 0x4f9b4098e2e9f12e6b368121ac0cf4ad0a0865a899e8deff4935bd2f817f694b;
    uint256 private constant W8 = 0x095166525526a65439feec240d80689fd697168a3a6000fe4541b8ff2ee0434e;
    uint256 private constant W9 = 0x325db5c3debf77a18f4de02c0f776af3ea437f9626fc085e3c28d666a5c2d854;
    uint256 private constant W10 = 0x6d031f1b5c49c83409f1ca610a08f16655ea6811be9c622d4a838b5d59cd79e5;
    uint256 private constant W11 = 0x564c0a11a0f704f4fc3e8acfe0f8245f0ad1347b378fbf96e206da11a5d36306;

    /// The committee contract whose certifications are trusted.
    ICertifications public immutable committee;

    constructor(address committee_) {
        committee = ICertifications(committee_);
    }

    // ------------------------------------------------------------------
    // Reads

    /// Opens one element of a row of a certified blob and returns its 31
    /// payload bytes. Reverts with a named error unless every check passes.
    function read(
        bytes32 blobId,
        Blob calldata blob,
        Row calldata row,
        uint256 element,
        bytes32 value,
        bytes calldata proof
    ) external view returns (bytes31 payload) {
        bytes32 vh = _bind(blobId, blob, row.index, row.commitment, row.proof);
        bytes calldata commitment = row.commitment;
        if (proof.length != 48) revert BadLength(proof.length, 48);
        uint256 comOff;
        uint256 off;
        assembly ("memory-safe") {
            comOff := commitment.offset
            off := proof.offset
        }
        _open(vh, comOff, element, value, off);
        return bytes31(value << 8);
    }

    /// Opens several elements of one row (the binding checks done once):
    /// values[j] at elements[j] with the 48-byte proof at proofs[48j:48j+48].
    /// Returns the payloads in the same order.
    function readMany(
        bytes32 blobId,
        Blob calldata blob,
        Row calldata row,
        uint256[] calldata elements,
        bytes32[] calldata values,
        bytes calldata proofs
    ) external view returns (bytes31[] memory payloads) {
        bytes32 vh = _bind(blobId, blob, row.index, row.commitment, row.proof);
        return _openAll(vh, row.commitment, elements, values, proofs);
    }

    /// The blob ID of a blob core: keccak256(uint8 version || uint64 size ||
    /// uint32 k || bytes32 commitmentsRoot), as dac.ComputeBlobID.
    function blobIdOf(Blob calldata blob) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(blob.version, blob.size, blob.k, blob.commitmentsRoot));
    }

    /// The root that proof leads to from leaf `index` holding commitment:
    /// leaf keccak256(commitment), then at level j keccak256(h || sibling)
    /// when bit j of index is 0, keccak256(sibling || h) when it is 1
    /// (internal/merkle). The caller checks the proof length.
    function rootOf(uint256 index, bytes calldata commitment, bytes32[] calldata proof)
        public
        pure
        returns (bytes32 h)
    {
        h = keccak256(commitment);
        uint256 depth = proof.length;
        assembly ("memory-safe") {
            for { let j := 0 } lt(j, depth) { j := add(j, 1) } {
                let sib := calldataload(add(proof.offset, shl(5, j)))
                switch and(index, 1)
                case 0 {
                    mstore(0, h)
                    mstore(0x20, sib)
                }
                default {
                    mstore(0, sib)
                    mstore(0x20, h)
                }
                h := keccak256(0, 0x40)
                index := shr(1, index)
            }
        }
    }

    /// The evaluation point of element i of a row: w^brp12(i) (EIP-4844's
    /// roots_of_unity_brp[i]), as a product of constants.
    function zAt(uint256 i) public pure returns (uint256) {
        if (i >= ELEMENTS_PER_ROW) revert ElementOutOfRange(i);
        return _zAt(i);
    }

    /// zAt computed with MODEXP: G32^((2^32/4096) * brp12(i)). Kept to
    /// measure the two against each other.
    function zAtModexp(uint256 i) external view returns (uint256 z) {
        if (i >= ELEMENTS_PER_ROW) revert ElementOutOfRange(i);
        uint256 rev = 0;
        for (uint256 b = 0; b < 12; b++) {
            rev |= ((i >> b) & 1) << (11 - b);
        }
        uint256 e = rev << 20;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, 32)
            mstore(add(p, 0x20), 32)
            mstore(add(p, 0x40), 32)
            mstore(add(p, 0x60), G32)
            mstore(add(p, 0x80), e)
            mstore(add(p, 0xa0), BLS_MODULUS)
            if iszero(staticcall(gas(), MODEXP, p, 0xc0, p, 0x20)) { revert(0, 0) }
            z := mload(p)
        }
    }

    // ------------------------------------------------------------------
    // Internals

    /// Checks that the commitment is row `row` of the certified blob and
    /// returns its versioned hash.
    function _bind(
        bytes32 blobId,
        Blob calldata blob,
        uint256 row,
        bytes calldata commitment,
        bytes32[] calldata rowProof
    ) internal view returns (bytes32 vh) {
        (bytes32 hh,,) = committee.certification(blobId);
        if (hh == bytes32(0)) revert UncertifiedBlob(blobId);
        bytes32 computed = blobIdOf(blob);
        if (computed != blobId) revert BlobIdMismatch(blobId, computed);
        uint256 k = blob.k;
        if (k == 0 || k & (k - 1) != 0) revert InvalidK(k);
        uint256 rows = 2 * k;
        if (row >= rows) revert RowOutOfRange(row, rows);
        if (commitment.length != 48) revert BadLength(commitment.length, 48);
        uint256 depth = 0;
        while ((uint256(1) << depth) < rows) depth++;
        if (rowProof.length != depth) revert RootProofLength(rowProof.length, depth);
        if (rootOf(row, commitment, rowProof) != blob.commitmentsRoot) revert CommitmentNotInRoot(row);
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, commitment.offset, 48)
            ok := staticcall(gas(), SHA256, p, 48, 0, 0x20)
            vh := mload(0)
        }
        if (!ok) revert BadLength(0, 48); // sha256 cannot fail on 48 bytes
        vh = (vh & 0x00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff)
            | 0x0100000000000000000000000000000000000000000000000000000000000000;
    }

    /// Opens elements[j] to values[j] with the proofs packed in proofs.
    function _openAll(
        bytes32 vh,
        bytes calldata commitment,
        uint256[] calldata elements,
        bytes32[] calldata values,
        bytes calldata proofs
    ) internal view returns (bytes31[] memory payloads) {
        uint256 n = elements.length;
        if (values.length != n) revert BadLength(values.length, n);
        if (proofs.length != 48 * n) revert BadLength(proofs.length, 48 * n);
        payloads = new bytes31[](n);
        uint256 comOff;
        uint256 off;
        assembly ("memory-safe") {
            comOff := commitment.offset
            off := proofs.offset
        }
        for (uint256 j = 0; j < n; j++) {
            _open(vh, comOff, elements[j], values[j], off + 48 * j);
            payloads[j] = bytes31(values[j] << 8);
        }
    }

    /// Opens `element` to `value`, with the 48-byte commitment at calldata
    /// offset comOff and the 48-byte proof at proofOff, or reverts.
    function _open(bytes32 vh, uint256 comOff, uint256 element, bytes32 value, uint256 proofOff) internal view {
        if (element >= ELEMENTS_PER_ROW) revert ElementOutOfRange(element);
        if (uint256(value) >= BLS_MODULUS) revert ValueNotCanonical(element);
        uint256 z = _zAt(element);
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, vh)
            mstore(add(p, 0x20), z)
            mstore(add(p, 0x40), value)
            calldatacopy(add(p, 0x60), comOff, 48)
            calldatacopy(add(p, 0x90), proofOff, 48)
            ok := staticcall(POINT_EVALUATION_GAS, POINT_EVALUATION, p, 0xc0, p, 0x40)
            // Yul evaluates arguments right to left: read returndatasize
            // only after the call.
            ok := and(ok, eq(returndatasize(), 0x40))
        }
        if (!ok) revert InvalidOpening(element);
    }

    function _zAt(uint256 i) internal pure returns (uint256 z) {
        z = 1;
        if (i & 1 != 0) z = W0;
        if (i & 2 != 0) z = mulmod(z, W1, BLS_MODULUS);
        if (i & 4 != 0) z = mulmod(z, W2, BLS_MODULUS);
        if (i & 8 != 0) z = mulmod(z, W3, BLS_MODULUS);
        if (i & 16 != 0) z = mulmod(z, W4, BLS_MODULUS);
        if (i & 32 != 0) z = mulmod(z, W5, BLS_MODULUS);
        if (i & 64 != 0) z = mulmod(z, W6, BLS_MODULUS);
        if (i & 128 != 0) z = mulmod(z, W7, BLS_MODULUS);
        if (i & 256 != 0) z = mulmod(z, W8, BLS_MODULUS);
        if (i & 512 != 0) z = mulmod(z, W9, BLS_MODULUS);
        if (i & 1024 != 0) z = mulmod(z, W10, BLS_MODULUS);
        if (i & 2048 != 0) z = mulmod(z, W11, BLS_MODULUS);
    }
}
