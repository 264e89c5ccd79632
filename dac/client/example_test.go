package client_test

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
)

// Post a batch, fall back when the committee cannot certify it, and read
// it back.
func ExampleClient_Put() {
	c, err := client.New("http://127.0.0.1:3100", client.WithAttempts(3))
	if err != nil {
		panic(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := c.Put(ctx, []byte("a rollup batch"))
	var ae *api.Error
	switch {
	case errors.As(err, &ae) && ae.Code == api.CodeNoQuorum:
		fmt.Println("no quorum: post the batch to L1 instead;", len(ae.Members), "members failed")
		return
	case err != nil:
		fmt.Println(err)
		return
	}
	fmt.Println("blob", res.BlobID, "certificate", res.Certificate)
	back, err := c.Get(ctx, res.BlobID)
	fmt.Println(len(back), err)
}
