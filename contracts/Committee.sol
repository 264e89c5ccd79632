// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @title quire data-availability committee
/// @notice Registers committee members (BLS12-381 keys with proofs of
/// possession, libp2p peer IDs and addresses), changes the committee through
/// a time-locked admin queue in numbered epochs, verifies aggregated BLS
/// certificates with the EIP-2537 precompiles and records certified blobs.
///
/// Ciphersuite BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_: signatures in G1,
/// public keys in G2. Points travel in the EIP-2537 encoding (G1 128 bytes,
/// G2 256 bytes: x.c0 || x.c1 || y.c0 || y.c1, each coordinate a 64-byte
/// big-endian word with 16 zero bytes of padding).
///
/// Cost model of verifyCertificate: the contract stores one keccak hash per
/// key and one per epoch aggregate, never reads a key from storage on the
/// certificate path. The caller passes the epoch's aggregate key and the
/// non-signers' keys in calldata; the contract hashes them, checks them
/// against storage (one SLOAD per non-signer), subtracts the non-signers
/// from the aggregate with G2ADD, hashes the attest message to G1 (RFC 9380)
/// and runs one two-pair PAIRING_CHECK.
contract Committee {
    // ------------------------------------------------------------------
    // Errors (every rejection has its own name)

    /// The caller is not the admin.
    error NotAdmin();
    /// The zero address was given where an operator or admin is needed.
    error ZeroAddress();
    /// A byte string has the wrong length.
    error BadLength(uint256 length, uint256 want);
    /// A public key is the point at infinity, badly encoded or off the curve.
    error InvalidPublicKey();
    /// The compressed public key does not encode the uncompressed one.
    error PublicKeyMismatch();
    /// A signature (or proof of possession) is the point at infinity, badly
    /// encoded, off the curve or outside the prime-order subgroup.
    error InvalidSignaturePoint();
    /// A key or proof of possession is on its curve but outside the
    /// prime-order subgroup.
    error PointNotInSubgroup();
    /// The proof of possession does not verify for the key.
    error InvalidProofOfPossession();
    /// The operator has registered already.
    error OperatorAlreadyRegistered(address operator);
    /// Another operator registered this BLS key.
    error KeyAlreadyRegistered(bytes32 keyHash);
    /// The address never registered.
    error NotRegistered(address operator);
    /// The operator is already a member.
    error AlreadyMember(address operator);
    /// The operator is not a member.
    error NotMember(address operator);
    /// The operator's key was a member before; a removed key never returns
    /// (register a fresh operator and key instead).
    error KeyRetired(address operator);
    /// All member slots are taken.
    error CommitteeFull();
    /// The threshold is zero or above the committee size.
    error InvalidThreshold(uint256 threshold, uint256 size);
    /// Custody cannot serve the committee (dac.CheckCustody): the size is
    /// outside 4..128, the replication outside 1..min(size, 16), or some
    /// threshold signers could hold fewer than 64 distinct columns.
    error CustodyUnsafe(uint256 size, uint256 threshold, uint256 replication);
    /// The caller has not been approved by the admin to register.
    error NotApproved(address operator);
    /// A peer ID is not a libp2p peer ID (a sha2-256 or identity multihash
    /// of at most MAX_PEER_ID_BYTES bytes).
    error InvalidPeerId();
    /// Another operator registered this peer ID.
    error PeerIdTaken(address owner);
    /// Too many addresses, or an address empty or too long.
    error InvalidAddrs(uint256 index);
    /// The caller is not the pending admin.
    error NotPendingAdmin();
    /// The header is for another chain than this one.
    error WrongChain(uint64 chainId);
    /// A change adds nobody, removes nobody and keeps the threshold.
    error EmptyChange();
    /// No change has this ID.
    error UnknownChange(uint256 id);
    /// The change was executed or cancelled already.
    error ChangeNotPending(uint256 id);
    /// The change's delay has not passed yet.
    error ChangeNotReady(uint256 id, uint64 eta);
    /// The epoch has not started (or never will).
    error UnknownEpoch(uint64 epoch);
    /// The epoch ended and its rotation window has passed.
    error EpochExpired(uint64 epoch, uint256 deadline);
    /// The signer bitmap has bits set for slots that were empty in the epoch.
    error BitmapOutOfRange(uint256 strayBits);
    /// The aggregate key passed is not the epoch's aggregate.
    error AggregateKeyMismatch(uint64 epoch);
    /// The non-signer key at this index is not the key of a member of the
    /// epoch who did not sign, or names such a member twice.
    error NonSignerMismatch(uint256 index);
    /// Some non-signing members' keys were not passed.
    error NonSignersMissing(uint256 missingBits);
    /// Fewer members signed than the epoch's threshold.
    error InsufficientSigners(uint256 signers, uint256 threshold);
    /// The aggregate signature does not verify.
    error InvalidSignature();
    /// A precompile this contract needs failed or is missing (pre-Prague chain).
    error PrecompileFailed(uint256 precompile);
    /// The header's format version is not supported.
    error UnsupportedVersion(uint8 version);
    /// The header's retention expiry has passed.
    error HeaderExpired(uint64 expiry);
    /// The blob is certified already with an expiry at least as late.
    error AlreadyCertified(bytes32 blobId);

    // ------------------------------------------------------------------
    // Events

    event OperatorRegistered(address indexed operator, bytes32 indexed keyHash, bytes publicKey, bytes peerId, string[] addrs);
    event OperatorNetworkUpdated(address indexed operator, bytes peerId, string[] addrs);
    event ChangeQueued(uint256 indexed id, uint64 eta, address[] add, address[] remove, uint8 threshold, uint8 replication);
    event ChangeCancelled(uint256 indexed id);
    event ChangeExecuted(uint256 indexed id, uint64 indexed epoch);
    event MemberAdded(address indexed operator, uint64 indexed epoch, uint8 slot);
    event MemberRemoved(address indexed operator, uint64 indexed epoch, uint8 slot);
    event EpochStarted(
        uint64 indexed epoch, bytes32 aggregateKeyHash, uint128 members, uint8 size, uint8 threshold, uint8 replication
    );
    event AdminTransferred(address indexed previousAdmin, address indexed newAdmin);
    event AdminTransferStarted(address indexed admin, address indexed pendingAdmin);
    event OperatorApproved(address indexed operator, bool approved);
    event Certified(bytes32 indexed blobId, bytes32 indexed headerHash, uint64 epoch, uint64 expiry);

    // ------------------------------------------------------------------
    // Constants

    /// Largest committee: the signer bitmap's bits 0..127 are member slots.
    uint256 public constant MAX_MEMBERS = 128;
    /// Committee sizes and replications custody supports (dac.MinMembers,
    /// dac.MaxReplication).
    uint256 public constant MIN_MEMBERS = 4;
    uint256 public constant MAX_REPLICATION = 16;
    /// Bounds of an operator's network record. A libp2p peer ID is a
    /// multihash: sha2-256 (34 bytes) or identity of a key of at most 42
    /// bytes (44).
    uint256 public constant MAX_PEER_ID_BYTES = 44;
    uint256 public constant MAX_ADDRS = 8;
    uint256 public constant MAX_ADDR_BYTES = 256;
    /// The header format version certify accepts (dac.FormatVersion).
    uint8 public constant FORMAT_VERSION = 1;
    /// Domain separation tag of signatures.
    bytes public constant SIGNATURE_DST = "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_";
    /// Domain separation tag of proofs of possession.
    bytes public constant POP_DST = "BLS_POP_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_";

    uint256 private constant G1_BYTES = 128;
    uint256 private constant G2_BYTES = 256;
    uint256 private constant COMPRESSED_G2_BYTES = 96;
    /// Gas forwarded to a precompile that may fail on user input (a failing
    /// EIP-2537 precompile consumes all gas it is given).
    uint256 private constant PAIRING_GAS = 300_000;
    uint256 private constant ADD_GAS = 10_000;

    // The base field modulus p as two words (16 high bytes, 32 low bytes),
    // and (p-1)/2, the bound of the "lexicographically largest" sign.
    uint256 private constant P_HI = 0x1a0111ea397fe69a4b1ba7b6434bacd7;
    uint256 private constant P_LO = 0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab;
    uint256 private constant HALF_HI = 0x0d0088f51cbff34d258dd3db21a5d66b;
    uint256 private constant HALF_LO = 0xb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd555;

    // The negated G2 generator, EIP-2537 encoded (8 words).
    uint256 private constant NG2_0 = 0x024aa2b2f08f0a91260805272dc51051;
    uint256 private constant NG2_1 = 0xc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8;
    uint256 private constant NG2_2 = 0x13e02b6052719f607dacd3a088274f65;
    uint256 private constant NG2_3 = 0x596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e;
    uint256 private constant NG2_4 = 0x0d1b3cc2c7027888be51d9ef691d77bc;
    uint256 private constant NG2_5 = 0xb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa;
    uint256 private constant NG2_6 = 0x13fa4d4a0ad8b1ce186ed5061789213d;
    uint256 private constant NG2_7 = 0x993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed;

    // Precompile addresses.
    uint256 private constant SHA256 = 0x02;
    uint256 private constant MODEXP = 0x05;
    uint256 private constant G1ADD = 0x0b;
    uint256 private constant G2ADD = 0x0d;
    uint256 private constant PAIRING = 0x0f;
    uint256 private constant MAP_FP_TO_G1 = 0x10;

    // ------------------------------------------------------------------
    // Types and storage

    /// The fixed-size core of a blob header, field for field as dac.HeaderCore.
    struct Header {
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

    /// What a registered operator looks like from outside.
    struct OperatorView {
        bytes publicKey; // 256-byte EIP-2537 G2 point
        bytes32 keyHash; // keccak256(publicKey)
        bytes peerId; // libp2p peer ID (binary)
        string[] addrs; // libp2p multiaddrs
        bool active; // member of the current committee
        uint8 slot; // bitmap bit while a member (meaningful once fromEpoch != 0)
        uint64 fromEpoch; // first epoch as a member (0: never a member)
        uint64 toEpoch; // first epoch no longer a member (0: still a member)
    }

    struct Operator {
        bytes32[8] key;
        bytes32 keyHash;
        bytes peerId;
        string[] addrs;
        bool active;
    }

    /// Two slots: the epoch's aggregate key hash; its member slots, size,
    /// threshold, start, end and replication (custody's r).
    struct EpochInfo {
        bytes32 aggregateKeyHash;
        uint128 members;
        uint8 size;
        uint8 threshold;
        uint48 start;
        uint48 end;
        uint8 replication;
    }

    struct Change {
        uint64 eta;
        uint8 threshold; // 0 keeps the current one
        uint8 state; // 0 none, 1 queued, 2 executed, 3 cancelled
        uint8 replication; // 0 keeps the current one
        address[] add;
        address[] remove;
    }

    struct Certification {
        bytes32 headerHash;
        uint64 expiry;
        uint64 epoch;
    }

    /// Seconds between queueing a change and executing it.
    uint64 public immutable changeDelay;
    /// Seconds an epoch's certificates stay valid after the next one starts.
    uint64 public immutable rotationWindow;

    address public admin;
    /// The address transferAdmin named; it becomes admin by acceptAdmin.
    address public pendingAdmin;
    uint64 public currentEpoch;
    uint256 public nextChangeId;

    mapping(address => Operator) private operators;
    address[] private registered;
    mapping(uint64 => EpochInfo) private epochs;
    mapping(uint256 => Change) private changes;
    mapping(bytes32 => Certification) private certifications;
    /// Operators the admin approved to register.
    mapping(address => bool) public approved;
    /// keccak256(peer ID) => the operator that registered it.
    mapping(bytes32 => address) private peerOwner;
    /// Each epoch's members in slot order, written when it starts, so a
    /// committee read costs O(members) whatever the number of operators.
    mapping(uint64 => address[]) private epochOps;

    // Key info lives at storage slot keccak256(key) itself, one slot per key
    // (a mapping would hash once more): slot (bits 0..7) | fromEpoch (8..71)
    // | toEpoch (72..135) | registered (bit 136). Solidity's own slots are
    // keccak outputs of other preimages, so they cannot collide.
    function _keyInfo(bytes32 keyHash) internal view returns (uint256 info) {
        assembly ("memory-safe") {
            info := sload(keyHash)
        }
    }

    function _setKeyInfo(bytes32 keyHash, uint256 info) internal {
        assembly ("memory-safe") {
            sstore(keyHash, info)
        }
    }

    /// The current epoch's aggregate key and its slot owners.
    bytes32[8] private aggregate;
    address[128] private slotOperator;

    constructor(address admin_, uint64 changeDelay_, uint64 rotationWindow_) {
        if (admin_ == address(0)) revert ZeroAddress();
        admin = admin_;
        changeDelay = changeDelay_;
        rotationWindow = rotationWindow_;
        emit AdminTransferred(address(0), admin_);
    }

    modifier onlyAdmin() {
        if (msg.sender != admin) revert NotAdmin();
        _;
    }

    // ------------------------------------------------------------------
    // Registration

    /// Approves (or withdraws approval of) operators to register. Only
    /// approved addresses may register, so the operator list grows only as
    /// fast as the admin allows. Withdrawing an approval does not touch a
    /// registration already made.
    function approveOperators(address[] calldata ops, bool allowed) external onlyAdmin {
        for (uint256 i = 0; i < ops.length; i++) {
            if (ops[i] == address(0)) revert ZeroAddress();
            approved[ops[i]] = allowed;
            emit OperatorApproved(ops[i], allowed);
        }
    }

    /// Registers the caller as an operator with a BLS key, proven by a proof
    /// of possession: a signature with POP_DST over the 96-byte compressed
    /// key. The key comes in both forms; the contract checks that the
    /// compressed one (the PoP message) encodes the uncompressed one (what it
    /// stores and adds), so a rogue key cannot borrow another key's proof.
    function register(
        bytes calldata publicKey,
        bytes calldata publicKeyCompressed,
        bytes calldata proofOfPossession,
        bytes calldata peerId,
        string[] calldata addrs
    ) external {
        Operator storage op = operators[msg.sender];
        if (op.keyHash != bytes32(0)) revert OperatorAlreadyRegistered(msg.sender);
        if (!approved[msg.sender]) revert NotApproved(msg.sender);
        bytes32 keyHash = _checkKey(publicKey, publicKeyCompressed, proofOfPossession);
        op.key = abi.decode(publicKey, (bytes32[8]));
        op.keyHash = keyHash;
        _setNetwork(op, peerId, addrs);
        _setKeyInfo(keyHash, 1 << 136);
        registered.push(msg.sender);
        emit OperatorRegistered(msg.sender, keyHash, publicKey, peerId, addrs);
    }

    /// Validates a new key and its proof of possession; returns its hash.
    function _checkKey(bytes calldata publicKey, bytes calldata publicKeyCompressed, bytes calldata proofOfPossession)
        internal
        view
        returns (bytes32 keyHash)
    {
        if (publicKey.length != G2_BYTES) revert BadLength(publicKey.length, G2_BYTES);
        if (publicKeyCompressed.length != COMPRESSED_G2_BYTES) {
            revert BadLength(publicKeyCompressed.length, COMPRESSED_G2_BYTES);
        }
        if (proofOfPossession.length != G1_BYTES) revert BadLength(proofOfPossession.length, G1_BYTES);

        bytes memory pk = publicKey;
        bytes memory pop = proofOfPossession;
        if (_isZero(pk)) revert InvalidPublicKey();
        if (!_onCurve(G2ADD, pk)) revert InvalidPublicKey();
        if (!_compressedMatches(publicKeyCompressed, pk)) revert PublicKeyMismatch();
        if (_isZero(pop) || !_onCurve(G1ADD, pop)) revert InvalidSignaturePoint();

        keyHash = keccak256(pk);
        if (_keyInfo(keyHash) != 0) revert KeyAlreadyRegistered(keyHash);

        bytes memory h = _hashToG1(publicKeyCompressed, POP_DST);
        (bool valid, bool ok) = _pairing2(pop, h, pk);
        if (!ok) revert PointNotInSubgroup();
        if (!valid) revert InvalidProofOfPossession();
    }

    /// Replaces the caller's libp2p peer ID and addresses. Takes effect at once.
    function updateNetwork(bytes calldata peerId, string[] calldata addrs) external {
        Operator storage op = operators[msg.sender];
        if (op.keyHash == bytes32(0)) revert NotRegistered(msg.sender);
        _setNetwork(op, peerId, addrs);
        emit OperatorNetworkUpdated(msg.sender, peerId, addrs);
    }

    /// Checks and stores the caller's network record. The peer ID is empty
    /// (not published yet) or a libp2p peer ID no other operator holds; at
    /// most MAX_ADDRS addresses, each 1 to MAX_ADDR_BYTES bytes.
    function _setNetwork(Operator storage op, bytes calldata peerId, string[] calldata addrs) internal {
        _checkPeerId(peerId);
        if (addrs.length > MAX_ADDRS) revert InvalidAddrs(MAX_ADDRS);
        for (uint256 i = 0; i < addrs.length; i++) {
            uint256 n = bytes(addrs[i]).length;
            if (n == 0 || n > MAX_ADDR_BYTES) revert InvalidAddrs(i);
        }
        if (op.peerId.length != 0) delete peerOwner[keccak256(op.peerId)];
        if (peerId.length != 0) {
            bytes32 h = keccak256(peerId);
            address owner = peerOwner[h];
            if (owner != address(0)) revert PeerIdTaken(owner);
            peerOwner[h] = msg.sender;
        }
        op.peerId = peerId;
        delete op.addrs;
        for (uint256 i = 0; i < addrs.length; i++) {
            op.addrs.push(addrs[i]);
        }
    }

    /// Reverts with InvalidPeerId unless peerId is empty or a multihash
    /// libp2p uses for peer IDs: sha2-256 (0x12, 32 bytes) of a key, or the
    /// key itself under identity (0x00) when it is at most 42 bytes.
    function _checkPeerId(bytes calldata peerId) internal pure {
        uint256 n = peerId.length;
        if (n == 0) return;
        if (n < 2 || n > MAX_PEER_ID_BYTES || uint8(peerId[1]) != n - 2) revert InvalidPeerId();
        uint8 code = uint8(peerId[0]);
        if (code == 0x12 ? n != 34 : (code != 0x00 || n < 3)) revert InvalidPeerId();
    }

    // ------------------------------------------------------------------
    // Admin: time-locked membership changes

    /// Queues a change: operators to add, operators to remove, a new
    /// threshold and a new replication (custody's r; 0 keeps the current
    /// one of either). It can be executed changeDelay seconds from now and
    /// opens the next epoch; executing checks the resulting (size,
    /// threshold, replication) against custody (CustodyUnsafe).
    function queueChange(address[] calldata add, address[] calldata remove, uint8 threshold, uint8 replication)
        external
        onlyAdmin
        returns (uint256 id)
    {
        if (add.length == 0 && remove.length == 0 && threshold == 0 && replication == 0) revert EmptyChange();
        if (add.length > MAX_MEMBERS || remove.length > MAX_MEMBERS) revert CommitteeFull();
        id = nextChangeId++;
        Change storage c = changes[id];
        c.eta = uint64(block.timestamp) + changeDelay;
        c.threshold = threshold;
        c.replication = replication;
        c.state = 1;
        c.add = add;
        c.remove = remove;
        emit ChangeQueued(id, c.eta, add, remove, threshold, replication);
    }

    /// Cancels a queued change.
    function cancelChange(uint256 id) external onlyAdmin {
        Change storage c = changes[id];
        if (c.state == 0) revert UnknownChange(id);
        if (c.state != 1) revert ChangeNotPending(id);
        c.state = 3;
        emit ChangeCancelled(id);
    }

    /// Executes a queued change whose delay has passed and starts the next
    /// epoch with the changed committee. Anyone may call it.
    function executeChange(uint256 id) external returns (uint64 epoch) {
        Change storage c = changes[id];
        if (c.state == 0) revert UnknownChange(id);
        if (c.state != 1) revert ChangeNotPending(id);
        if (block.timestamp < c.eta) revert ChangeNotReady(id, c.eta);
        c.state = 2;

        uint64 prev = currentEpoch;
        epoch = prev + 1;
        EpochInfo memory cur = epochs[prev];
        uint256 members = cur.members;
        uint256 size = cur.size;
        uint256 threshold = c.threshold == 0 ? cur.threshold : c.threshold;
        uint256 replication = c.replication == 0 ? cur.replication : c.replication;

        bytes memory agg = new bytes(512); // [0,256) running aggregate, [256,512) operand
        {
            bytes32[8] memory a = aggregate;
            assembly ("memory-safe") {
                mcopy(add(agg, 32), a, 256)
            }
        }

        for (uint256 i = 0; i < c.remove.length; i++) {
            members = _removeMember(c.remove[i], epoch, members, agg);
            size--;
        }
        for (uint256 i = 0; i < c.add.length; i++) {
            members = _addMember(c.add[i], epoch, members, agg);
            size++;
        }
        if (threshold == 0 || threshold > size) revert InvalidThreshold(threshold, size);
        if (threshold < custodyMinThreshold(size, replication)) revert CustodyUnsafe(size, threshold, replication);

        bytes32 aggHash;
        bytes32[8] memory words;
        assembly ("memory-safe") {
            aggHash := keccak256(add(agg, 32), 256)
            mcopy(words, add(agg, 32), 256)
        }
        aggregate = words;
        if (prev != 0) epochs[prev].end = uint48(block.timestamp);
        epochs[epoch] = EpochInfo({
            aggregateKeyHash: aggHash,
            members: uint128(members),
            size: uint8(size),
            threshold: uint8(threshold),
            start: uint48(block.timestamp),
            end: 0,
            replication: uint8(replication)
        });
        address[] storage list = epochOps[epoch];
        for (uint256 m = members; m != 0; m &= m - 1) {
            list.push(slotOperator[_lowestBit(m)]);
        }
        currentEpoch = epoch;
        emit ChangeExecuted(id, epoch);
        emit EpochStarted(epoch, aggHash, uint128(members), uint8(size), uint8(threshold), uint8(replication));
    }

    /// The index of the lowest set bit of m (m != 0).
    function _lowestBit(uint256 m) internal pure returns (uint256 i) {
        m &= type(uint256).max - m + 1; // isolate it
        while (m > 1) {
            m >>= 1;
            i++;
        }
    }

    /// dac.MinThreshold: the least threshold at which any threshold signers
    /// of a committee of `size` members with replication `replication` hold
    /// at least 64 distinct columns between them, so can recover every row
    /// (dac.CheckCustody passes for every threshold from it to size).
    /// Returns type(uint256).max where custody refuses the committee
    /// outright (size outside 4..128, replication outside 1..min(size, 16)).
    /// For replication >= 2 it is max(1, ceil(size/2) - replication + 1);
    /// for replication 1 it is the generated table below. Both agree with
    /// dac.CustodyTable at every (size, replication) (TestCustodyTable).
    function custodyMinThreshold(uint256 size, uint256 replication) public pure returns (uint256) {
        if (size < MIN_MEMBERS || size > MAX_MEMBERS || replication == 0 || replication > MAX_REPLICATION) {
            return type(uint256).max;
        }
        if (replication > size) return type(uint256).max;
        if (replication == 1) return uint8(CUSTODY_R1[size - MIN_MEMBERS]);
        uint256 half = (size + 1) / 2 + 1;
        return half > replication + 1 ? half - replication : 1;
    }

    // custody-table:begin (dac.MinThreshold(n, 1) for n = 4..128; generated by
    // go test ./dac/l1 -run TestCustodyTable -update)
    bytes private constant CUSTODY_R1 =
        hex"02030404040506060707080808090a0a0b0b0c0d0d0d0e0f101010101011121314151616161616161718191a1b1c1d1e1f2020202020202020202020202122232425262728292a2b2c2d2e2f303132333435363738393a3b3c3d3e3f404040404040404040404040404040404040404040404040404040404040404040";
    // custody-table:end

    /// Takes `who` out of the committee from `epoch` on: frees its slot and
    /// subtracts its key from the running aggregate agg[0,256).
    function _removeMember(address who, uint64 epoch, uint256 members, bytes memory agg) internal returns (uint256) {
        Operator storage op = operators[who];
        if (!op.active) revert NotMember(who);
        uint256 info = _keyInfo(op.keyHash);
        uint8 slot = uint8(info);
        slotOperator[slot] = address(0);
        op.active = false;
        _setKeyInfo(op.keyHash, info | (uint256(epoch) << 72));
        _loadKey(op, agg);
        _negateG2(agg, 256);
        _g2AddInto(agg);
        emit MemberRemoved(who, epoch, slot);
        return members & ~(uint256(1) << slot);
    }

    /// Puts `who` into the lowest free slot from `epoch` on and adds its key
    /// to the running aggregate agg[0,256).
    function _addMember(address who, uint64 epoch, uint256 members, bytes memory agg) internal returns (uint256) {
        Operator storage op = operators[who];
        if (op.keyHash == bytes32(0)) revert NotRegistered(who);
        if (op.active) revert AlreadyMember(who);
        if ((_keyInfo(op.keyHash) >> 8) & type(uint64).max != 0) revert KeyRetired(who);
        uint256 slot = 0;
        while (slot < MAX_MEMBERS && (members >> slot) & 1 == 1) slot++;
        if (slot == MAX_MEMBERS) revert CommitteeFull();
        slotOperator[slot] = who;
        op.active = true;
        _setKeyInfo(op.keyHash, (1 << 136) | (uint256(epoch) << 8) | slot);
        _loadKey(op, agg);
        _g2AddInto(agg);
        emit MemberAdded(who, epoch, uint8(slot));
        return members | (uint256(1) << slot);
    }

    /// Offers the admin role to newAdmin, which takes it with acceptAdmin
    /// (so a mistyped address cannot lock the contract). A later call
    /// replaces the offer.
    function transferAdmin(address newAdmin) external onlyAdmin {
        if (newAdmin == address(0)) revert ZeroAddress();
        pendingAdmin = newAdmin;
        emit AdminTransferStarted(admin, newAdmin);
    }

    /// Takes the admin role offered by transferAdmin.
    function acceptAdmin() external {
        if (msg.sender != pendingAdmin) revert NotPendingAdmin();
        emit AdminTransferred(admin, msg.sender);
        admin = msg.sender;
        pendingAdmin = address(0);
    }

    // ------------------------------------------------------------------
    // Certificates

    /// Reverts with a named error unless the certificate verifies: at least
    /// threshold members of `epoch` signed the attest message of headerHash.
    /// signers has bit i set when the member in slot i signed.
    /// aggregateKey is the epoch's aggregate key (every member's key summed);
    /// nonSignerKeys concatenates the keys of the members in the epoch that
    /// did not sign, 256 bytes each, each exactly once (any order; slot
    /// order is the convention).
    function verifyCertificate(
        bytes32 headerHash,
        uint64 epoch,
        uint256 signers,
        bytes calldata signature,
        bytes calldata aggregateKey,
        bytes calldata nonSignerKeys
    ) external view {
        _verify(headerHash, epoch, signers, signature, aggregateKey, nonSignerKeys);
    }

    /// Verifies a certificate for the header (whose epoch is the
    /// certificate's) and records blob ID => (header hash, expiry, epoch).
    /// A blob may be certified again only with a later expiry.
    function certify(
        Header calldata header,
        uint256 signers,
        bytes calldata signature,
        bytes calldata aggregateKey,
        bytes calldata nonSignerKeys
    ) external returns (bytes32 id) {
        if (header.version != FORMAT_VERSION) revert UnsupportedVersion(header.version);
        if (header.chainId != block.chainid) revert WrongChain(header.chainId);
        if (header.expiry <= block.timestamp) revert HeaderExpired(header.expiry);
        bytes32 hh = hashHeader(header);
        _verify(hh, header.epoch, signers, signature, aggregateKey, nonSignerKeys);
        id = blobId(header);
        Certification storage rec = certifications[id];
        if (rec.expiry >= header.expiry) revert AlreadyCertified(id);
        rec.headerHash = hh;
        rec.expiry = header.expiry;
        rec.epoch = header.epoch;
        emit Certified(id, hh, header.epoch, header.expiry);
    }

    /// Returns a blob's certification (all zero when it has none).
    function certification(bytes32 id) external view returns (bytes32 hh, uint64 expiry, uint64 epoch) {
        Certification storage rec = certifications[id];
        return (rec.headerHash, rec.expiry, rec.epoch);
    }

    // ------------------------------------------------------------------
    // Views

    /// keccak256 of the header's 105-byte packed encoding (dac.HeaderCore.Hash).
    function hashHeader(Header calldata h) public pure returns (bytes32) {
        return keccak256(
            abi.encodePacked(
                h.version,
                h.chainId,
                h.size,
                h.k,
                h.commitmentsRoot,
                h.archiveData,
                h.archiveTotal,
                h.archiveRoot,
                h.expiry,
                h.epoch
            )
        );
    }

    /// keccak256(version || size || k || commitmentsRoot) (dac.ComputeBlobID).
    function blobId(Header calldata h) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(h.version, h.size, h.k, h.commitmentsRoot));
    }

    /// The 32-byte message members sign for a header (dac.AttestMessage with
    /// this chain and this contract).
    function attestMessage(uint64 epoch, bytes32 hh) public view returns (bytes32) {
        return keccak256(abi.encodePacked("quire/attest/v1", uint64(block.chainid), address(this), epoch, hh));
    }

    /// RFC 9380 hash_to_curve to G1 (BLS12381G1_XMD:SHA-256_SSWU_RO_) with
    /// the given DST, as the contract computes it; EIP-2537 encoded.
    function hashToG1(bytes calldata message, bytes calldata dst) external view returns (bytes memory) {
        if (dst.length > 255) revert BadLength(dst.length, 255);
        return _hashToG1(message, dst);
    }

    /// An epoch's aggregate key hash, member slots, size, threshold, start
    /// and end (unix seconds; end 0 while it is current).
    function epochInfo(uint64 epoch) external view returns (EpochInfo memory) {
        return epochs[epoch];
    }

    /// An operator's registration and membership.
    function operatorInfo(address who) public view returns (OperatorView memory v) {
        Operator storage op = operators[who];
        if (op.keyHash == bytes32(0)) revert NotRegistered(who);
        uint256 info = _keyInfo(op.keyHash);
        bytes32[8] memory k = op.key;
        v.publicKey = abi.encodePacked(k);
        v.keyHash = op.keyHash;
        v.peerId = op.peerId;
        v.addrs = op.addrs;
        v.active = op.active;
        v.slot = uint8(info);
        v.fromEpoch = uint64(info >> 8);
        v.toEpoch = uint64(info >> 72);
    }

    /// Every operator that ever registered, in registration order.
    function registeredOperators() external view returns (address[] memory) {
        return registered;
    }

    /// The members of an epoch in increasing slot order (bit i of a signer
    /// bitmap stands for slot i; member j of the returned list is at
    /// slots[j]) with their registrations.
    /// Its cost grows with the epoch's size only, not with the number of
    /// registered operators.
    function epochMembers(uint64 epoch) external view returns (address[] memory ops, OperatorView[] memory views) {
        if (epochs[epoch].aggregateKeyHash == bytes32(0)) revert UnknownEpoch(epoch);
        ops = epochOps[epoch];
        views = new OperatorView[](ops.length);
        for (uint256 i = 0; i < ops.length; i++) {
            views[i] = operatorInfo(ops[i]);
        }
    }

    /// A queued change.
    function changeInfo(uint256 id)
        external
        view
        returns (
            uint64 eta,
            uint8 threshold,
            uint8 state,
            address[] memory add,
            address[] memory remove,
            uint8 replication
        )
    {
        Change storage c = changes[id];
        if (c.state == 0) revert UnknownChange(id);
        return (c.eta, c.threshold, c.state, c.add, c.remove, c.replication);
    }

    // ------------------------------------------------------------------
    // Verification core

    function _verify(
        bytes32 hh,
        uint64 epoch,
        uint256 signers,
        bytes calldata signature,
        bytes calldata aggregateKey,
        bytes calldata nonSignerKeys
    ) internal view {
        uint256 pin;
        {
            (bytes32 aggHash, uint256 nonSigners, uint256 sizeThreshold) = _epochFor(epoch, signers);
            if (signature.length != G1_BYTES) revert BadLength(signature.length, G1_BYTES);
            if (aggregateKey.length != G2_BYTES) revert BadLength(aggregateKey.length, G2_BYTES);
            if (nonSignerKeys.length % G2_BYTES != 0) revert BadLength(nonSignerKeys.length, G2_BYTES);
            pin = _pairingInput(epoch, signature, aggregateKey, aggHash);
            _subtractNonSigners(pin + 512, epoch, nonSignerKeys, nonSigners, sizeThreshold);
        }
        _checkPairing(pin, epoch, hh);
    }

    /// Hashes the attest message into the pairing input and runs the check.
    function _checkPairing(uint256 pin, uint64 epoch, bytes32 hh) internal view {
        bool zeroSig;
        assembly ("memory-safe") {
            zeroSig := iszero(or(or(mload(pin), mload(add(pin, 32))), or(mload(add(pin, 64)), mload(add(pin, 96)))))
        }
        // The point at infinity would verify against an aggregate key at
        // infinity; the pairing precompile checks the rest (curve, subgroup).
        if (zeroSig) revert InvalidSignaturePoint();
        bytes memory h = _hashToG1(abi.encodePacked(attestMessage(epoch, hh)), SIGNATURE_DST);
        bool ok;
        bool valid;
        assembly ("memory-safe") {
            mcopy(add(pin, 384), add(h, 32), 128)
            ok := staticcall(PAIRING_GAS, PAIRING, pin, 768, 0, 32)
            ok := and(ok, eq(returndatasize(), 32))
            valid := eq(mload(0), 1)
        }
        if (!ok) revert InvalidSignaturePoint();
        if (!valid) revert InvalidSignature();
    }

    /// Checks that the epoch exists and is still accepted and that signers
    /// names only its members; returns its aggregate key hash, the bitmap of
    /// its non-signing members and size << 8 | threshold.
    function _epochFor(uint64 epoch, uint256 signers)
        internal
        view
        returns (bytes32 aggHash, uint256 nonSigners, uint256 sizeThreshold)
    {
        EpochInfo storage ep = epochs[epoch];
        aggHash = ep.aggregateKeyHash;
        if (aggHash == bytes32(0)) revert UnknownEpoch(epoch);
        uint256 members = ep.members;
        uint256 end = ep.end;
        if (end != 0 && block.timestamp >= end + rotationWindow) revert EpochExpired(epoch, end + rotationWindow);
        if (signers & ~members != 0) revert BitmapOutOfRange(signers & ~members);
        nonSigners = members & ~signers;
        sizeThreshold = (uint256(ep.size) << 8) | uint256(ep.threshold);
    }

    /// Allocates the pairing input sig || -g2 || (H(m), filled later) ||
    /// aggregate key, checking the aggregate key is the epoch's.
    function _pairingInput(uint64 epoch, bytes calldata signature, bytes calldata aggregateKey, bytes32 aggHash)
        internal
        pure
        returns (uint256 pin)
    {
        bool aggOk;
        assembly ("memory-safe") {
            pin := mload(0x40)
            mstore(0x40, add(pin, 768))
            calldatacopy(pin, signature.offset, 128)
            mstore(add(pin, 128), NG2_0)
            mstore(add(pin, 160), NG2_1)
            mstore(add(pin, 192), NG2_2)
            mstore(add(pin, 224), NG2_3)
            mstore(add(pin, 256), NG2_4)
            mstore(add(pin, 288), NG2_5)
            mstore(add(pin, 320), NG2_6)
            mstore(add(pin, 352), NG2_7)
            let apk := add(pin, 512)
            calldatacopy(apk, aggregateKey.offset, 256)
            aggOk := eq(keccak256(apk, 256), aggHash)
        }
        if (!aggOk) revert AggregateKeyMismatch(epoch);
    }

    /// Checks the non-signer keys against storage (each the key of a distinct
    /// non-signing member of the epoch, together all of them) and subtracts
    /// each from the G2 point at apk (memory; the 256 bytes after it are
    /// scratch).
    function _subtractNonSigners(
        uint256 apk,
        uint64 epoch,
        bytes calldata keys,
        uint256 remaining,
        uint256 sizeThreshold
    ) internal view {
        uint256 k = keys.length / G2_BYTES;
        if (k == 0) {
            if (remaining != 0) revert NonSignersMissing(remaining);
            return;
        }
        {
            // With every non-signer accounted for below, size - k members signed.
            uint256 size = sizeThreshold >> 8;
            uint256 threshold = sizeThreshold & 0xff;
            if (k > size || size - k < threshold) {
                revert InsufficientSigners(k > size ? 0 : size - k, threshold);
            }
        }
        uint256 failedAt = type(uint256).max;
        bool addOk = true;
        assembly ("memory-safe") {
            // apk is followed by 256 bytes of scratch: apk || -key is the
            // G2ADD input, and the sum lands back in apk.
            let key := add(apk, 256)
            for { let i := 0 } lt(i, k) { i := add(i, 1) } {
                calldatacopy(key, add(keys.offset, mul(i, 256)), 256)
                let info := sload(keccak256(key, 256))
                // member from epoch `from` (bits 8..71) until `to` (72..135, 0 = still)
                let from := and(shr(8, info), 0xffffffffffffffff)
                let bad := or(iszero(from), gt(from, epoch))
                let to := and(shr(72, info), 0xffffffffffffffff)
                bad := or(bad, and(iszero(iszero(to)), iszero(lt(epoch, to))))
                // at a slot (bits 0..7) that is among the non-signers still unaccounted
                info := shl(and(info, 0xff), 1)
                bad := or(bad, iszero(and(info, remaining)))
                if bad {
                    failedAt := i
                    break
                }
                remaining := xor(remaining, info)
                // Negate the key: y -> p - y in both Fp coordinates of y. A
                // registered key is in the prime-order subgroup, not the
                // point at infinity; a zero coordinate maps to p, which
                // G2ADD refuses (PrecompileFailed) rather than misadding.
                {
                    let y := add(key, 128)
                    let lo := mload(add(y, 32))
                    mstore(y, sub(sub(P_HI, mload(y)), lt(P_LO, lo)))
                    mstore(add(y, 32), sub(P_LO, lo))
                    y := add(key, 192)
                    lo := mload(add(y, 32))
                    mstore(y, sub(sub(P_HI, mload(y)), lt(P_LO, lo)))
                    mstore(add(y, 32), sub(P_LO, lo))
                }
                addOk := and(addOk, staticcall(gas(), G2ADD, apk, 512, apk, 256))
                addOk := and(addOk, eq(returndatasize(), 256))
            }
        }
        if (failedAt != type(uint256).max) revert NonSignerMismatch(failedAt);
        if (!addOk) revert PrecompileFailed(G2ADD);
        if (remaining != 0) revert NonSignersMissing(remaining);
    }

    // ------------------------------------------------------------------
    // BLS12-381 helpers

    /// RFC 9380 hash_to_curve for G1: expand_message_xmd with SHA-256 to 128
    /// bytes, each 64-byte half reduced mod p with MODEXP, MAP_FP_TO_G1 on
    /// both (the precompile clears the cofactor), G1ADD.
    function _hashToG1(bytes memory message, bytes memory dst) internal view returns (bytes memory point) {
        point = new bytes(128);
        bool ok = true;
        assembly ("memory-safe") {
            let dstLen := mload(dst)
            let msgLen := mload(message)
            let buf := mload(0x40)
            // msg_prime = Z_pad(64) || msg || I2OSP(128, 2) || I2OSP(0, 1) || DST || I2OSP(len(DST), 1)
            mstore(buf, 0)
            mstore(add(buf, 32), 0)
            mcopy(add(buf, 64), add(message, 32), msgLen)
            let q := add(add(buf, 64), msgLen)
            mstore(q, shl(232, 0x008000))
            mcopy(add(q, 3), add(dst, 32), dstLen)
            mstore8(add(add(q, 3), dstLen), dstLen)
            let primeLen := add(add(67, msgLen), add(dstLen, 1))
            let s := add(buf, and(add(primeLen, 31), not(31)))
            ok := and(ok, staticcall(gas(), SHA256, buf, primeLen, s, 32))
            let b0 := mload(s)
            // b_i = H((b0 xor b_{i-1}) || I2OSP(i, 1) || DST_prime), b_1 = H(b0 || 1 || DST_prime)
            let t := add(s, 32)
            mcopy(add(t, 33), add(dst, 32), dstLen)
            mstore8(add(add(t, 33), dstLen), dstLen)
            let tLen := add(34, dstLen)
            let u := add(t, and(add(tLen, 31), not(31)))
            mstore(t, b0)
            mstore8(add(t, 32), 1)
            ok := and(ok, staticcall(gas(), SHA256, t, tLen, u, 32))
            for { let i := 2 } lt(i, 5) { i := add(i, 1) } {
                mstore(t, xor(b0, mload(add(u, mul(sub(i, 2), 32)))))
                mstore8(add(t, 32), i)
                ok := and(ok, staticcall(gas(), SHA256, t, tLen, add(u, mul(sub(i, 1), 32)), 32))
            }
            // MODEXP(base = 64 bytes of uniform, exp = 1, mod = p): lengths, base, exp, mod.
            let m := add(u, 128)
            mstore(m, 64)
            mstore(add(m, 32), 1)
            mstore(add(m, 64), 48)
            mstore(add(m, 96), mload(u))
            mstore(add(m, 128), mload(add(u, 32)))
            mstore8(add(m, 160), 1)
            mstore(add(m, 161), shl(128, P_HI))
            mstore(add(m, 177), P_LO)
            let f := add(m, 224)
            mstore(f, 0)
            ok := and(ok, staticcall(gas(), MODEXP, m, 209, add(f, 16), 48))
            ok := and(ok, eq(returndatasize(), 48))
            mstore(add(m, 96), mload(add(u, 64)))
            mstore(add(m, 128), mload(add(u, 96)))
            mstore(add(f, 64), 0)
            ok := and(ok, staticcall(gas(), MODEXP, m, 209, add(f, 80), 48))
            ok := and(ok, eq(returndatasize(), 48))
            let g := add(f, 128)
            ok := and(ok, staticcall(gas(), MAP_FP_TO_G1, f, 64, g, 128))
            ok := and(ok, eq(returndatasize(), 128))
            ok := and(ok, staticcall(gas(), MAP_FP_TO_G1, add(f, 64), 64, add(g, 128), 128))
            ok := and(ok, eq(returndatasize(), 128))
            ok := and(ok, staticcall(gas(), G1ADD, g, 256, add(point, 32), 128))
            ok := and(ok, eq(returndatasize(), 128))
        }
        if (!ok) revert PrecompileFailed(MAP_FP_TO_G1);
    }

    /// Reports whether e(a, -g2) * e(h, pk) == 1 (valid) and whether the
    /// precompile accepted the points (ok).
    function _pairing2(bytes memory a, bytes memory h, bytes memory pk) internal view returns (bool valid, bool ok) {
        assembly ("memory-safe") {
            let pin := mload(0x40)
            mcopy(pin, add(a, 32), 128)
            mstore(add(pin, 128), NG2_0)
            mstore(add(pin, 160), NG2_1)
            mstore(add(pin, 192), NG2_2)
            mstore(add(pin, 224), NG2_3)
            mstore(add(pin, 256), NG2_4)
            mstore(add(pin, 288), NG2_5)
            mstore(add(pin, 320), NG2_6)
            mstore(add(pin, 352), NG2_7)
            mcopy(add(pin, 384), add(h, 32), 128)
            mcopy(add(pin, 512), add(pk, 32), 256)
            ok := staticcall(PAIRING_GAS, PAIRING, pin, 768, 0, 32)
            ok := and(ok, eq(returndatasize(), 32))
            valid := and(ok, eq(mload(0), 1))
        }
    }

    /// Reports whether p (a G1 or G2 point, by precompile) is well encoded
    /// and on its curve: adding the point at infinity must succeed.
    function _onCurve(uint256 precompile, bytes memory p) internal view returns (bool ok) {
        uint256 n = p.length;
        assembly ("memory-safe") {
            let in_ := mload(0x40)
            mcopy(in_, add(p, 32), n)
            calldatacopy(add(in_, n), calldatasize(), n) // zeros: the point at infinity
            ok := staticcall(ADD_GAS, precompile, in_, mul(n, 2), in_, n)
            ok := and(ok, eq(returndatasize(), n))
        }
    }

    function _isZero(bytes memory b) internal pure returns (bool z) {
        assembly ("memory-safe") {
            let acc := 0
            let n := mload(b)
            for { let i := 0 } lt(i, n) { i := add(i, 32) } { acc := or(acc, mload(add(add(b, 32), i))) }
            z := iszero(acc)
        }
    }

    /// Reports whether the 96-byte compressed key (ZCash serialization: x.c1
    /// then x.c0, flags in the top three bits) encodes the EIP-2537 point pk:
    /// compression flag set, infinity flag clear, the same x, and the sign
    /// flag set exactly when y is the lexicographically larger root.
    function _compressedMatches(bytes calldata c, bytes memory pk) internal pure returns (bool ok) {
        assembly ("memory-safe") {
            let w0 := calldataload(c.offset)
            let w1 := calldataload(add(c.offset, 32))
            let w2 := calldataload(add(c.offset, 64))
            let flags := byte(0, w0)
            let x1hi := and(shr(128, w0), sub(shl(125, 1), 1))
            let x1lo := or(shl(128, w0), shr(128, w1))
            let x0hi := and(w1, sub(shl(128, 1), 1))
            let x0lo := w2
            let p := add(pk, 32)
            ok := and(eq(and(flags, 0xc0), 0x80), 1)
            ok := and(ok, and(eq(x0hi, mload(p)), eq(x0lo, mload(add(p, 32)))))
            ok := and(ok, and(eq(x1hi, mload(add(p, 64))), eq(x1lo, mload(add(p, 96)))))
            // sign of y: y.c1 decides unless it is zero, then y.c0.
            let yhi := mload(add(p, 192))
            let ylo := mload(add(p, 224))
            if iszero(or(yhi, ylo)) {
                yhi := mload(add(p, 128))
                ylo := mload(add(p, 160))
            }
            let larger := or(gt(yhi, HALF_HI), and(eq(yhi, HALF_HI), gt(ylo, HALF_LO)))
            ok := and(ok, eq(larger, and(shr(5, flags), 1)))
        }
    }

    /// Copies op's key into agg[256, 512).
    function _loadKey(Operator storage op, bytes memory agg) internal view {
        bytes32[8] memory k = op.key;
        assembly ("memory-safe") {
            mcopy(add(agg, 288), k, 256)
        }
    }

    /// Negates, in place, the G2 point at byte offset off of b (y -> p - y).
    function _negateG2(bytes memory b, uint256 off) internal pure {
        assembly ("memory-safe") {
            let pt := add(add(b, 32), off)
            for { let o := 128 } lt(o, 256) { o := add(o, 64) } {
                let hi := mload(add(pt, o))
                let lo := mload(add(pt, add(o, 32)))
                if or(hi, lo) {
                    mstore(add(pt, o), sub(sub(P_HI, hi), lt(P_LO, lo)))
                    mstore(add(pt, add(o, 32)), sub(P_LO, lo))
                }
            }
        }
    }

    /// agg[0,256) += agg[256,512).
    function _g2AddInto(bytes memory agg) internal view {
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), G2ADD, add(agg, 32), 512, add(agg, 32), 256)
            ok := and(ok, eq(returndatasize(), 256))
        }
        if (!ok) revert PrecompileFailed(G2ADD);
    }
}
