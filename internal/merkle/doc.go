// Package merkle is the binary keccak256 Merkle tree that binds a blob's row
// commitments into its commitmentsRoot, in a form an L1 contract checks with
// a few lines of Solidity.
//
// The tree, exactly:
//
//   - leaf i      = keccak256(data_i)           (the raw leaf bytes, e.g. a
//     48-byte compressed KZG commitment)
//   - padding     : the leaf count is raised to the next power of two with
//     zero leaves, bytes32(0) (the leaf hash itself is zero, not keccak256
//     of anything); a tree of one leaf has that leaf's hash as root, and a
//     tree of no leaves has root bytes32(0)
//   - node        = keccak256(left || right)   (64 bytes, abi.encodePacked)
//   - proof for i : the sibling hashes from the leaf level up, depth =
//     log2(padded leaf count) entries
//
// Verification walks up from the leaf hash: at level j, if bit j of the index
// is 0 the running hash is the left child (h = keccak256(h || proof[j])),
// otherwise the right (h = keccak256(proof[j] || h)); the result must equal
// the root and the index must have no bits beyond the proof's depth. In
// Solidity:
//
//	function verify(bytes32 root, bytes32 leafHash, uint256 index, uint256 depth, bytes32[] calldata proof)
//	    internal pure returns (bool)
//	{
//	    if (proof.length != depth) return false;
//	    bytes32 h = leafHash;
//	    for (uint256 j = 0; j < proof.length; j++) {
//	        h = index & 1 == 0 ? keccak256(abi.encodePacked(h, proof[j]))
//	                           : keccak256(abi.encodePacked(proof[j], h));
//	        index >>= 1;
//	    }
//	    return index == 0 && h == root;
//	}
//
// Every verifier takes the depth explicitly (for commitments it is
// log2(2k), from the blob header's k; for archive shards log2 of n rounded
// up to a power of two) and rejects proofs of any other length. The fixed
// depth is the tree's only leaf/node domain separation: leaves and nodes
// hash alike, so without it an internal node (the 64-byte preimage of its
// children) could be presented as a leaf of a shallower tree. The hash
// itself is not changed to add a prefix, because blob IDs and archive roots
// of existing data depend on it (docs/decisions.md).
package merkle
