// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @title Test-only one-step verifier for RollupGame's unit tests
/// @notice NOT the rollup's transition: a toy trace whose step g maps
/// (stateRoot, withdrawalsRoot, cursor) to (keccak256(stateRoot || uint64 g),
/// withdrawalsRoot, cursor). The proof must be exactly the 8 bytes of g
/// (big-endian), else it reverts BadProof, so the game's tests can check
/// that a wrong proof reverts. Compiled by gen.sh here; never deployed
/// outside tests.
contract ToyOneStep {
    error BadProof();

    function run(bytes32 stateRoot, bytes32 withdrawalsRoot, uint64 cursor, uint64 step, bytes calldata proof)
        external
        pure
        returns (bytes32)
    {
        if (keccak256(proof) != keccak256(abi.encodePacked(step))) revert BadProof();
        bytes32 s = keccak256(abi.encodePacked(stateRoot, step));
        return keccak256(abi.encodePacked(s, withdrawalsRoot, cursor));
    }
}
