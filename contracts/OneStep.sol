// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {SMTLib} from "./SMT.sol";
import {TxLib} from "./TxLib.sol";

/// The views of RollupInbox the verifier reads.
interface IStepInbox {
    function batchHash(uint64 index) external view returns (bytes32);
    function queueHash(uint64 index) external view returns (bytes32);
    function l2ChainId() external view returns (uint64);
    function MAX_RECORD() external view returns (uint256);
}

/// @title quire one-step verifier (issue 14)
/// @notice Re-executes one global step of the rollup trace on L1, as Go's
/// stf.Step does, from the agreed pre-state parts and a packed StepInput
/// (built by Go prover.BuildStep; format in docs/faultproof.md):
///
///  1. location: the batch's fields hash to inbox.batchHash(index) and
///     stepsStart <= step < stepsEnd. The first queueEnd - queueStart steps
///     are queue items (item hash == inbox.queueHash, a forced
///     transaction's bytes hash to item.dataHash); the rest are records,
///     read at the pre-state cursor from the batch's quire blob (kind 1).
///  2. a record: the blob core hashes to batch.dataRef, the row commitment
///     is leaf `row` of commitmentsRoot (log2(2k) siblings), and the
///     record's elements [first, end) open with the point-evaluation
///     precompile (0x0a); the cursor rules are batch.Read's.
///  3. effects: stf.Step's, each account or withdrawal leaf read and set
///     through SMTLib proofs (a later update's proof is against the root
///     the earlier one left).
///
/// Returns keccak256(stateRoot' || withdrawalsRoot' || uint64 cursor'),
/// cursor' = 0 after a queue step and after the batch's last step. Every
/// check that fails reverts with a named error.
contract OneStep {
    // ------------------------------------------------------------------
    // Types (the packed proof is abi.encode(Input))

    /// RollupInbox.Batch, field for field.
    struct Batch {
        uint64 index;
        bytes32 prevHash;
        uint8 kind;
        bytes32 dataRef;
        uint32 k;
        uint64 recordCount;
        uint64 queueStart;
        uint64 queueEnd;
        uint64 stepsStart;
        uint64 stepsEnd;
        uint64 l2BlockStart;
        uint64 l2BlockEnd;
        uint64 l1Timestamp;
    }

    /// RollupInbox.QueueItem, field for field.
    struct QueueItem {
        uint8 kind;
        address l1Sender;
        address to;
        uint256 value;
        bytes32 dataHash;
        uint64 l1Block;
        uint64 timestamp;
    }

    /// The blob core the blob ID hashes (BlobReader.Blob).
    struct Blob {
        uint8 version;
        uint64 size;
        uint32 k;
        bytes32 commitmentsRoot;
    }

    /// An account's leaf preimage (0 balance and nonce: an absent leaf).
    struct Account {
        uint256 balance;
        uint64 nonce;
    }

    /// What a step needs beyond the pre-state. Unused parts are empty.
    struct Input {
        Batch batch;
        QueueItem item; // queue step
        bytes data; // queue step of a forced transaction: the signed bytes
        Blob blob; // record step (not beyond rows)
        bytes commitment; // 48 bytes, row cursor / 4096
        bytes32[] rowProof; // log2(2k) siblings, leaf level first
        bytes32[] values; // the record's elements [first, end)
        bytes openings; // 48-byte KZG proofs, one per value
        Account[] accounts; // the accounts read, in the order of the effects
        SMTLib.Proof[] proofs; // one per leaf read, same order (the withdrawal slot in its place)
    }

    // ------------------------------------------------------------------
    // Errors

    /// The proof bytes are not an abi-encoded Input.
    error BadInput();
    /// The batch fields do not hash to the inbox's batch hash.
    error BatchMismatch(uint64 index);
    /// The step is not in [stepsStart, stepsEnd) of the batch.
    error StepOutOfBatch(uint64 step, uint64 stepsStart, uint64 stepsEnd);
    /// The queue item does not hash to the inbox's queue hash.
    error QueueItemMismatch(uint64 index);
    /// The forced transaction's bytes do not hash to item.dataHash.
    error QueueDataMismatch(uint64 index);
    /// A record step of a batch without a quire blob.
    error NoRecords(uint8 kind);
    /// The blob core does not hash to batch.dataRef, or its k is not batch.k.
    error BlobMismatch();
    /// The commitment is not 48 bytes or the row proof not log2(2k) long.
    error BadRowProof();
    /// The commitment is not leaf `row` of commitmentsRoot.
    error CommitmentNotInRoot(uint256 row);
    /// The number of opened elements is not the record's.
    error OpeningCount(uint256 got, uint256 want);
    /// A value is not below the BLS modulus.
    error ValueNotCanonical(uint256 element);
    /// The point-evaluation precompile rejected an opening.
    error InvalidOpening(uint256 element);
    /// An account proof is missing or does not show the given account
    /// under the current root.
    error BadAccountProof(uint256 i);
    /// The withdrawal slot is not shown empty under the withdrawals root.
    error BadWithdrawalProof();
    /// More accounts or proofs were given than the step reads.
    error ExtraWitness(uint256 accounts, uint256 proofs, uint256 used);

    // ------------------------------------------------------------------
    // Constants and parameters

    uint256 private constant BLS_MODULUS = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001;
    uint256 private constant ELEMENTS_PER_ROW = 4096;
    uint256 private constant BYTES_PER_ELEMENT = 31;
    uint256 private constant POINT_EVALUATION_GAS = 55_000;
    uint8 private constant KIND_QUIRE = 1;
    uint8 private constant ITEM_DEPOSIT = 0;
    uint8 private constant ITEM_FORCED_TX = 1;
    uint8 private constant TYPE_DYNAMIC = 0x02;
    /// rollup.WithdrawalAddress: a transfer to it burns the value into a
    /// withdrawal leaf.
    address public constant WITHDRAWAL_ADDRESS = 0x4200000000000000000000000000000000000016;

    // W_j = w^(2^(11-j)), w the primitive 4096th root of unity (BlobReader.sol).
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

    IStepInbox public immutable inbox;
    uint64 public immutable l2ChainId;
    uint256 public immutable maxRecord;
    /// stf.Params.BaseFee (rollup.Config.BaseFee), wei per gas.
    uint256 public immutable baseFee;
    /// stf.Params.FeeRecipient (rollup.Config.FeeRecipient).
    address public immutable feeRecipient;

    /// inbox: the RollupInbox (l2ChainId and MAX_RECORD are read from it);
    /// baseFee and feeRecipient: the rollup's stf.Params.
    constructor(address inbox_, uint256 baseFee_, address feeRecipient_) {
        inbox = IStepInbox(inbox_);
        l2ChainId = IStepInbox(inbox_).l2ChainId();
        maxRecord = IStepInbox(inbox_).MAX_RECORD();
        baseFee = baseFee_;
        feeRecipient = feeRecipient_;
    }

    // ------------------------------------------------------------------
    // The step

    /// The working state of a step: the two roots and the next witness.
    struct Ctx {
        bytes32 stateRoot;
        bytes32 withdrawalsRoot;
        uint256 next; // index of the next account / proof to use
    }

    /// Re-executes global step `step` on the pre-state (stateRoot,
    /// withdrawalsRoot, cursor) and returns keccak256(stateRoot' ||
    /// withdrawalsRoot' || uint64 cursor'). `proof` is abi.encode(Input).
    function run(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, uint64 step, bytes calldata proof)
        external
        view
        returns (bytes32 postClaim)
    {
        Input calldata input;
        if (proof.length < 32) revert BadInput();
        uint256 head;
        assembly ("memory-safe") {
            head := calldataload(proof.offset)
        }
        if (head != 0x20) revert BadInput();
        assembly ("memory-safe") {
            input := add(proof.offset, 0x20)
        }
        Ctx memory c = Ctx(stateRoot, withdrawalsRoot, 0);
        uint64 next = _step(c, input, cursor, step);
        if (input.accounts.length != c.next || input.proofs.length != c.next) {
            revert ExtraWitness(input.accounts.length, input.proofs.length, c.next);
        }
        return keccak256(abi.encodePacked(c.stateRoot, c.withdrawalsRoot, next));
    }

    /// Locates the step and applies it; returns the cursor after it.
    function _step(Ctx memory c, Input calldata input, uint64 cursor, uint64 step) internal view returns (uint64) {
        Batch calldata b = input.batch;
        if (keccak256(abi.encode(b)) != inbox.batchHash(b.index)) revert BatchMismatch(b.index);
        if (step < b.stepsStart || step >= b.stepsEnd) revert StepOutOfBatch(step, b.stepsStart, b.stepsEnd);
        uint64 last = b.stepsEnd - 1;
        uint64 i = step - b.stepsStart;
        if (i < b.queueEnd - b.queueStart) {
            _queueStep(c, input, b.queueStart + i);
            return 0;
        }
        if (b.kind != KIND_QUIRE) revert NoRecords(b.kind);
        uint64 next = _recordStep(c, input, cursor);
        return step == last ? 0 : next;
    }

    function _queueStep(Ctx memory c, Input calldata input, uint64 q) internal view {
        QueueItem calldata it = input.item;
        if (keccak256(abi.encode(it)) != inbox.queueHash(q)) revert QueueItemMismatch(q);
        if (it.kind == ITEM_DEPOSIT) {
            _credit(c, input, it.to, it.value);
        } else if (it.kind == ITEM_FORCED_TX) {
            bytes calldata data = input.data;
            if (keccak256(data) != it.dataHash) revert QueueDataMismatch(q);
            _applyTx(c, input, data);
        }
        // Other kinds: the inbox emits none; a no-op as in stf.Step.
    }

    /// Reads the record at cursor (batch.Read) and applies its body.
    function _recordStep(Ctx memory c, Input calldata input, uint64 cursor) internal view returns (uint64 next) {
        uint256 k = input.batch.k;
        uint256 row = cursor / ELEMENTS_PER_ROW;
        if (row >= k) {
            // Beyond rows: nothing to open, the cursor stays.
            if (input.values.length != 0) revert OpeningCount(input.values.length, 0);
            return cursor;
        }
        bytes32 vh = _bindRow(input, row, k);
        uint256 e = cursor % ELEMENTS_PER_ROW;
        uint256 nv = input.values.length;
        if (nv == 0) revert OpeningCount(0, 1);
        _open(vh, input, 0, e);
        uint256 v0 = uint256(input.values[0]);
        uint256 l = (v0 >> 232) & 0xffff; // the first two payload bytes
        uint256 n = (2 + l + BYTES_PER_ELEMENT - 1) / BYTES_PER_ELEMENT;
        if (l == 0 || l > maxRecord || e + n > ELEMENTS_PER_ROW) {
            // End of row or bad length: a no-op, the next record starts at the next row.
            if (nv != 1 || input.openings.length != 48) revert OpeningCount(nv, 1);
            return uint64((row + 1) * ELEMENTS_PER_ROW);
        }
        if (nv != n) revert OpeningCount(nv, n);
        bytes memory body = _body(vh, input, e, n, l);
        uint8 tag = uint8(body[0]);
        if (tag == TYPE_DYNAMIC || tag >= 0xc0) {
            _applyTx(c, input, body);
        }
        // Anything else (a block marker, an unknown tag) changes no state.
        return cursor + uint64(n);
    }

    /// Checks the blob core and the row commitment; returns the versioned hash.
    function _bindRow(Input calldata input, uint256 row, uint256 k) internal view returns (bytes32 vh) {
        Blob calldata bl = input.blob;
        if (
            bl.k != k
                || keccak256(abi.encodePacked(bl.version, bl.size, bl.k, bl.commitmentsRoot)) != input.batch.dataRef
        ) revert BlobMismatch();
        bytes calldata com = input.commitment;
        bytes32[] calldata sibs = input.rowProof;
        uint256 depth = 0;
        while ((uint256(1) << depth) < 2 * k) depth++;
        if (com.length != 48 || sibs.length != depth) revert BadRowProof();
        bytes32 h = keccak256(com);
        uint256 idx = row;
        for (uint256 j = 0; j < depth; j++) {
            bytes32 s = sibs[j];
            assembly ("memory-safe") {
                switch and(idx, 1)
                case 0 {
                    mstore(0, h)
                    mstore(0x20, s)
                }
                default {
                    mstore(0, s)
                    mstore(0x20, h)
                }
                h := keccak256(0, 0x40)
            }
            idx >>= 1;
        }
        if (h != bl.commitmentsRoot) revert CommitmentNotInRoot(row);
        assembly ("memory-safe") {
            let p := mload(0x40)
            calldatacopy(p, com.offset, 48)
            if iszero(staticcall(gas(), 0x02, p, 48, 0, 0x20)) { revert(0, 0) }
            vh := or(and(mload(0), 0x00ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff), shl(248, 1))
        }
    }

    /// Opens values[j] at element e of the bound row, or reverts.
    function _open(bytes32 vh, Input calldata input, uint256 j, uint256 e) internal view {
        uint256 value = uint256(input.values[j]);
        if (value >= BLS_MODULUS) revert ValueNotCanonical(e);
        bytes calldata ops = input.openings;
        if (ops.length < 48 * (j + 1)) revert OpeningCount(ops.length / 48, j + 1);
        bytes calldata com = input.commitment;
        uint256 z = _zAt(e);
        bool ok;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, vh)
            mstore(add(p, 0x20), z)
            mstore(add(p, 0x40), value)
            calldatacopy(add(p, 0x60), com.offset, 48)
            calldatacopy(add(p, 0x90), add(ops.offset, mul(48, j)), 48)
            ok := staticcall(POINT_EVALUATION_GAS, 0x0a, p, 0xc0, p, 0x40)
            ok := and(ok, eq(returndatasize(), 0x40))
        }
        if (!ok) revert InvalidOpening(e);
    }

    /// Opens elements e+1 .. e+n-1 (element e is open) and returns the
    /// record body: payload bytes [2, 2 + l) of the n elements.
    function _body(bytes32 vh, Input calldata input, uint256 e, uint256 n, uint256 l)
        internal
        view
        returns (bytes memory body)
    {
        if (input.openings.length != 48 * n) revert OpeningCount(input.openings.length / 48, n);
        for (uint256 j = 1; j < n; j++) {
            _open(vh, input, j, e + j);
        }
        bytes32[] calldata vals = input.values;
        assembly ("memory-safe") {
            let base := mload(0x40)
            // payload of element j (its low 31 bytes) at base + 32 + 31 j
            for { let j := 0 } lt(j, n) { j := add(j, 1) } {
                mstore(add(base, add(0x20, mul(31, j))), shl(8, calldataload(add(vals.offset, shl(5, j)))))
            }
            // body = payload bytes [2, 2 + l): its length word ends where byte 2 starts.
            body := add(base, 2)
            mstore(body, l)
            mstore(0x40, and(add(base, add(mul(31, n), 0x5f)), not(0x1f)))
        }
    }

    // ------------------------------------------------------------------
    // Effects (stf.ApplyTx, stf.deposit, stf.credit)

    function _applyTx(Ctx memory c, Input calldata input, bytes memory raw) internal view {
        (bool ok, TxLib.Tx memory t) = TxLib.decode(raw, l2ChainId, baseFee);
        if (!ok) return; // malformed: a no-op
        (Account calldata from, bytes32 fromKey) = _read(c, input, t.from);
        if (from.nonce != t.nonce || t.costOverflow || from.balance < t.cost) {
            c.next += 1; // the sender's witness was read, not updated
            return; // wrong nonce or insufficient funds: a no-op
        }
        uint256 bal;
        uint64 nonce;
        unchecked {
            bal = from.balance - t.cost;
            nonce = from.nonce + 1;
        }
        _set(c, input, fromKey, bal, nonce);
        if (t.to == WITHDRAWAL_ADDRESS) {
            _withdraw(c, input, t.from, t.nonce, t.value);
        } else {
            _credit(c, input, t.to, t.value);
        }
        _credit(c, input, feeRecipient, t.fee);
    }

    function _credit(Ctx memory c, Input calldata input, address to, uint256 v) internal pure {
        if (v == 0) return;
        (Account calldata a, bytes32 key) = _read(c, input, to);
        uint256 bal;
        unchecked {
            bal = a.balance + v; // cannot wrap: balances sum to at most the ETH the inbox holds
        }
        _set(c, input, key, bal, a.nonce);
    }

    /// Checks witness c.next against the state root for addr; returns it and the key.
    function _read(Ctx memory c, Input calldata input, address addr)
        internal
        pure
        returns (Account calldata a, bytes32 key)
    {
        uint256 i = c.next;
        if (i >= input.accounts.length || i >= input.proofs.length) revert BadAccountProof(i);
        a = input.accounts[i];
        assembly ("memory-safe") {
            mstore(0, shl(88, addr)) // 0x00 || address: 21 bytes
            key := keccak256(0, 21)
        }
        if (SMTLib.computeRoot(key, _leaf(a.balance, a.nonce), input.proofs[i]) != c.stateRoot) {
            revert BadAccountProof(i);
        }
    }

    /// Sets the account at key with the proof of witness c.next; advances c.next.
    function _set(Ctx memory c, Input calldata input, bytes32 key, uint256 bal, uint64 nonce) internal pure {
        uint256 i = c.next;
        c.stateRoot = SMTLib.computeRoot(key, _leaf(bal, nonce), input.proofs[i]);
        c.next = i + 1;
    }

    /// Sets the withdrawal leaf (sender, nonce) = amount, the slot shown empty.
    function _withdraw(Ctx memory c, Input calldata input, address sender, uint64 nonce, uint256 amount)
        internal
        pure
    {
        uint256 i = c.next;
        if (i >= input.accounts.length || i >= input.proofs.length) revert BadWithdrawalProof();
        Account calldata unused = input.accounts[i];
        if (unused.balance != 0 || unused.nonce != 0) revert BadWithdrawalProof();
        bytes32 key;
        bytes32 leaf;
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, or(shl(248, 1), shl(88, sender)))
            mstore(add(p, 21), shl(192, nonce))
            key := keccak256(p, 29)
            mstore(p, or(shl(248, 1), shl(88, sender)))
            mstore(add(p, 21), amount)
            leaf := keccak256(p, 53)
        }
        SMTLib.Proof calldata pr = input.proofs[i];
        if (SMTLib.computeRoot(key, bytes32(0), pr) != c.withdrawalsRoot) revert BadWithdrawalProof();
        c.withdrawalsRoot = SMTLib.computeRoot(key, leaf, pr);
        c.next = i + 1;
    }

    /// keccak256(0x00 || balance || nonce), 0 for an empty account.
    function _leaf(uint256 bal, uint64 nonce) internal pure returns (bytes32 h) {
        if (bal == 0 && nonce == 0) return bytes32(0);
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, 0)
            mstore(add(p, 1), bal)
            mstore(add(p, 33), shl(192, nonce))
            h := keccak256(p, 41)
        }
    }

    /// w^brp12(i), as BlobReader.zAt.
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
