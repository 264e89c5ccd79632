package l1_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
)

// A committee of four on the in-process simulated L1: deploy, register
// with proofs of possession, open epoch 1, and check certificates on chain.
func Example() {
	ctx := context.Background()
	adminKey, _ := crypto.GenerateKey()
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(adminKey.PublicKey): {Balance: big.NewInt(1e18)}}
	txKeys := map[common.Address]*ecdsa.PrivateKey{}
	blsKeys := map[common.Address]*bls.SecretKey{}
	var ops []common.Address
	for range 4 {
		k, _ := crypto.GenerateKey()
		a := crypto.PubkeyToAddress(k.PublicKey)
		alloc[a] = types.Account{Balance: big.NewInt(1e18)}
		txKeys[a] = k
		blsKeys[a], _ = bls.GenerateKey(rand.Reader)
		ops = append(ops, a)
	}
	sim, _ := l1.NewSimulated(alloc, l1.Prague)
	defer sim.Close()
	mine := l1.WithMiner(func() { sim.Commit() })
	adminTx := l1.NewTransactor(adminKey, 1337)

	c, err := l1.Deploy(ctx, sim.Client(), adminTx, l1.DeployParams{RotationWindow: time.Hour}, mine)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := c.ApproveOperators(ctx, adminTx, true, ops...); err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range ops {
		sk := blsKeys[a]
		reg := l1.Registration{PublicKey: sk.PublicKey(), ProofOfPossession: sk.ProvePossession()}
		if _, err := c.Register(ctx, l1.NewTransactor(txKeys[a], 1337), reg); err != nil {
			fmt.Println(err)
			return
		}
	}
	q, _ := c.QueueChange(ctx, adminTx, l1.Change{Add: ops, Threshold: 2, Replication: 2})
	epoch, _ := c.ExecuteChange(ctx, adminTx, q.ID) // no delay configured
	ec, _ := c.Committee(ctx, epoch)
	fmt.Printf("epoch %d: %d members, threshold %d\n", ec.Epoch, len(ec.Members), ec.Threshold)

	sign := func(members ...int) *dac.Certificate {
		hh := dac.HeaderHash{1, 2, 3}
		msg := dac.AttestMessage(c.ChainID(), c.Address(), epoch, hh)
		signers, _ := dac.NewBitmap(len(ec.Members))
		var sigs []bls.Signature
		for _, i := range members {
			signers.Set(i)
			sigs = append(sigs, blsKeys[ec.Members[i].Address].Sign(msg[:]))
		}
		return &dac.Certificate{HeaderHash: hh, Epoch: epoch, Signers: signers, Signature: bls.Aggregate(sigs...)}
	}
	fmt.Println("2 of 4:", c.VerifyCertificate(ctx, sign(0, 2), ec))
	fmt.Println("1 of 4:", l1.RevertName(c.VerifyCertificate(ctx, sign(1), ec)))
	// Output:
	// epoch 1: 4 members, threshold 2
	// 2 of 4: <nil>
	// 1 of 4: InsufficientSigners
}
