// Package contracts holds the Solidity sources of quire's L1 contracts, their
// compiled artifacts and Go bindings.
package contracts
