// SPDX-License-Identifier: MIT
// A contract other than the committee, for the tests of l1.Contract:
// a constructor argument, a transaction, a view and a custom error.
pragma solidity 0.8.30;

contract Counter {
    error Unauthorized(address caller, uint256 by);

    event Bumped(uint256 count);

    address public owner;
    uint256 public count;

    constructor(uint256 start) {
        owner = msg.sender;
        count = start;
    }

    function bump(uint256 by) external {
        if (msg.sender != owner) revert Unauthorized(msg.sender, by);
        count += by;
        emit Bumped(count);
    }
}
