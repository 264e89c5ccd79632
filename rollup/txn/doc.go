// Package txn is the consensus decoder of the rollup's transactions:
// signed EIP-1559 (type 2) and EIP-155 legacy value transfers with the L2
// chain ID, exactly as docs/rollup.md ("Transactions") specifies and the
// Solidity one-step verifier implements. go-ethereum's decoder is not used
// for consensus (it accepts data, access lists, values above 2^256 and
// unprotected legacy signatures); tests cross-check this decoder against it
// on random valid and mutated transactions.
//
// Decode checks the stateless rules and recovers the sender; the stateful
// ones (nonce, balance) belong to rollup/stf. A violation is a Reason
// (ErrEncoding, ErrHighS, ...): the step that carried the bytes is then a
// no-op. The RPC layer uses DecodeRPC and CheckState, which return
// go-ethereum's error strings for the same faults:
//
//	tx, err := txn.DecodeRPC(raw, txn.Params{ChainID: cfg.ChainID, BaseFee: cfg.BaseFee}, int(cfg.MaxRecord))
//	if err == nil {
//		err = txn.CheckState(tx, cfg.BaseFee, pool.PendingNonce(tx.From), pool.Spendable(tx.From))
//	}
package txn
