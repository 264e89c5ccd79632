package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	gethnode "github.com/ethereum/go-ethereum/node"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/internal/txseq"
	"github.com/quire-da/quire/sampler/light"
)

// chain is the L1 a devnet runs on: the embedded simulated backend served
// over HTTP, or an external node.
type chain struct {
	backend light.Backend
	url     string
	chainID uint64

	sim    *simulated.Backend // nil on an external L1
	mineMu sync.Mutex         // the simulated beacon's Commit is not safe for concurrent use
	client *ethclient.Client  // external L1 only
}

// fundAmount is what each devnet account receives on an external L1.
var fundAmount = new(big.Int).Mul(big.NewInt(10), big.NewInt(1e18))

// freePort reserves nothing: it checks that host:port can be bound now (or
// asks the kernel for a free port when port is 0) and returns the port.
// Another process may take it before it is bound again; services that can
// bind their own listener do so instead.
func freePort(host string, port int) (int, error) {
	ln, err := net.Listen("tcp", net.JoinHostPort(host, fmt.Sprint(port)))
	if err != nil {
		return 0, err
	}
	p := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return p, nil
}

// startSimulated starts the embedded L1 (l1.Prague rules, chain 1337)
// with alloc funded, serving eth, net and web3 over JSON-RPC on
// host:port (0 picks a free port).
func startSimulated(host string, port int, alloc types.GenesisAlloc) (_ *chain, err error) {
	cfg, err := l1.SimulatedChainConfig(l1.Prague)
	if err != nil {
		return nil, err
	}
	if port, err = freePort(host, port); err != nil {
		return nil, fmt.Errorf("devnet: L1 JSON-RPC port: %w", err)
	}
	// NewBackend panics when the node cannot start (the port was taken in
	// the meantime, say); report that as an error.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devnet: starting the embedded L1 on %s:%d: %v", host, port, r)
		}
	}()
	sim := simulated.NewBackend(alloc, func(nc *gethnode.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg
		// The first 0x0a call (BlobReader) builds go-ethereum's KZG
		// context, seconds of CPU; the default 5 s would abort it.
		ec.RPCEVMTimeout = time.Minute
		nc.HTTPHost, nc.HTTPPort = host, port
		// The same first call can outlast the HTTP server's default 30 s
		// write timeout on a loaded machine ("request timed out").
		nc.HTTPTimeouts = gethrpc.DefaultHTTPTimeouts
		nc.HTTPTimeouts.WriteTimeout = 2 * time.Minute
		nc.HTTPModules = []string{"eth", "net", "web3"}
		nc.HTTPVirtualHosts = []string{"localhost", host}
	})
	c := &chain{backend: sim.Client(), url: "http://" + net.JoinHostPort(host, fmt.Sprint(port)), sim: sim}
	id, err := sim.Client().ChainID(context.Background())
	if err != nil {
		sim.Close()
		return nil, fmt.Errorf("devnet: embedded L1: %w", err)
	}
	c.chainID = id.Uint64()
	return c, nil
}

// dialL1 connects to an external L1.
func dialL1(ctx context.Context, url string) (*chain, error) {
	client, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("devnet: L1 %s: %w", url, err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("devnet: L1 %s: chain id: %w", url, err)
	}
	if !id.IsUint64() {
		client.Close()
		return nil, fmt.Errorf("devnet: L1 %s: chain id %s does not fit 64 bits", url, id)
	}
	return &chain{backend: client, url: url, chainID: id.Uint64(), client: client}, nil
}

// mine seals a block on the embedded L1; a no-op on an external one.
func (c *chain) mine() {
	if c.sim == nil {
		return
	}
	c.mineMu.Lock()
	defer c.mineMu.Unlock()
	c.sim.Commit()
}

// options are the dac/l1 options for this chain: transactions sealed at
// once and receipts polled quickly on the embedded L1.
func (c *chain) options() []l1.Option {
	if c.sim != nil {
		return []l1.Option{l1.WithMiner(c.mine), l1.WithPollInterval(10 * time.Millisecond), l1.WithTimeout(time.Minute)}
	}
	return []l1.Option{l1.WithPollInterval(250 * time.Millisecond), l1.WithTimeout(2 * time.Minute)}
}

// run seals a block every period until ctx ends (embedded L1 only), so
// that transactions from outside the devnet are mined too.
func (c *chain) run(ctx context.Context, period time.Duration) {
	if c.sim == nil {
		return
	}
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.mine()
		}
	}
}

func (c *chain) close() error {
	if c.sim != nil {
		return c.sim.Close()
	}
	c.client.Close()
	return nil
}

// fund sends amount to every address in to, from payer (a hex key) or,
// when payer is empty, from the node's first unlocked account, and waits
// until every transfer is mined.
func (c *chain) fund(ctx context.Context, payer string, to []common.Address, amount *big.Int) error {
	var (
		from common.Address
		send func(a common.Address, nonce uint64) (common.Hash, error)
	)
	if payer == "" {
		var accounts []common.Address
		if err := c.client.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil {
			return fmt.Errorf("devnet: eth_accounts: %w", err)
		}
		if len(accounts) == 0 {
			return errors.New("devnet: the L1 node has no unlocked account to fund the devnet from; pass a funded key (--l1-key)")
		}
		from = accounts[0]
		send = func(a common.Address, nonce uint64) (common.Hash, error) {
			var h common.Hash
			tx := map[string]any{"from": from, "to": a, "value": (*hexutil.Big)(amount), "nonce": hexutil.Uint64(nonce)}
			err := c.client.Client().CallContext(ctx, &h, "eth_sendTransaction", tx)
			return h, err
		}
	} else {
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(payer), "0x"))
		if err != nil {
			return fmt.Errorf("devnet: l1 key: %w", err)
		}
		from = crypto.PubkeyToAddress(key.PublicKey)
		if send, err = c.signer(ctx, key, amount); err != nil {
			return err
		}
	}
	hashes, err := txseq.Send(ctx, c.backend, from, len(to), func(i int, nonce uint64) (common.Hash, error) {
		h, err := send(to[i], nonce)
		if err != nil {
			return h, fmt.Errorf("funding %s: %w", to[i], err)
		}
		return h, nil
	})
	if err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	for _, h := range hashes {
		if _, err := l1.WaitForReceipt(ctx, c.backend, h, 250*time.Millisecond); err != nil {
			return fmt.Errorf("devnet: funding: %w", err)
		}
	}
	return nil
}

// signer returns a send function that signs a dynamic-fee transfer of
// amount with key.
func (c *chain) signer(ctx context.Context, key *ecdsa.PrivateKey, amount *big.Int) (func(common.Address, uint64) (common.Hash, error), error) {
	tip, err := c.backend.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("devnet: gas tip: %w", err)
	}
	head, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("devnet: head: %w", err)
	}
	base := head.BaseFee
	if base == nil {
		base = new(big.Int)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2)))
	chainID := new(big.Int).SetUint64(c.chainID)
	signer := types.LatestSignerForChainID(chainID)
	return func(a common.Address, nonce uint64) (common.Hash, error) {
		tx, err := types.SignNewTx(key, signer, &types.DynamicFeeTx{
			ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
			Gas: 21000, To: &a, Value: amount,
		})
		if err != nil {
			return common.Hash{}, err
		}
		return tx.Hash(), c.backend.SendTransaction(ctx, tx)
	}, nil
}
