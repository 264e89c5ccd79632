// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

/// @title PLACEHOLDER for helper txlib's contracts/TxLib.sol (issue 14)
/// @notice Only the interface of game-abi.md, so OneStep compiles on the
/// onestep branch before the real decoder lands. It decodes nothing: every
/// call reverts with TxLibNotLanded, so a one-step proof of a transaction
/// step fails instead of returning a made-up claim. Replaced by the merge
/// of the txlib branch.
library TxLib {
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

    /// The real decoder has not been merged into this branch.
    error TxLibNotLanded();

    function decode(bytes memory, uint64, uint256) internal pure returns (bool, Tx memory) {
        revert TxLibNotLanded();
    }
}
