package node_test

import "github.com/ethereum/go-ethereum/trie"

func trieHasher() *trie.StackTrie { return trie.NewStackTrie(nil) }
