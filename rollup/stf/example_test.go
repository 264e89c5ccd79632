package stf_test

import (
	"fmt"

	"github.com/holiman/uint256"

	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// A batch with one deposit and one block marker: the deposit lands in the
// block the marker opens.
func ExampleApplyBatch() {
	p := stf.ParamsOf(rollup.DevConfig())
	st := state.New(state.NewMemStore())
	_, head := stf.Genesis(p)

	w := batch.NewWriter(1, p.MaxRecord)
	_ = w.Add(stf.Marker{Time: 1700000000, L1Origin: 42}.Encode())
	b := &stf.Batch{Index: 1, L1Block: 43, L1Time: 1700000001, StepsStart: 0,
		Queue:       []stf.QueueItem{{Index: 0, Kind: stf.QueueDeposit, To: rollup.DevFeeRecipient, Value: uint256.NewInt(5)}},
		RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), 1)}

	res, err := stf.ApplyBatch(p, st, head, b, stf.Options{})
	if err != nil {
		panic(err)
	}
	acc, _ := st.Account(rollup.DevFeeRecipient)
	fmt.Println("blocks:", len(res.Blocks), "number:", res.Blocks[0].Number, "time:", res.Blocks[0].Time)
	fmt.Println("steps:", res.Steps[0].Kind, res.Steps[1].Kind, "balance:", acc.Balance.Dec())
	// Output:
	// blocks: 1 number: 1 time: 1700000000
	// steps: deposit marker balance: 5
}
