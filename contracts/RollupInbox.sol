// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {Committee} from "./Committee.sol";
import {SMTLib} from "./SMT.sol";

/// What the inbox reads from RollupGame.
interface IOutputs {
    function withdrawalsRootOf(uint64 proposalId) external view returns (bytes32);
}

/// @title quire rollup inbox and bridge
/// @notice One contract holds the bundled rollup's L1 side: the ordered
/// batches (each a quire blob certified in the Committee contract, or a
/// data-less batch forced by anyone), and the queue of deposits and forced
/// transactions with its force-inclusion rule. The deposited ETH stays here;
/// withdrawals (issue 14) are paid from here against finalized outputs.
///
/// What derivation and the fault proof read:
/// - `BatchAppended(index, hash, batch)`: every field of a batch; `hash` =
///   keccak256(abi.encode(batch)) is what `batchHash(index)` returns.
/// - `Queued(index, hash, item, data)`: every field of a queue item, the
///   signed transaction bytes of a forced transaction in `data`; `hash` =
///   keccak256(abi.encode(item)) is what `queueHash(index)` returns, with
///   item.dataHash = keccak256(data).
///
/// The trace the fault game bisects is counted here: batch b's steps are
/// [stepsStart, stepsEnd) with stepsEnd = stepsStart + (queueEnd -
/// queueStart) + recordCount; its queue items come first, then its records.
///
/// Censorship resistance: a queue item is due D = forceDelay seconds after
/// it was queued. appendBatch raises the sequencer's queueEnd over every due
/// item (at most MAX_CLAMP per call), and anyone may call forceInclusion
/// once the last item it takes is due.
contract RollupInbox {
    // ------------------------------------------------------------------
    // Errors (every rejection has its own name)

    /// A constructor parameter is out of range (which one: `what`).
    error BadParams(string what);
    /// Only the configured sequencer may append batches.
    error NotSequencer(address caller);
    /// The batch index is not the next one.
    error BadBatchIndex(uint64 index, uint64 want);
    /// The previous batch hash does not match the last stored batch.
    error BadPrevHash(bytes32 prevHash, bytes32 want);
    /// The L2 block range does not continue the previous batch's (start must
    /// equal the previous end, and end must not be below start).
    error BadL2Range(uint64 start, uint64 end, uint64 wantStart);
    /// k is zero, not a power of two, or above MAX_K.
    error BadK(uint32 k);
    /// More records declared than the blob has field elements.
    error TooManyRecords(uint64 recordCount, uint256 max);
    /// The blob has no certification in the Committee contract.
    error NotCertified(bytes32 blobId);
    /// The blob's certification expires before now + minRetention.
    error RetentionTooShort(bytes32 blobId, uint64 expiry, uint256 needed);
    /// queueEnd is below the queue items already taken by earlier batches.
    error QueueEndBehind(uint64 queueEnd, uint64 queueNext);
    /// queueEnd is past the end of the queue.
    error QueueEndAhead(uint64 queueEnd, uint64 queueLength);
    /// A deposit carries no value.
    error ZeroDeposit();
    /// A forced transaction is empty or longer than MAX_RECORD bytes.
    error BadForcedTxLength(uint256 length);
    /// A forced transaction did not pay exactly the forced-transaction fee.
    error WrongForceFee(uint256 paid, uint256 fee);
    /// forceInclusion: nothing to include (queueEnd is not past the queue
    /// items already taken).
    error NothingToForce(uint64 queueEnd, uint64 queueNext);
    /// forceInclusion: the last queue item taken is not due yet.
    error NotDue(uint64 queueEnd, uint256 dueAt);
    /// claimFees: no forced-transaction fees to pay out.
    error NoFees();
    /// An ETH transfer failed.
    error TransferFailed(address to, uint256 amount);
    /// withdraw: this withdrawal (sender, nonce) was paid already.
    error AlreadyWithdrawn(address sender, uint64 nonce);
    /// withdraw: the proof does not give the proposal's withdrawals root.
    error BadWithdrawalProof(bytes32 root, bytes32 want);
    /// withdraw: nothing to pay.
    error ZeroWithdrawal();

    // ------------------------------------------------------------------
    // Types

    /// The constructor's parameters (rollup.Config's L1 part).
    struct Params {
        Committee committee; // where blobs are certified
        address sequencer; // the only sender of appendBatch / certifyAndAppend
        address feeRecipient; // L2 fee recipient; also paid the forced-transaction fees on L1
        uint64 l2ChainId; // L2 chain ID (29045 on the devnet)
        uint64 forceDelay; // D: seconds after which a queue item is due
        uint64 minRetention; // seconds of certificate retention a batch needs left
        uint256 forceTxFee; // wei paid with every forceTx
        address game; // RollupGame, deployed right after this contract (its CREATE address)
    }

    /// A compact SMT proof, field for field as SMTLib.Proof (declared again
    /// so the Go bindings of SMT and this contract do not both declare
    /// SMTLibProof).
    struct WithdrawalProof {
        uint256 bitmap;
        bytes32[] siblings;
        bytes32 otherKey;
        bytes32 otherLeaf;
    }

    /// A batch as stored (hashed) and emitted. kind: 0 genesis, 1 quire
    /// blob, 2 Ethereum blobs (reserved), 3 forced (data-less). dataRef is
    /// the blob ID for kind 1 and zero for kinds 0 and 3. L2 blocks are
    /// [l2BlockStart, l2BlockEnd); steps are [stepsStart, stepsEnd); queue
    /// items are [queueStart, queueEnd). l1Timestamp is the appending
    /// block's timestamp.
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

    /// A queue item as stored (hashed) and emitted. kind 0 deposit (to,
    /// value), kind 1 forced transaction (dataHash = keccak256 of the signed
    /// L2 transaction, to and value zero). l1Sender paid for it.
    struct QueueItem {
        uint8 kind;
        address l1Sender;
        address to;
        uint256 value;
        bytes32 dataHash;
        uint64 l1Block;
        uint64 timestamp;
    }

    /// What the sequencer declares for a batch besides its data.
    struct BatchArgs {
        uint64 index; // the next batch index
        bytes32 prevHash; // batchHash(index - 1)
        uint64 recordCount; // records the derivation reads from cursor 0
        uint64 queueEnd; // queue items [queueNext, queueEnd) apply first (raised over due items)
        uint64 l2BlockStart; // the previous batch's l2BlockEnd
        uint64 l2BlockEnd; // exclusive
    }

    /// A blob header core, field for field as Committee.Header and
    /// dac.HeaderCore (declared again here so the Go bindings of the two
    /// contracts do not both declare CommitteeHeader).
    struct BlobHeader {
        uint8 version;
        uint64 chainId;
        uint64 size;
        uint32 k;
        bytes32 commitmentsRoot;
        uint16 archiveData;
        uint16 archiveTotal;
        bytes32 archiveRoot;
        uint64 expiry;
        uint64 epoch;
    }

    /// A Committee certificate, as Committee.certify takes it.
    struct Certificate {
        uint256 signers;
        bytes signature;
        bytes aggregateKey;
        bytes nonSignerKeys;
    }

    /// The head of the batch chain, one storage slot.
    struct Head {
        uint64 nextBatch; // index the next batch gets
        uint64 queueNext; // first queue item no batch has taken
        uint64 stepsEnd; // stepsEnd of the last batch
        uint64 l2BlockEnd; // l2BlockEnd of the last batch
    }

    // ------------------------------------------------------------------
    // Events

    /// A batch was appended (the genesis batch 0 in the constructor).
    event BatchAppended(uint64 indexed index, bytes32 indexed hash, Batch batch);
    /// A queue item was added; data is the signed transaction of a forced
    /// transaction and empty for a deposit.
    event Queued(uint64 indexed index, bytes32 indexed hash, QueueItem item, bytes data);
    /// Forced-transaction fees were paid out to the fee recipient.
    event FeesClaimed(address indexed to, uint256 amount);
    /// A withdrawal was paid on L1 against a finalized proposal.
    event WithdrawalPaid(bytes32 indexed key, address indexed sender, uint64 nonce, uint256 amount, uint64 proposalId);

    // ------------------------------------------------------------------
    // Constants, parameters, storage

    /// Batch kinds.
    uint8 public constant KIND_GENESIS = 0;
    uint8 public constant KIND_QUIRE = 1;
    uint8 public constant KIND_BLOBS = 2;
    uint8 public constant KIND_FORCED = 3;
    /// Queue item kinds.
    uint8 public constant ITEM_DEPOSIT = 0;
    uint8 public constant ITEM_FORCED_TX = 1;
    /// Largest record body (and forced transaction), bytes.
    uint256 public constant MAX_RECORD = 512;
    /// Largest number of data rows of a batch blob.
    uint32 public constant MAX_K = 256;
    /// Field elements per row.
    uint256 public constant ROW_ELEMENTS = 4096;
    /// The blob format version of batch blobs (Committee.FORMAT_VERSION).
    uint8 public constant FORMAT_VERSION = 1;
    /// Most due queue items one appendBatch raises its queueEnd over.
    uint256 public constant MAX_CLAMP = 64;

    Committee public immutable committee;
    address public immutable sequencer;
    address public immutable feeRecipient;
    uint64 public immutable l2ChainId;
    uint64 public immutable forceDelay;
    uint64 public immutable minRetention;
    uint256 public immutable forceTxFee;
    /// The RollupGame whose finalized proposals withdrawals are paid against.
    address public immutable game;

    Head private _head;
    mapping(uint64 => bytes32) private _batchHashes;
    bytes32[] private _queueHashes;
    uint64[] private _queueTimes; // packed four to a slot; the clamp reads them
    /// Forced-transaction fees not yet paid out (pull: a reverting recipient
    /// cannot block forceTx).
    uint256 public feesAccrued;
    /// Withdrawal keys already paid.
    mapping(bytes32 => bool) public withdrawn;

    constructor(Params memory p) {
        if (address(p.committee) == address(0)) revert BadParams("committee");
        if (p.sequencer == address(0)) revert BadParams("sequencer");
        if (p.feeRecipient == address(0)) revert BadParams("feeRecipient");
        if (p.l2ChainId == 0 || p.l2ChainId == block.chainid) revert BadParams("l2ChainId");
        if (p.forceDelay == 0) revert BadParams("forceDelay");
        if (p.game == address(0)) revert BadParams("game");
        committee = p.committee;
        sequencer = p.sequencer;
        feeRecipient = p.feeRecipient;
        l2ChainId = p.l2ChainId;
        forceDelay = p.forceDelay;
        minRetention = p.minRetention;
        forceTxFee = p.forceTxFee;
        game = p.game;
        // Genesis: batch 0, no steps, L2 block 0.
        Batch memory g;
        g.l2BlockEnd = 1;
        g.l1Timestamp = uint64(block.timestamp);
        bytes32 h = keccak256(abi.encode(g));
        _batchHashes[0] = h;
        _head = Head({nextBatch: 1, queueNext: 0, stepsEnd: 0, l2BlockEnd: 1});
        emit BatchAppended(0, h, g);
    }

    // ------------------------------------------------------------------
    // Batches

    /// Appends a batch whose data is the quire blob (FORMAT_VERSION, size,
    /// k, commitmentsRoot). The blob must be certified in the Committee with
    /// expiry >= now + minRetention. Sequencer only.
    function appendBatch(uint64 size, uint32 k, bytes32 commitmentsRoot, BatchArgs calldata a) external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        bytes32 id = keccak256(abi.encodePacked(FORMAT_VERSION, size, k, commitmentsRoot));
        (, uint64 expiry,) = committee.certification(id);
        _checkRetention(id, expiry);
        _appendQuire(id, k, a);
    }

    /// Certifies the blob in the Committee (unless it already is, with at
    /// least this header's expiry) and appends the batch, in one
    /// transaction. Sequencer only.
    function certifyAndAppend(BlobHeader calldata h, Certificate calldata c, BatchArgs calldata a) external {
        if (msg.sender != sequencer) revert NotSequencer(msg.sender);
        bytes32 id = keccak256(abi.encodePacked(h.version, h.size, h.k, h.commitmentsRoot));
        (, uint64 expiry,) = committee.certification(id);
        if (expiry < h.expiry) {
            committee.certify(
                Committee.Header({
                    version: h.version,
                    chainId: h.chainId,
                    size: h.size,
                    k: h.k,
                    commitmentsRoot: h.commitmentsRoot,
                    archiveData: h.archiveData,
                    archiveTotal: h.archiveTotal,
                    archiveRoot: h.archiveRoot,
                    expiry: h.expiry,
                    epoch: h.epoch
                }),
                c.signers,
                c.signature,
                c.aggregateKey,
                c.nonSignerKeys
            );
            expiry = h.expiry;
        }
        _checkRetention(id, expiry);
        _appendQuire(id, h.k, a);
    }

    /// Appends a data-less batch (kind 3) that takes the queue up to
    /// queueEnd, once item queueEnd - 1 is due. Anyone may call it. Its L2
    /// block range is one block.
    function forceInclusion(uint64 queueEnd) external {
        Head memory hd = _head;
        if (queueEnd <= hd.queueNext) revert NothingToForce(queueEnd, hd.queueNext);
        uint256 n = _queueTimes.length;
        if (queueEnd > n) revert QueueEndAhead(queueEnd, uint64(n));
        uint256 dueAt = uint256(_queueTimes[queueEnd - 1]) + forceDelay;
        if (block.timestamp < dueAt) revert NotDue(queueEnd, dueAt);
        Batch memory b;
        b.index = hd.nextBatch;
        b.prevHash = _batchHashes[hd.nextBatch - 1];
        b.kind = KIND_FORCED;
        b.queueStart = hd.queueNext;
        b.queueEnd = queueEnd;
        b.l2BlockStart = hd.l2BlockEnd;
        b.l2BlockEnd = hd.l2BlockEnd + 1;
        _store(b, hd);
    }

    function _checkRetention(bytes32 id, uint64 expiry) internal view {
        if (expiry == 0) revert NotCertified(id);
        uint256 needed = block.timestamp + minRetention;
        if (expiry < needed) revert RetentionTooShort(id, expiry, needed);
    }

    function _appendQuire(bytes32 id, uint32 k, BatchArgs calldata a) internal {
        if (k == 0 || k > MAX_K || k & (k - 1) != 0) revert BadK(k);
        if (a.recordCount > ROW_ELEMENTS * k) revert TooManyRecords(a.recordCount, ROW_ELEMENTS * k);
        Head memory hd = _head;
        if (a.index != hd.nextBatch) revert BadBatchIndex(a.index, hd.nextBatch);
        bytes32 prev = _batchHashes[hd.nextBatch - 1];
        if (a.prevHash != prev) revert BadPrevHash(a.prevHash, prev);
        if (a.l2BlockStart != hd.l2BlockEnd || a.l2BlockEnd < a.l2BlockStart) {
            revert BadL2Range(a.l2BlockStart, a.l2BlockEnd, hd.l2BlockEnd);
        }
        Batch memory b;
        b.index = a.index;
        b.prevHash = prev;
        b.kind = KIND_QUIRE;
        b.dataRef = id;
        b.k = k;
        b.recordCount = a.recordCount;
        b.queueStart = hd.queueNext;
        b.queueEnd = _clamp(a.queueEnd, hd.queueNext);
        b.l2BlockStart = a.l2BlockStart;
        b.l2BlockEnd = a.l2BlockEnd;
        _store(b, hd);
    }

    /// Checks queueEnd against the queue and raises it over due items: from
    /// queueEnd on, every item queued at least forceDelay seconds ago, at
    /// most MAX_CLAMP of them (times are non-decreasing, so the first item
    /// not due ends the scan).
    function _clamp(uint64 queueEnd, uint64 queueNext) internal view returns (uint64) {
        if (queueEnd < queueNext) revert QueueEndBehind(queueEnd, queueNext);
        uint256 n = _queueTimes.length;
        if (queueEnd > n) revert QueueEndAhead(queueEnd, uint64(n));
        uint256 limit = queueEnd + MAX_CLAMP;
        if (limit > n) limit = n;
        uint256 end = queueEnd;
        while (end < limit && uint256(_queueTimes[end]) + forceDelay <= block.timestamp) {
            end++;
        }
        return uint64(end);
    }

    /// Fills in the steps and time, stores the hash, moves the head, emits.
    function _store(Batch memory b, Head memory hd) internal {
        b.stepsStart = hd.stepsEnd;
        b.stepsEnd = hd.stepsEnd + (b.queueEnd - b.queueStart) + b.recordCount;
        b.l1Timestamp = uint64(block.timestamp);
        bytes32 h = keccak256(abi.encode(b));
        _batchHashes[b.index] = h;
        _head = Head({nextBatch: b.index + 1, queueNext: b.queueEnd, stepsEnd: b.stepsEnd, l2BlockEnd: b.l2BlockEnd});
        emit BatchAppended(b.index, h, b);
    }

    // ------------------------------------------------------------------
    // Queue

    /// Deposits msg.value to `to` on L2 (queue item kind 0).
    function deposit(address to) external payable returns (uint64 index) {
        if (msg.value == 0) revert ZeroDeposit();
        QueueItem memory it = QueueItem({
            kind: ITEM_DEPOSIT,
            l1Sender: msg.sender,
            to: to,
            value: msg.value,
            dataHash: bytes32(0),
            l1Block: uint64(block.number),
            timestamp: uint64(block.timestamp)
        });
        return _enqueue(it, "");
    }

    /// Queues a signed L2 transaction (kind 1) that derivation must apply
    /// within forceDelay. Pays exactly forceTxFee. The bytes are not checked
    /// here: an invalid transaction is a no-op step on L2.
    function forceTx(bytes calldata signedTx) external payable returns (uint64 index) {
        if (signedTx.length == 0 || signedTx.length > MAX_RECORD) revert BadForcedTxLength(signedTx.length);
        if (msg.value != forceTxFee) revert WrongForceFee(msg.value, forceTxFee);
        feesAccrued += msg.value;
        QueueItem memory it = QueueItem({
            kind: ITEM_FORCED_TX,
            l1Sender: msg.sender,
            to: address(0),
            value: 0,
            dataHash: keccak256(signedTx),
            l1Block: uint64(block.number),
            timestamp: uint64(block.timestamp)
        });
        return _enqueue(it, signedTx);
    }

    function _enqueue(QueueItem memory it, bytes memory data) internal returns (uint64 index) {
        index = uint64(_queueHashes.length);
        bytes32 h = keccak256(abi.encode(it));
        _queueHashes.push(h);
        _queueTimes.push(it.timestamp);
        emit Queued(index, h, it, data);
    }

    /// Pays the accrued forced-transaction fees to the fee recipient. Anyone
    /// may call it.
    function claimFees() external {
        uint256 amount = feesAccrued;
        if (amount == 0) revert NoFees();
        feesAccrued = 0;
        (bool ok,) = feeRecipient.call{value: amount}("");
        if (!ok) revert TransferFailed(feeRecipient, amount);
        emit FeesClaimed(feeRecipient, amount);
    }

    // ------------------------------------------------------------------
    // Withdrawals

    /// Pays `amount` to `sender` on L1 for its L2 withdrawal number `nonce`,
    /// once: the leaf keccak256(0x01 || sender || amount) at key
    /// keccak256(0x01 || sender || uint64 nonce) must be in the withdrawals
    /// root of finalized proposal `proposalId` (the game reverts
    /// NotFinalized for a pending or rejected one). Anyone may call it.
    function withdraw(uint64 proposalId, address sender, uint64 nonce, uint256 amount, WithdrawalProof calldata proof)
        external
    {
        if (amount == 0) revert ZeroWithdrawal();
        bytes32 key = keccak256(abi.encodePacked(uint8(1), sender, nonce));
        if (withdrawn[key]) revert AlreadyWithdrawn(sender, nonce);
        bytes32 want = IOutputs(game).withdrawalsRootOf(proposalId);
        bytes32 leaf = keccak256(abi.encodePacked(uint8(1), sender, amount));
        SMTLib.Proof calldata q;
        assembly ("memory-safe") {
            q := proof
        }
        bytes32 root = SMTLib.computeRoot(key, leaf, q);
        if (root != want) revert BadWithdrawalProof(root, want);
        withdrawn[key] = true;
        (bool ok,) = sender.call{value: amount}("");
        if (!ok) revert TransferFailed(sender, amount);
        emit WithdrawalPaid(key, sender, nonce, amount, proposalId);
    }

    // ------------------------------------------------------------------
    // Views

    /// The head: next batch index, first untaken queue item, stepsEnd and
    /// l2BlockEnd of the last batch.
    function head() external view returns (Head memory) {
        return _head;
    }

    /// keccak256(abi.encode(batch)) of batch `index` (zero if none).
    function batchHash(uint64 index) external view returns (bytes32) {
        return _batchHashes[index];
    }

    /// Number of queue items ever queued.
    function queueLength() external view returns (uint64) {
        return uint64(_queueHashes.length);
    }

    /// keccak256(abi.encode(item)) of queue item `index`.
    function queueHash(uint64 index) external view returns (bytes32) {
        return _queueHashes[index];
    }

    /// When queue item `index` was queued (it is due forceDelay later).
    function queueTime(uint64 index) external view returns (uint64) {
        return _queueTimes[index];
    }

    /// The batch hash rule, for off-chain twins.
    function hashBatch(Batch calldata b) external pure returns (bytes32) {
        return keccak256(abi.encode(b));
    }

    /// The queue item hash rule, for off-chain twins.
    function hashQueueItem(QueueItem calldata it) external pure returns (bytes32) {
        return keccak256(abi.encode(it));
    }
}
