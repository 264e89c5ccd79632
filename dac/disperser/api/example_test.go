package api_test

import (
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
)

func ExampleNewCommitment() {
	id := dac.BlobID{0xaa, 0xbb}
	c := api.NewCommitment(id)
	fmt.Printf("%x\n", c.Bytes()[:4])
	back, err := api.ParseCommitmentHex(c.String())
	fmt.Println(back.Blob == id, err)
	_, err = api.ParseCommitmentHex("0x00" + c.String()[6:]) // a keccak commitment
	fmt.Println(err != nil)
	// Output:
	// 0171aabb
	// true <nil>
	// true
}

func ExampleCode_Status() {
	for _, c := range []api.Code{api.CodeTooLarge, api.CodeQueueFull, api.CodeNoQuorum, api.CodeTimeout} {
		fmt.Println(c, c.Status(), c.Retryable())
	}
	// Output:
	// too_large 413 false
	// queue_full 429 true
	// no_quorum 503 true
	// timeout 504 true
}
