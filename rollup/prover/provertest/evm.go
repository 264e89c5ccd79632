package provertest

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/vm/runtime"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
)

// Gas parts of a run, keys of EVMStep.Parts.
const (
	// PartInbox is the gas of the calls into RollupInbox (batchHash,
	// queueHash, l2ChainId, MAX_RECORD): the row's and item's binding.
	PartInbox = "inbox"
	// PartOpenings is the gas of the 0x0a point evaluations and 0x02
	// SHA-256 calls (versioned hashes of the commitments).
	PartOpenings = "openings"
	// PartEcrecover is the gas of the 0x01 calls.
	PartEcrecover = "ecrecover"
)

// EVMStep is the real RollupInbox and OneStep in go-ethereum's
// core/vm/runtime with every fork through Osaka active (so 0x0a, 0x01 and
// 0x02 are the real precompiles). The inbox's batch and queue hashes are
// written into its storage slots (NewEVMStep checks the slot layout
// against the genesis batch the constructor stored), standing in for the
// appends and queueing of an L1.
type EVMStep struct {
	t      testing.TB
	cfg    *runtime.Config
	inbox  common.Address
	addr   common.Address
	os     *contracts.OneStep
	errs   *abi.ABI
	queued uint64
	// Parts sums the gas of the last Run's calls by callee (a tracer's
	// call frames; the Part constants name the keys).
	Parts map[string]uint64
	stack []common.Address
}

var (
	precompilePoint     = common.BytesToAddress([]byte{0x0a})
	precompileSHA256    = common.BytesToAddress([]byte{0x02})
	precompileEcrecover = common.BytesToAddress([]byte{0x01})
)

func (e *EVMStep) onEnter(depth int, typ byte, from, to common.Address, input []byte, gas uint64, value *big.Int) {
	e.stack = append(e.stack, to)
}

func (e *EVMStep) onExit(depth int, output []byte, gasUsed uint64, err error, reverted bool) {
	to := e.stack[len(e.stack)-1]
	e.stack = e.stack[:len(e.stack)-1]
	switch to {
	case precompilePoint, precompileSHA256:
		e.Parts[PartOpenings] += gasUsed
	case precompileEcrecover:
		e.Parts[PartEcrecover] += gasUsed
	case e.inbox:
		e.Parts[PartInbox] += gasUsed
	}
}

// NewEVMStep deploys RollupInbox and OneStep for p (chain ID, base fee,
// fee recipient).
func NewEVMStep(t testing.TB, p stf.Params) *EVMStep {
	t.Helper()
	cc := *params.MergedTestChainConfig
	cfg := &runtime.Config{ChainConfig: &cc, GasLimit: 30_000_000}
	ib := contracts.NewRollupInbox()
	code := append(common.FromHex(contracts.RollupInboxMetaData.Bin), ib.PackConstructor(contracts.RollupInboxParams{
		Committee: common.Address{1}, Sequencer: common.Address{2}, FeeRecipient: p.FeeRecipient,
		L2ChainId: p.ChainID, ForceDelay: 3600, MinRetention: 0, ForceTxFee: new(big.Int), Game: common.Address{3},
	})...)
	_, inbox, _, err := runtime.Create(code, cfg)
	if err != nil {
		t.Fatalf("deploy RollupInbox: %v", err)
	}
	ret, _, err := runtime.Call(inbox, ib.PackBatchHash(0), cfg)
	if err != nil {
		t.Fatalf("batchHash(0): %v", err)
	}
	genesis, _ := ib.UnpackBatchHash(ret)
	if got := cfg.State.GetState(inbox, mapSlot(0, 1)); got != genesis || genesis == (common.Hash{}) {
		t.Fatalf("RollupInbox storage layout: slot of _batchHashes[0] holds %x, batchHash(0) = %x", got, genesis)
	}
	os := contracts.NewOneStep()
	code = append(common.FromHex(contracts.OneStepMetaData.Bin),
		os.PackConstructor(inbox, new(big.Int).SetUint64(p.BaseFee), p.FeeRecipient)...)
	_, addr, _, err := runtime.Create(code, cfg)
	if err != nil {
		t.Fatalf("deploy OneStep: %v", err)
	}
	errs, err := contracts.OneStepMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	e := &EVMStep{t: t, cfg: cfg, inbox: inbox, addr: addr, os: os, errs: errs, Parts: map[string]uint64{}}
	cfg.EVMConfig.Tracer = &tracing.Hooks{OnEnter: e.onEnter, OnExit: e.onExit}
	return e
}

func mapSlot(key uint64, slot uint64) common.Hash {
	var b [64]byte
	binary.BigEndian.PutUint64(b[24:32], key)
	binary.BigEndian.PutUint64(b[56:64], slot)
	return crypto.Keccak256Hash(b[:])
}

// StoreBatch writes batchHash(b.Index) = b.Hash().
func (e *EVMStep) StoreBatch(b *l1.Batch) {
	e.cfg.State.SetState(e.inbox, mapSlot(b.Index, 1), b.Hash())
}

// StoreQueue appends queue items (their indexes must follow the last
// stored): _queueHashes is slot 2.
func (e *EVMStep) StoreQueue(items []l1.QueueItem) {
	var slot [32]byte
	slot[31] = 2
	base := new(big.Int).SetBytes(crypto.Keccak256(slot[:]))
	for _, it := range items {
		if it.Index != e.queued {
			e.t.Fatalf("queue item %d stored at %d", it.Index, e.queued)
		}
		at := new(big.Int).Add(base, new(big.Int).SetUint64(it.Index))
		e.cfg.State.SetState(e.inbox, common.BigToHash(at), it.Hash())
		e.queued++
	}
	e.cfg.State.SetState(e.inbox, common.Hash(slot), common.BigToHash(new(big.Int).SetUint64(e.queued)))
}

