package main

import (
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
)

// memberJSON is one member as show --json prints it.
type memberJSON struct {
	Index     int      `json:"index"`
	Slot      uint8    `json:"slot"`
	Operator  string   `json:"operator"`
	PublicKey string   `json:"public_key"`
	PeerID    string   `json:"peer_id"`
	Addrs     []string `json:"addrs"`
	// ProofOfPossession is recovered from the calldata of the operator's
	// registration (the contract checks it but does not keep it); empty
	// when that transaction cannot be found or did not call register
	// directly.
	ProofOfPossession string `json:"proof_of_possession,omitempty"`
	Active            bool   `json:"active"`
	FromEpoch         uint64 `json:"from_epoch"`
	ToEpoch           uint64 `json:"to_epoch,omitempty"`
}

// committeeJSON is what show --json prints.
type committeeJSON struct {
	Contract         string       `json:"contract"`
	ChainID          uint64       `json:"chain_id"`
	Epoch            uint64       `json:"epoch"`
	CurrentEpoch     uint64       `json:"current_epoch"`
	Threshold        int          `json:"threshold"`
	Replication      int          `json:"replication"`
	Size             int          `json:"size"`
	Start            string       `json:"start,omitempty"`
	End              string       `json:"end,omitempty"`
	AggregateKeyHash string       `json:"aggregate_key_hash,omitempty"`
	Members          []memberJSON `json:"members"`
}

func operatorJSON(i int, op *l1.Operator) memberJSON {
	pid := "0x" + hex.EncodeToString(op.PeerID)
	if id, err := peer.IDFromBytes(op.PeerID); err == nil {
		pid = id.String()
	}
	addrs := op.Addrs
	if addrs == nil {
		addrs = []string{}
	}
	return memberJSON{
		Index: i, Slot: op.Slot, Operator: op.Address.Hex(), PublicKey: op.PublicKey.String(),
		PeerID: pid, Addrs: addrs, Active: op.Active, FromEpoch: op.FromEpoch, ToEpoch: op.ToEpoch,
	}
}

func committeeShow(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee show", stderr)
	var f l1Flags
	f.register(fs, true, false)
	epochFlag := fs.Int64("epoch", -1, "the `epoch` to show (default the current one)")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args, "show"); err != nil {
		return err
	}
	if err := f.check("show", true, false); err != nil {
		return err
	}
	if *epochFlag < -1 {
		return fmt.Errorf("%w: --epoch must not be negative", errUsage)
	}
	ctx, sess, err := openL1(ctx, &f, false)
	if err != nil {
		return err
	}
	defer sess.Close()
	c := sess.c
	current, err := c.CurrentEpoch(ctx)
	if err != nil {
		return explain(err)
	}
	out := committeeJSON{Contract: c.Address().Hex(), ChainID: c.ChainID(), CurrentEpoch: current, Members: []memberJSON{}}
	epoch := current
	if *epochFlag >= 0 {
		epoch = uint64(*epochFlag)
	}
	out.Epoch = epoch
	if epoch == 0 {
		// Epoch 0 is "no committee yet": there is nothing to read.
		if *asJSON {
			return writeJSON(stdout, out)
		}
		fmt.Fprintf(stdout, "contract   %s (chain %d)\n", out.Contract, out.ChainID)
		fmt.Fprintf(stdout, "epoch      0: no committee yet (queue and execute a change)\n")
		return nil
	}
	ec, err := c.Committee(ctx, epoch)
	if err != nil {
		return explain(err)
	}
	out.Threshold, out.Size, out.Replication = ec.Threshold, len(ec.Members), ec.Replication
	out.Start = ec.Start.UTC().Format(time.RFC3339)
	if !ec.End.IsZero() {
		out.End = ec.End.UTC().Format(time.RFC3339)
	}
	out.AggregateKeyHash = "0x" + hex.EncodeToString(ec.AggregateKeyHash[:])
	for i := range ec.Members {
		out.Members = append(out.Members, operatorJSON(i, &ec.Members[i]))
	}
	if *asJSON {
		pops := registeredPoPs(ctx, sess.client, c.Address(), ec.Members)
		for i := range out.Members {
			out.Members[i].ProofOfPossession = pops[ec.Members[i].Address]
		}
		return writeJSON(stdout, out)
	}
	fmt.Fprintf(stdout, "contract   %s (chain %d)\n", out.Contract, out.ChainID)
	fmt.Fprintf(stdout, "epoch      %d (current %d)\n", out.Epoch, out.CurrentEpoch)
	fmt.Fprintf(stdout, "threshold  %d of %d\n", out.Threshold, out.Size)
	fmt.Fprintf(stdout, "replication %d\n", out.Replication)
	fmt.Fprintf(stdout, "start      %s\n", out.Start)
	if out.End != "" {
		fmt.Fprintf(stdout, "end        %s\n", out.End)
	}
	for _, m := range out.Members {
		fmt.Fprintf(stdout, "member %d (slot %d)\n", m.Index, m.Slot)
		fmt.Fprintf(stdout, "  operator  %s\n", m.Operator)
		fmt.Fprintf(stdout, "  bls key   %s\n", m.PublicKey)
		fmt.Fprintf(stdout, "  peer id   %s\n", m.PeerID)
		fmt.Fprintf(stdout, "  addrs     %s\n", strings.Join(m.Addrs, " "))
	}
	return nil
}

