package dac_test

import (
	"fmt"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/kzg"
)

func ExampleHeader() {
	now := time.Unix(1_800_000_000, 0)
	// A one-row blob: k = 1, two row commitments (data and parity).
	commitments := make([]kzg.Commitment, 2)
	h := &dac.Header{
		Core: dac.HeaderCore{
			Version:         dac.FormatVersion,
			ChainID:         1,
			Size:            1000,
			K:               1,
			CommitmentsRoot: dac.CommitmentsRoot(commitments),
			Expiry:          uint64(now.Add(14 * 24 * time.Hour).Unix()),
			Epoch:           3,
		},
		Commitments: commitments,
	}
	enc, _ := h.MarshalBinary()
	fmt.Println(len(enc), "bytes")

	var back dac.Header
	if err := back.UnmarshalBinary(enc); err != nil {
		fmt.Println(err)
		return
	}
	policy := dac.HeaderPolicy{ChainID: 1, Epoch: 3, MaxRows: 256, Now: now,
		MinRetention: time.Hour, MaxRetention: 30 * 24 * time.Hour}
	fmt.Println(back.Validate(policy))
	policy.Epoch = 4
	fmt.Println(back.Validate(policy))
	// Output:
	// 201 bytes
	// <nil>
	// dac: header for another epoch: epoch 3, current 4
}
