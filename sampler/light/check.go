package light

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	mrand "math/rand/v2"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/wire"
	"github.com/quire-da/quire/sampler"
)

// finish sets a verdict reached without sampling.
func finish(rec *record, st sampler.Status, reason string) {
	rec.Status, rec.Reason = st, reason
}

// check runs the checks that come before any sampling: the certificate
// against the L1 committee of its epoch, then the header a member serves
// against the certified hash. It returns the target to sample, or nil with
// rec holding a final verdict (invalid, expired, unavailable). onL1 says
// the contract's record vouches for the header hash. Errors are failures to
// reach L1 or ctx ending.
func (c *Client) check(ctx context.Context, rec *record, onL1 bool) (*target, error) {
	now := c.now()
	ec, members, err := c.chain.committee(ctx, rec.Epoch, now)
	switch {
	case badCommittee(err):
		finish(rec, sampler.StatusInvalid, fmt.Sprintf("committee of epoch %d: %v", rec.Epoch, err))
		return nil, nil
	case err != nil:
		return nil, err
	}
	var core *dac.HeaderCore
	if rec.Core != nil {
		core = new(dac.HeaderCore)
		if err := core.SetPacked(rec.Core); err != nil || core.Hash() != rec.HeaderHash {
			finish(rec, sampler.StatusInvalid, "certified header core does not hash to the header hash")
			return nil, nil
		}
	}
	switch {
	case rec.Certificate != nil:
		if err := sampler.CheckCertificate(rec.HeaderHash, rec.Certificate, c.chain.keys(ec)); err != nil {
			c.log.Warn("invalid certificate", "blob", rec.ID, "err", err)
			finish(rec, sampler.StatusInvalid, err.Error())
			return nil, nil
		}
		rec.CertifiedBy = "bls"
	case onL1:
		rec.CertifiedBy = "l1"
	default:
		finish(rec, sampler.StatusInvalid, "no certificate")
		return nil, nil
	}
	if core != nil {
		if core.ChainID != c.cfg.ChainID {
			finish(rec, sampler.StatusInvalid, fmt.Sprintf("header for chain %d", core.ChainID))
			return nil, nil
		}
		if int64(min(core.Expiry, 1<<62)) < now.Unix() {
			finish(rec, sampler.StatusExpired, fmt.Sprintf("expired at %d", core.Expiry))
			return nil, nil
		}
	}
	cust, err := members.Custody()
	if err != nil {
		finish(rec, sampler.StatusInvalid, err.Error())
		return nil, nil
	}
	t := &target{members: members, assign: cust.Assign(rec.ID), certifiedBy: rec.CertifiedBy}
	for _, m := range members.Members {
		t.peers = append(t.peers, peer.AddrInfo{ID: m.PeerID, Addrs: m.Addrs})
	}
	h, err := c.header(ctx, rec, t, core)
	if err != nil || h == nil {
		return nil, err
	}
	t.header = h
	rec.K = int(h.Core.K)
	return t, nil
}

// header returns the validated header of the blob: the stored one, or one
// fetched from a member (asking each in turn, then again every
// RetryInterval until the deadline). It returns nil with a verdict in rec
// when the certified header is itself invalid or expired, or no member
// serves it in time.
func (c *Client) header(ctx context.Context, rec *record, t *target, core *dac.HeaderCore) (*dac.Header, error) {
	policy := func() dac.HeaderPolicy {
		p := dac.HeaderPolicy{ChainID: c.cfg.ChainID, Epoch: rec.Epoch, MaxRows: c.cfg.MaxRows,
			Members: len(t.members.Members), Now: c.now(), MaxRetention: 100 * 365 * 24 * time.Hour, KZG: c.kzg}
		rand.Read(p.Seed[:]) // never fails (crypto/rand)
		return p
	}
	verdict := func(err error) (*dac.Header, error) {
		if errors.Is(err, dac.ErrExpiry) {
			finish(rec, sampler.StatusExpired, err.Error())
		} else {
			finish(rec, sampler.StatusInvalid, err.Error())
		}
		c.log.Warn("certified header rejected", "blob", rec.ID, "err", err)
		return nil, nil
	}
	if rec.Header != nil {
		var h dac.Header
		if err := h.UnmarshalBinary(rec.Header); err == nil {
			got, err := sampler.CheckHeader(&h, rec.HeaderHash, core, policy())
			if err == nil {
				return got, nil
			}
			if errors.Is(err, sampler.ErrCertifiedHeader) {
				return verdict(err)
			}
		}
		rec.Header = nil // unusable: fetch it again
	}
	deadline := c.now().Add(c.cfg.Deadline.D())
	n := len(t.peers)
	start := int(rec.ID[0]) % n // spread header fetches over the members
	for attempt := 0; ; attempt++ {
		for i := range n {
			m := (start + i) % n
			if c.banned(t.peers[m].ID) {
				continue
			}
			cols := t.assign.Columns(m)
			if len(cols) == 0 {
				continue
			}
			// The protocol has no header-only request: ask for one random
			// cell the member holds (any row when the certified core gives
			// k, else row 0), so that no fixed cell can be withheld to
			// keep the header from us.
			row := 0
			if core != nil && core.K >= 1 && core.K <= dac.MaxEncodedRows {
				row = mrand.IntN(2 * int(core.K))
			}
			cell := []wire.CellRef{{Row: uint16(row), Col: uint8(cols[mrand.IntN(len(cols))])}}
			h, _, bytes, err := c.fetch.ask(ctx, t.peers[m], rec.ID, cell)
			rec.Bytes += bytes
			c.metrics.bytes.Add(float64(bytes))
			if err != nil {
				if ctx.Err() != nil {
					return nil, ctx.Err()
				}
				c.peerFailure(rec.ID, m, t.peers[m].ID, err)
				continue
			}
			got, err := sampler.CheckHeader(h, rec.HeaderHash, core, policy())
			if err == nil {
				rec.Header, _ = got.MarshalBinary()
				return got, nil
			}
			if errors.Is(err, sampler.ErrCertifiedHeader) {
				return verdict(err)
			}
			c.log.Warn("member served another header", "blob", rec.ID, "member", m, "peer", t.peers[m].ID.String(), "err", err)
		}
		if !c.now().Before(deadline) {
			finish(rec, sampler.StatusUnavailable, "no member served the certified header")
			return nil, nil
		}
		if err := sleep(ctx, min(c.cfg.RetryInterval.D(), deadline.Sub(c.now()))); err != nil {
			return nil, err
		}
	}
}
