package l1_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/quire-da/quire/rollup/l1"
)

// The hashes RollupInbox stores, computed off chain: a derivation node or
// prover checks events and builds one-step inputs with them.
func ExampleBatch_Hash() {
	genesis := l1.GenesisBatch(1_700_000_000)
	b := l1.Batch{
		Index: 1, PrevHash: genesis.Hash(), Kind: l1.KindQuire,
		DataRef: common.HexToHash("0x01"), K: 1, RecordCount: 3, QueueStart: 0, QueueEnd: 1,
		StepsStart: 0, StepsEnd: 4, L2BlockStart: 1, L2BlockEnd: 2, L1Timestamp: 1_700_000_012,
	}
	fmt.Println("steps:", b.Steps())
	fmt.Println("genesis:", genesis.Hash())
	fmt.Println("batch 1:", b.Hash())
	dep := l1.QueueItem{Kind: l1.ItemDeposit, To: common.HexToAddress("0x42"), Value: big.NewInt(1e18), L1Block: 5, Timestamp: 1_700_000_001}
	fmt.Println("deposit:", dep.Hash())
	// Output:
	// steps: 4
	// genesis: 0x7b733b0550af8cd746e8b97b33c3f666ac017aa9d86021b709a841c751972634
	// batch 1: 0x1ab24136ee8bd1fb5c2c7203726c0ec0f4c703bb507f3b763946a3162331d7bd
	// deposit: 0xb292aeefbc23e15f6ff1b5d6bb34ae88338ffb5ce3dba3f62355110671cbd8b4
}
