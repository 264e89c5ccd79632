package plan_test

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/disperser/plan"
)

// A committee of 4 with threshold 3: one member down, one signature
// forged, and the outcome after each answer.
func ExampleQuorum() {
	var sks []*bls.SecretKey
	var keys []bls.PublicKey
	for range 4 {
		sk, _ := bls.GenerateKey(rand.Reader)
		sks, keys = append(sks, sk), append(keys, sk.PublicKey())
	}
	q, _ := plan.NewQuorum(keys, 3, 1, [20]byte{}, 1, dac.HeaderHash{7})
	msg := q.Message()
	q.Failed(3, errors.New("connection refused"))
	fmt.Println(q.Outcome())
	q.Signed(0, sks[0].Sign(msg[:]))
	q.Signed(1, sks[1].Sign([]byte("something else")))
	fmt.Println(q.Outcome())
	q2, _ := plan.NewQuorum(keys, 3, 1, [20]byte{}, 1, dac.HeaderHash{7})
	for i := range 3 {
		q2.Signed(i, sks[i].Sign(msg[:]))
	}
	cert, _ := q2.Certificate()
	fmt.Println(q2.Outcome(), cert.Signers, cert.Verify(keys, 3, 1, [20]byte{}))
	// Output:
	// pending
	// no quorum
	// certified 3/4[0 1 2] <nil>
}

// Which columns a retrieval asks for when the custodians of every data
// column are down: the next plan falls back to parity columns.
func ExampleRetrieval() {
	c, _ := dac.NewCustody(16, 2)
	a := c.Assign(dac.BlobID{1})
	down := map[int]bool{}
	for col := range dac.RecoveryColumns {
		for _, m := range a.Custodians(col) {
			down[m] = true
		}
	}
	r := plan.NewRetrieval(a)
	rounds := 0
	for !r.Done() {
		fetches, err := r.Next()
		if err != nil {
			fmt.Println(err)
			return
		}
		rounds++
		for _, f := range fetches {
			if down[f.Member] {
				r.Failed(f.Member)
			} else {
				r.Got(f.Member, f.Columns)
			}
		}
	}
	have := r.Have()
	fmt.Println(len(have), "columns from", have[0], "to", have[len(have)-1], "in", rounds, "rounds")
	// Output:
	// 64 columns from 64 to 127 in 2 rounds
}