// RunInput is OneStep.run's calldata for the step.
func (e *EVMStep) RunInput(pre state.Roots, cursor, step uint64, proof []byte) []byte {
	return e.os.PackRun(pre.State, pre.Withdrawals, cursor, step, proof)
}

// Run calls OneStep.run; gas is the call's execution gas (no intrinsic
// or calldata cost: see TxGas); err names the revert.
func (e *EVMStep) Run(pre state.Roots, cursor, step uint64, proof []byte) (common.Hash, uint64, error) {
	clear(e.Parts)
	e.stack = e.stack[:0]
	ret, left, err := runtime.Call(e.addr, e.RunInput(pre, cursor, step, proof), e.cfg)
	gas := e.cfg.GasLimit - left
	if err != nil {
		if len(ret) >= 4 {
			if ae, err2 := e.errs.ErrorByID([4]byte(ret[:4])); err2 == nil {
				return common.Hash{}, gas, fmt.Errorf("revert %s", ae.Name)
			}
		}
		return common.Hash{}, gas, fmt.Errorf("revert %x: %w", ret, err)
	}
	h, err := e.os.UnpackRun(ret)
	return h, gas, err
}

// EVMSMT is contracts/SMT.sol deployed in go-ethereum's core/vm/runtime.
type EVMSMT struct {
	t    testing.TB
	cfg  *runtime.Config
	addr common.Address
	c    *contracts.SMT
}

// NewEVMSMT deploys the SMT wrapper.
func NewEVMSMT(t testing.TB) *EVMSMT {
	t.Helper()
	cfg := &runtime.Config{GasLimit: 30_000_000}
	_, addr, _, err := runtime.Create(common.FromHex(contracts.SMTMetaData.Bin), cfg)
	if err != nil {
		t.Fatalf("deploy SMT: %v", err)
	}
	return &EVMSMT{t: t, cfg: cfg, addr: addr, c: contracts.NewSMT()}
}

// ComputeRoot calls SMT.computeRoot; ok is false when it reverts. gas is
// the call's execution gas (no intrinsic or calldata cost).
func (e *EVMSMT) ComputeRoot(key, leaf [32]byte, p contracts.SMTLibProof) (root [32]byte, gas uint64, ok bool) {
	e.t.Helper()
	in := e.c.PackComputeRoot(key, leaf, p)
	ret, left, err := runtime.Call(e.addr, in, e.cfg)
	if err != nil {
		return root, 0, false
	}
	r, err := e.c.UnpackComputeRoot(ret)
	if err != nil {
		e.t.Fatalf("unpack: %v", err)
	}
	return r, e.cfg.GasLimit - left, true
}

// WalksGas is the gas of the SMT walks a one-step proof with these
// proofs makes, measured on the same proofs: each is walked twice (check
// against the pre-state root, then compute the root after the update).
// A step that ends with a read only (a no-op transaction reads its
// sender) walks its last proof once, so this is an upper bound there by
// one walk. The walk's cost depends on the proof's shape, not on the key:
// a key beside the proof's other key walks the same levels.
func (e *EVMSMT) WalksGas(proofs []contracts.SMTLibProof) uint64 {
	e.t.Helper()
	var sum uint64
	for _, p := range proofs {
		key := p.OtherKey
		key[31] ^= 1
		_, gas, ok := e.ComputeRoot(key, [32]byte{2}, p)
		if !ok {
			e.t.Fatalf("SMT walk for gas reverted")
		}
		sum += 2 * gas
	}
	return sum
}

// SetTB makes failures report to t (a fuzz target's per-input test).
func (e *EVMSMT) SetTB(t testing.TB) { e.t = t }

// EVMTxDecoder is contracts/TxDecoder.sol (TxLib.decode behind an
// external call) deployed in go-ethereum's core/vm/runtime.
type EVMTxDecoder struct {
	t    testing.TB
	cfg  *runtime.Config
	addr common.Address
	c    *contracts.TxDecoder
}

// NewEVMTxDecoder deploys TxDecoder with every fork through Osaka active.
func NewEVMTxDecoder(t testing.TB) *EVMTxDecoder {
	t.Helper()
	cc := *params.MergedTestChainConfig
	cfg := &runtime.Config{ChainConfig: &cc, GasLimit: 30_000_000}
	_, addr, _, err := runtime.Create(common.FromHex(contracts.TxDecoderMetaData.Bin), cfg)
	if err != nil {
		t.Fatalf("deploy TxDecoder: %v", err)
	}
	return &EVMTxDecoder{t: t, cfg: cfg, addr: addr, c: contracts.NewTxDecoder()}
}

// Decode is the execution gas of TxDecoder.decode(raw) (ecrecover
// included); it fails the test when the call reverts.
func (e *EVMTxDecoder) Decode(raw []byte, chainID, baseFee uint64) uint64 {
	e.t.Helper()
	_, left, err := runtime.Call(e.addr, e.c.PackDecode(raw, chainID, new(big.Int).SetUint64(baseFee)), e.cfg)
	if err != nil {
		e.t.Fatalf("TxDecoder.decode reverted on %x: %v", raw, err)
	}
	return e.cfg.GasLimit - left
}
