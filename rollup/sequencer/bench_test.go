package sequencer_test

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/rollup"
	"github.com/quire-da/quire/rollup/batch"
	"github.com/quire-da/quire/rollup/chain"
	rl1 "github.com/quire-da/quire/rollup/l1"
	"github.com/quire-da/quire/rollup/sequencer"
	"github.com/quire-da/quire/rollup/state"
	"github.com/quire-da/quire/rollup/stf"
	"github.com/quire-da/quire/rollup/store"
)

// codeOnly is an L1 backend that only answers CodeAt (what l1.New
// checks); the benchmark never reaches L1.
type codeOnly struct{ l1.Backend }

func (codeOnly) CodeAt(context.Context, common.Address, *big.Int) ([]byte, error) {
	return []byte{1}, nil
}

// benchSequencer returns a sequencer whose chain is in memory or in a
// badger directory, with the given keys funded.
func benchSequencer(b *testing.B, mode string, keys []*ecdsa.PrivateKey) *sequencer.Sequencer {
	cfg := rollup.DevConfig()
	p := stf.ParamsOf(cfg)
	inbox, err := rl1.New(context.Background(), codeOnly{}, common.Address{1})
	if err != nil {
		b.Fatal(err)
	}
	var c *chain.Chain
	var st sequencer.Store
	if mode == "memory" {
		c = chain.New(p, state.New(state.NewMemStore()))
	} else {
		g, _ := stf.Genesis(p)
		scfg := store.DefaultConfig()
		scfg.Dir = b.TempDir()
		db, err := store.Open(scfg, store.Ident{Role: store.RoleSequencer, ChainID: p.ChainID, Genesis: g.Hash}, p, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		if c, err = chain.Open(p, db, db.StateStore()); err != nil {
			b.Fatal(err)
		}
		st = db
	}
	w := batch.NewWriter(1, p.MaxRecord)
	w.Add(stf.Marker{Time: 1}.Encode())
	bt := &stf.Batch{Index: 1, RecordCount: w.RecordCount(), Payload: batch.FromBytes(w.Bytes(), 1)}
	for i, k := range keys {
		bt.Queue = append(bt.Queue, stf.QueueItem{Index: uint64(i), Kind: stf.QueueKind(rl1.ItemDeposit),
			To: crypto.PubkeyToAddress(k.PublicKey), Value: new(uint256.Int).Lsh(uint256.NewInt(1), 100)})
	}
	err = c.WithState(func(st *state.State) error {
		res, err := stf.ApplyBatch(p, st, c.Head(), bt, stf.Options{})
		if err != nil {
			return err
		}
		if _, err := st.Commit(); err != nil {
			return err
		}
		return c.Append(res.Blocks)
	})
	if err != nil {
		b.Fatal(err)
	}
	sc := sequencer.DefaultConfig()
	sc.PoolSize = 1 << 22
	s, err := sequencer.New(sc, sequencer.Deps{Chain: c, Inbox: inbox, From: l1.NewTransactor(keys[0], 1337), Store: st,
		Log:  slog.New(slog.DiscardHandler),
		Post: func(context.Context, []byte) (*dac.Header, error) { panic("not posting") }})
	if err != nil {
		b.Fatal(err)
	}
	return s
}

// BenchmarkProduceBlock measures one block of 500 transfers from 50
// senders, executed and appended: in memory, and written to badger (state
// nodes, block, receipts, indexes, the unposted-block record and the
// journal deletions, synced) before it is served.
func BenchmarkProduceBlock(b *testing.B) {
	const senders, perSender = 50, 10
	cfg := rollup.DevConfig()
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.ChainID))
	keys := make([]*ecdsa.PrivateKey, senders)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
	}
	for _, mode := range []string{"memory", "badger"} {
		b.Run(mode, func(b *testing.B) {
			s := benchSequencer(b, mode, keys)
			nonce := make([]uint64, senders)
			now := time.Unix(1000, 0)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				for i, k := range keys {
					for range perSender {
						to := common.Address{byte(i)}
						tx := types.MustSignNewTx(k, signer, &types.DynamicFeeTx{ChainID: signer.ChainID(), Nonce: nonce[i],
							GasFeeCap: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(1)})
						raw, _ := tx.MarshalBinary()
						if _, err := s.SendRawTransaction(raw); err != nil {
							b.Fatal(err)
						}
						nonce[i]++
					}
				}
				b.StartTimer()
				now = now.Add(time.Second)
				blk, err := s.ProduceBlock(now)
				if err != nil {
					b.Fatal(err)
				}
				if len(blk.Txs) != senders*perSender {
					b.Fatalf("%d transactions in the block", len(blk.Txs))
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(senders*perSender), "ns/tx")
		})
	}
}

// BenchmarkSendRawTransaction measures admission up to the returned hash:
// in memory, and with the badger journal synced before the hash returns
// (one sender, sequential sends: every acknowledgement waits for its own
// fsync; concurrent senders share badger's group commits).
func BenchmarkSendRawTransaction(b *testing.B) {
	cfg := rollup.DevConfig()
	key, _ := crypto.GenerateKey()
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(cfg.ChainID))
	for _, mode := range []string{"memory", "badger"} {
		b.Run(mode, func(b *testing.B) {
			s := benchSequencer(b, mode, []*ecdsa.PrivateKey{key})
			to := common.Address{2}
			b.ReportAllocs()
			n := uint64(0)
			for b.Loop() {
				tx := types.MustSignNewTx(key, signer, &types.DynamicFeeTx{ChainID: signer.ChainID(), Nonce: n,
					GasFeeCap: new(big.Int).SetUint64(cfg.BaseFee), Gas: 21000, To: &to, Value: big.NewInt(1)})
				raw, _ := tx.MarshalBinary()
				if _, err := s.SendRawTransaction(raw); err != nil {
					b.Fatal(err)
				}
				n++
			}
		})
	}
}
