// Package rpc serves an L2 chain over Ethereum JSON-RPC with
// go-ethereum's rpc package, so ethclient, cast and wallets work against
// it: blocks hash to the header hash ethclient computes, transactions and
// receipts have go-ethereum's JSON, errors go-ethereum's strings.
// eth_sendRawTransaction goes to a Sender (the sequencer, or a node
// forwarding to it).
package rpc
