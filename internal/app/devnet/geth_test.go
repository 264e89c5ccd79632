package devnet

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/internal/gethtest"
)

// TestGethDev runs a devnet on geth --dev: the devnet's accounts are
// funded from geth's unlocked developer account, the contract deployed and
// the committee registered there, and a blob put through the disperser is
// certified on that chain and sampled by the light client.
func TestGethDev(t *testing.T) {
	url := gethtest.StartDev(t, gethtest.Find(t), 1)

	t.Run("fund", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		c, err := dialL1(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer c.close()
		payer, err := newAccount()
		if err != nil {
			t.Fatal(err)
		}
		// From geth's unlocked developer account, then from a key.
		if err := c.fund(ctx, "", []common.Address{payer.addr}, fundAmount); err != nil {
			t.Fatal(err)
		}
		a, _ := newAccount()
		b, _ := newAccount()
		hexKey := common.Bytes2Hex(crypto.FromECDSA(payer.key))
		amount := big.NewInt(1e18)
		if err := c.fund(ctx, hexKey, []common.Address{a.addr, b.addr}, amount); err != nil {
			t.Fatal(err)
		}
		for _, acct := range []*account{a, b} {
			bal, err := c.client.BalanceAt(ctx, acct.addr, nil)
			if err != nil || bal.Cmp(amount) != 0 {
				t.Fatalf("balance of %s: %v, %v; want %v", acct.addr, bal, err, amount)
			}
		}
	})

	cfg := testConfig(t)
	cfg.L1RPC = url
	d := startTest(t, cfg)
	ep := d.Endpoints()
	if ep.L1RPC != url {
		t.Fatalf("endpoints name L1 %s, want %s", ep.L1RPC, url)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cl, err := client.New(ep.Disperser)
	if err != nil {
		t.Fatal(err)
	}
	res, err := cl.Put(ctx, []byte("a blob certified on geth --dev"), client.WithL1(api.L1Wait))
	if err != nil {
		t.Fatal(err)
	}
	if res.L1 == nil || res.L1.State != api.L1Confirmed || res.L1.Gas == 0 {
		t.Fatalf("certify on geth: %+v", res.L1)
	}
	rec, ok, err := d.contract.Certification(ctx, res.BlobID)
	if err != nil || !ok || rec.HeaderHash != res.HeaderHash {
		t.Fatalf("contract record: %+v, %v, %v", rec, ok, err)
	}
	st, err := waitFor(ctx, 2*time.Minute, func() (string, bool, error) {
		ls, ok := d.light.Status(res.BlobID)
		return ls.Status.String(), ok && ls.Status.Final(), nil
	})
	if err != nil || st != "available" {
		t.Fatalf("light client: %s, %v", st, err)
	}
}