func committeeOperators(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee operators", stderr)
	var f l1Flags
	f.register(fs, true, false)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := parseNoArgs(fs, args, "operators"); err != nil {
		return err
	}
	if err := f.check("operators", true, false); err != nil {
		return err
	}
	ctx, sess, err := openL1(ctx, &f, false)
	if err != nil {
		return err
	}
	defer sess.Close()
	c := sess.c
	addrs, err := c.RegisteredOperators(ctx)
	if err != nil {
		return explain(err)
	}
	ops := []memberJSON{}
	for i, a := range addrs {
		op, err := c.Operator(ctx, a)
		if err != nil {
			return explain(err)
		}
		ops = append(ops, operatorJSON(i, op))
	}
	if *asJSON {
		return writeJSON(stdout, ops)
	}
	for _, m := range ops {
		state := "registered"
		if m.Active {
			state = fmt.Sprintf("member since epoch %d, slot %d", m.FromEpoch, m.Slot)
		} else if m.ToEpoch != 0 {
			state = fmt.Sprintf("left in epoch %d", m.ToEpoch)
		}
		fmt.Fprintf(stdout, "%s  %s\n", m.Operator, state)
		fmt.Fprintf(stdout, "  bls key   %s\n", m.PublicKey)
		fmt.Fprintf(stdout, "  peer id   %s\n", m.PeerID)
		fmt.Fprintf(stdout, "  addrs     %s\n", strings.Join(m.Addrs, " "))
	}
	return nil
}

// popSource is what registeredPoPs needs from an L1 client.
type popSource interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// registeredPoPs recovers each member's proof of possession from the
// calldata of its latest OperatorRegistered transaction, best effort: a
// member whose registration cannot be read (a register call made through
// another contract, logs pruned, an RPC that limits eth_getLogs ranges) is
// left out. Each recovered proof is verified against the member's key.
func registeredPoPs(ctx context.Context, client popSource, contract common.Address, members []l1.Operator) map[common.Address]string {
	out := map[common.Address]string{}
	parsed, err := contracts.CommitteeMetaData.ParseABI()
	if err != nil || len(members) == 0 {
		return out
	}
	ev, ok := parsed.Events["OperatorRegistered"]
	if !ok {
		return out
	}
	byAddr := map[common.Address]*l1.Operator{}
	var topics []common.Hash
	for i := range members {
		byAddr[members[i].Address] = &members[i]
		topics = append(topics, common.BytesToHash(members[i].Address.Bytes()))
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int), Addresses: []common.Address{contract},
		Topics: [][]common.Hash{{ev.ID}, topics},
	})
	if err != nil {
		return out
	}
	for _, lg := range logs { // chain order: a later registration wins
		if len(lg.Topics) < 2 {
			continue
		}
		op := byAddr[common.BytesToAddress(lg.Topics[1].Bytes())]
		if op == nil {
			continue
		}
		tx, _, err := client.TransactionByHash(ctx, lg.TxHash)
		if err != nil || tx.To() == nil || *tx.To() != contract || len(tx.Data()) < 4 {
			continue
		}
		m, err := parsed.MethodById(tx.Data()[:4])
		if err != nil || m.Name != "register" {
			continue
		}
		args, err := m.Inputs.Unpack(tx.Data()[4:])
		if err != nil || len(args) < 3 {
			continue
		}
		raw, ok := args[2].([]byte)
		if !ok {
			continue
		}
		pop, err := bls.SignatureFromEIP2537(raw)
		if err != nil || bls.VerifyPossession(op.PublicKey, pop) != nil {
			continue
		}
		out[op.Address] = pop.String()
	}
	return out
}
