package l1

import (
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Fork names the rules a simulated chain runs from genesis.
type Fork string

// The forks a simulated L1 can run. Prague is the first with the EIP-2537
// BLS12-381 precompiles; Osaka reprices MODEXP (EIP-7883) and caps a
// transaction's gas at 2^24 (EIP-7825).
const (
	Prague Fork = "prague"
	Osaka  Fork = "osaka"
)

// SimulatedChainConfig returns the chain config of a simulated L1 (chain ID
// 1337) on which every fork up to and including f is active from genesis
// and no later one is. go-ethereum's own default for the simulated backend
// also switches on unreleased forks whose gas rules differ from mainnet's;
// this pins the rules the gas figures are measured under.
func SimulatedChainConfig(f Fork) (*params.ChainConfig, error) {
	cfg := *params.AllDevChainProtocolChanges
	zero := uint64(0)
	if cfg.PragueTime == nil {
		cfg.PragueTime = &zero
	}
	cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	switch f {
	case Prague:
		cfg.OsakaTime = nil
	case Osaka:
		cfg.OsakaTime = &zero
	default:
		return nil, fmt.Errorf("l1: unknown fork %q (want %q or %q)", f, Prague, Osaka)
	}
	return &cfg, nil
}

// NewSimulated starts an in-process simulated L1 running fork f with alloc
// funded at genesis. Blocks are mined only by Commit (pass
// WithMiner(b.Commit) to this package's calls). Close it when done.
func NewSimulated(alloc types.GenesisAlloc, f Fork) (*simulated.Backend, error) {
	cfg, err := SimulatedChainConfig(f)
	if err != nil {
		return nil, err
	}
	b := simulated.NewBackend(alloc, func(_ *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg
	})
	return b, nil
}
