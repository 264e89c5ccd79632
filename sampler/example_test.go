package sampler_test

import (
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
)

// A client's positions for a blob are fixed by its secret and the blob ID.
func ExamplePositions() {
	var secret sampler.Secret // in production: sampler.NewSecret(crand.Reader), kept on disk
	id, _ := dac.ParseBlobID("0x0101010101010101010101010101010101010101010101010101010101010101")
	ps, _ := sampler.Positions(secret, id, 4, sampler.DefaultSamples)
	again, _ := sampler.Positions(secret, id, 4, sampler.DefaultSamples)
	fmt.Println(len(ps), fmt.Sprint(ps) == fmt.Sprint(again))
	// Output: 30 true
}

func ExampleConfidence() {
	fmt.Printf("s=30: %.4f%%\n", 100*sampler.Confidence(30))
	fmt.Printf("exact for k=16: %.6f%%\n", 100*sampler.ConfidenceBound(16, 30))
	fmt.Printf("smallest unrecoverable withholding at k=16: %d of %d cells\n", sampler.MinWithheld(16), 2*16*128)
	// Output:
	// s=30: 99.9821%
	// exact for k=16: 99.992299%
	// smallest unrecoverable withholding at k=16: 1105 of 4096 cells
}

// Progress plans whom to ask: each request goes to one custodian of every
// column it names.
func ExampleProgress_Plan() {
	var secret sampler.Secret
	var id dac.BlobID
	positions, _ := sampler.Positions(secret, id, 1, 6)
	custody, _ := dac.NewCustody(4, 2)
	p, _ := sampler.NewProgress(positions, nil)
	cells := 0
	for _, req := range p.Plan(custody.Assign(id), nil) {
		cells += len(req.Cells)
	}
	fmt.Println(cells, p.Decide(false), p.Decide(true))
	// Output: 6 pending unavailable
}
