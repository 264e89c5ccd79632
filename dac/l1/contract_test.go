package l1

import (
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
)

// counterMeta is testdata/counter/Counter.sol as solc 0.8.30 built it (the
// build command is in TestContract's doc).
func counterMeta(t *testing.T) *bind.MetaData {
	t.Helper()
	abiJSON, err := os.ReadFile("testdata/counter/Counter.abi")
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile("testdata/counter/Counter.bin")
	if err != nil {
		t.Fatal(err)
	}
	return &bind.MetaData{ABI: string(abiJSON), Bin: "0x" + strings.TrimSpace(string(bin))}
}

// TestContract drives a contract that is not the committee through
// Contract: deploy with a constructor argument, a transaction, a view, and
// a custom-error revert decoded by the contract's own ABI (the committee's
// does not know it). Counter.abi and Counter.bin were built from
// Counter.sol with the solc of contracts/node_modules (0.8.30, evm prague,
// optimizer 200 runs).
func TestContract(t *testing.T) {
	e := newEnv(t, 1)
	meta := counterMeta(t)
	parsed, err := meta.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	input, err := parsed.Pack("", big.NewInt(5))
	if err != nil {
		t.Fatal(err)
	}
	opts := []Option{WithMiner(func() { e.sim.Commit() }), WithPollInterval(time.Millisecond)}
	c, receipt, err := DeployContract(e.ctx, e.sim.Client(), e.admin.tx, meta, input, opts...)
	if err != nil {
		t.Fatal(err)
	}
	if receipt.ContractAddress != c.Address() || c.ChainID() != 1337 {
		t.Fatalf("deployed at %s, receipt says %s; chain %d", c.Address(), receipt.ContractAddress, c.ChainID())
	}
	again, err := BindContract(e.ctx, e.sim.Client(), meta, c.Address(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := BindContract(e.ctx, e.sim.Client(), meta, common.Address{1}, opts...); err == nil {
		t.Fatal("bound an address without code")
	}
	count := func() uint64 {
		t.Helper()
		v, err := Call(e.ctx, again, must(parsed.Pack("count")), func(b []byte) (*big.Int, error) {
			out, err := parsed.Unpack("count", b)
			if err != nil {
				return nil, err
			}
			return out[0].(*big.Int), nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return v.Uint64()
	}
	if got := count(); got != 5 {
		t.Fatalf("count %d after deploy, want 5", got)
	}
	r, err := c.Transact(e.ctx, e.admin.tx, "bump", must(parsed.Pack("bump", big.NewInt(2))))
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Logs) != 1 || r.Logs[0].Topics[0] != parsed.Events["Bumped"].ID {
		t.Fatalf("receipt logs %+v", r.Logs)
	}
	if got := count(); got != 7 {
		t.Fatalf("count %d after bump, want 7", got)
	}

	stranger := e.members[0]
	_, err = c.Transact(e.ctx, stranger.tx, "bump", must(parsed.Pack("bump", big.NewInt(9))))
	if RevertName(err) != "Unauthorized" {
		t.Fatalf("stranger's bump: %v, want Unauthorized", err)
	}
	id := parsed.Errors["Unauthorized"].ID
	data := append(append([]byte(nil), id[:4]...), must(parsed.Errors["Unauthorized"].Inputs.Pack(stranger.addr, big.NewInt(9)))...)
	got := c.DecodeRevert(data)
	if got.Name != "Unauthorized" || len(got.Args) != 2 || got.Args[0] != stranger.addr || got.Args[1].(*big.Int).Int64() != 9 {
		t.Fatalf("decoded %+v", got)
	}
	if DecodeRevert(data).Name != "" {
		t.Fatal("the committee's ABI decoded another contract's error")
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
