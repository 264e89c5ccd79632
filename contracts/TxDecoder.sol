// SPDX-License-Identifier: UNLICENSED
pragma solidity 0.8.30;

import {TxLib} from "./TxLib.sol";

/// @title TxLib's external entry
/// @notice decode() as an external call, for the Go cross-check and gas
/// measurements; the one-step verifier uses the library internally.
contract TxDecoder {
    function decode(bytes calldata raw, uint64 chainId, uint256 baseFee) external view returns (bool ok, TxLib.Tx memory t) {
        return TxLib.decode(raw, chainId, baseFee);
    }
}
