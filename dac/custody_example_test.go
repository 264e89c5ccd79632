package dac_test

import (
	"fmt"

	"github.com/quire-da/quire/dac"
)

func ExampleCustody() {
	// A committee of 16 members, each column held by 2 of them, threshold 11.
	if err := dac.CheckCustody(16, 11, 2); err != nil {
		fmt.Println(err)
		return
	}
	c, _ := dac.NewCustody(16, 2)
	fmt.Println("any 11 signers hold at least", c.MinCoverage(11), "columns")

	a := c.Assign(dac.BlobID{0x01})
	fmt.Println("member 3 holds", len(a.Columns(3)), "columns")
	fmt.Println("column 0 is held by", len(a.Custodians(0)), "members")
	// Output:
	// any 11 signers hold at least 96 columns
	// member 3 holds 16 columns
	// column 0 is held by 2 members
}
