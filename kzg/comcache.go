package kzg

import (
	"sync"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
)

// DefaultCommitmentCache is the default size of a Context's cache of
// decoded commitments (see WithCommitmentCache): one generation holds up
// to this many, so a Context keeps between this many and twice this many
// (about 170 bytes each), the commitments of 8 to 16 headers with k = 64.
const DefaultCommitmentCache = 1024

// comCache remembers commitments that decoded and passed the subgroup
// check, by their exact 48 bytes, so that a header's row commitments cost
// one square root and one subgroup check each however many calls use them
// (CheckExtension when the header is validated, then every VerifyCells on
// its cells). Only points that passed every check are stored, so a hit
// means the bytes are a valid commitment; a failing commitment is decoded
// (and rejected) again each time.
//
// It keeps two generations: lookups search both and move a hit from the
// old one to the current one; when the current generation is full it
// becomes the old one and the previous old one is dropped. Memory is
// bounded by 2*max entries whatever the inputs.
type comCache struct {
	mu       sync.Mutex
	max      int
	cur, old map[Commitment]bls12381.G1Affine
}

func newComCache(max int) *comCache {
	if max <= 0 {
		return nil
	}
	return &comCache{max: max, cur: make(map[Commitment]bls12381.G1Affine)}
}

func (cc *comCache) get(c *Commitment) (bls12381.G1Affine, bool) {
	if cc == nil {
		return bls12381.G1Affine{}, false
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	if p, ok := cc.cur[*c]; ok {
		return p, true
	}
	p, ok := cc.old[*c]
	if ok {
		cc.putLocked(c, &p)
	}
	return p, ok
}

func (cc *comCache) put(c *Commitment, p *bls12381.G1Affine) {
	if cc == nil {
		return
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	cc.putLocked(c, p)
}

func (cc *comCache) putLocked(c *Commitment, p *bls12381.G1Affine) {
	if len(cc.cur) >= cc.max {
		cc.old, cc.cur = cc.cur, make(map[Commitment]bls12381.G1Affine, cc.max)
	}
	cc.cur[*c] = *p
}

// len returns the number of cached commitments (both generations; a
// commitment may be counted twice).
func (cc *comCache) len() int {
	if cc == nil {
		return 0
	}
	cc.mu.Lock()
	defer cc.mu.Unlock()
	return len(cc.cur) + len(cc.old)
}

// commitmentPoint decodes com as Commitment.Point does (errors wrap
// ErrInvalidCommitment), through the Context's cache of decoded
// commitments.
func (c *Context) commitmentPoint(com *Commitment) (bls12381.G1Affine, error) {
	if p, ok := c.comCache.get(com); ok {
		return p, nil
	}
	p, err := com.Point()
	if err != nil {
		return p, err
	}
	c.comCache.put(com, &p)
	return p, nil
}
