package dac

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/erasure"
)

// Committee size and replication bounds for custody.
const (
	// MinMembers is the smallest committee custody supports.
	MinMembers = 4
	// MaxMembers is the largest committee custody supports.
	MaxMembers = 128
	// MaxReplication bounds r, the number of members holding each column.
	// It keeps MinCoverage exact and cheap (its cost grows with r).
	MaxReplication = 16
	// DefaultReplication is r unless a committee says otherwise.
	DefaultReplication = 2
	// Columns is the number of columns of the extended square.
	Columns = erasure.CellsPerRow
	// RecoveryColumns is how many distinct columns a set of signers must
	// hold between them so that every row can be recovered from them alone
	// (any half of a row's cells recovers the row).
	RecoveryColumns = erasure.DataCellsPerRow
)

// Custody errors. Retrying with the same parameters cannot help.
var (
	// ErrCustodyParams is returned by NewCustody and CheckCustody for a
	// committee size, threshold or replication out of range.
	ErrCustodyParams = errors.New("dac: custody parameters out of range")
	// ErrCoverage is returned by CheckCustody when some t signers could
	// hold fewer than RecoveryColumns distinct columns between them.
	ErrCoverage = errors.New("dac: threshold signers could not recover the blob")
)

// Custody assigns the columns of every blob to the members of one
// committee. It is a pure function of the committee size n, the replication
// r and the blob ID, shared by the disperser, the nodes and light clients.
//
// The assignment: the members are placed on a ring of n positions in a
// per-blob order (members sorted by keccak256("quire/custody/v1" || blob
// ID || uint32 member index), ties by index); column c starts at ring
// position floor(c*n/128) and is held by the members at that position and
// the r-1 positions after it. So every column has exactly r distinct
// custodians, the columns starting at any r consecutive positions number
// floor or ceil of 128r/n (the starts are spread evenly round the ring),
// hence every member holds floor or ceil of 128r/n columns; and, because the
// worst case over all sets of t signers does not depend on the ring order,
// the minimum coverage of t signers can be computed exactly once per
// committee (MinCoverage) rather than per blob.
//
// Members are identified by their index in the epoch's member list.
type Custody struct {
	n, r int
}

// NewCustody returns the custody scheme of a committee of n members in which
// every column is held by r of them. It returns ErrCustodyParams unless
// MinMembers <= n <= MaxMembers and 1 <= r <= min(n, MaxReplication).
func NewCustody(n, r int) (Custody, error) {
	if n < MinMembers || n > MaxMembers {
		return Custody{}, fmt.Errorf("%w: %d members, want %d to %d", ErrCustodyParams, n, MinMembers, MaxMembers)
	}
	if r < 1 || r > n || r > MaxReplication {
		return Custody{}, fmt.Errorf("%w: replication %d, want 1 to %d", ErrCustodyParams, r, min(n, MaxReplication))
	}
	return Custody{n: n, r: r}, nil
}

// Members returns n, the committee size.
func (c Custody) Members() int { return c.n }

// Replication returns r, the number of members holding each column.
func (c Custody) Replication() int { return c.r }

// CheckCustody returns nil when any t of n members, with replication r,
// hold at least RecoveryColumns distinct columns of every blob between
// them; otherwise ErrCoverage (or ErrCustodyParams for values out of
// range). Committee configuration must pass it.
func CheckCustody(n, t, r int) error {
	c, err := NewCustody(n, r)
	if err != nil {
		return err
	}
	if t < 1 || t > n {
		return fmt.Errorf("%w: threshold %d of %d members", ErrCustodyParams, t, n)
	}
	if got := c.MinCoverage(t); got < RecoveryColumns {
		return fmt.Errorf("%w: %d of %d members with replication %d may hold only %d distinct columns, need %d",
			ErrCoverage, t, n, r, got, RecoveryColumns)
	}
	return nil
}

// start returns the ring position column col starts at.
func (c Custody) start(col int) int { return col * c.n / Columns }

// startWeight returns how many columns start at ring position p: the
// columns col with p <= col*n/128 < p+1.
func (c Custody) startWeight(p int) int {
	ceilDiv := func(a, b int) int { return (a + b - 1) / b }
	return ceilDiv(Columns*(p+1), c.n) - ceilDiv(Columns*p, c.n)
}

// MinCoverage returns the exact minimum, over every set of t members, of
// the number of distinct columns those members hold between them. It does
// not depend on the blob. t outside [0, n] is clamped.
//
// A column starting at ring position j is covered by a signer set S when S
// meets positions j..j+r-1 (mod n). The minimum is a dynamic program over
// the ring: fix the lowest signer position f, walk the positions downwards
// keeping the (capped) distance to the next signer and the number of
// signers used, and charge each position's column count when it is covered.
func (c Custody) MinCoverage(t int) int {
	n, r := c.n, c.r
	if t <= 0 {
		return 0
	}
	if t >= n {
		return Columns
	}
	const inf = int(^uint(0) >> 1)
	// cur[cnt][g]: least covered weight so far with cnt signers chosen and
	// g = min(distance from the current position to the next signer, r).
	newTable := func() [][]int {
		tab := make([][]int, t+1)
		for i := range tab {
			tab[i] = make([]int, r+1)
		}
		return tab
	}
	cur, next := newTable(), newTable()
	best := inf
	for f := 0; f <= n-t; f++ {
		for i := range cur {
			for g := range cur[i] {
				cur[i][g] = inf
			}
		}
		// Position n is position 0 again; its next signer is f (unrolled: f+n).
		cur[1][min(f, r)] = 0
		for j := n - 1; j > f; j-- {
			for i := range next {
				for g := range next[i] {
					next[i][g] = inf
				}
			}
			w := c.startWeight(j)
			for cnt := 1; cnt <= t; cnt++ {
				for g := 0; g <= r; g++ {
					v := cur[cnt][g]
					if v == inf {
						continue
					}
					// j is not a signer: one step further from the next signer.
					ng := min(g+1, r)
					nv := v
					if ng <= r-1 {
						nv += w
					}
					if nv < next[cnt][ng] {
						next[cnt][ng] = nv
					}
					// j is a signer: covered, distance 0.
					if cnt < t && v+w < next[cnt+1][0] {
						next[cnt+1][0] = v + w
					}
				}
			}
			cur, next = next, cur
		}
		// Position f is a signer; positions below f are not, and their next
		// signer is f itself.
		for g := 0; g <= r; g++ {
			v := cur[t][g]
			if v == inf {
				continue
			}
			v += c.startWeight(f)
			for j := max(0, f-r+1); j < f; j++ {
				v += c.startWeight(j)
			}
			best = min(best, v)
		}
	}
	return best
}

// Assignment is the custody of one blob: which members hold which columns.
// It is computed by Custody.Assign and read-only afterwards.
type Assignment struct {
	c    Custody
	ring []int // ring position -> member index
	pos  []int // member index -> ring position
}

// custodyDomain separates the custody permutation from every other keccak
// use in the protocol.
const custodyDomain = "quire/custody/v1"

// Assign returns the assignment of blob id's columns to the committee.
func (c Custody) Assign(id BlobID) *Assignment {
	type keyed struct {
		key    [32]byte
		member int
	}
	buf := make([]byte, 0, len(custodyDomain)+32+4)
	ks := make([]keyed, c.n)
	for m := range ks {
		buf = append(buf[:0], custodyDomain...)
		buf = append(buf, id[:]...)
		buf = binary.BigEndian.AppendUint32(buf, uint32(m))
		ks[m] = keyed{key: keccak(buf), member: m}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		if d := compareBytes(a.key[:], b.key[:]); d != 0 {
			return d
		}
		return a.member - b.member
	})
	a := &Assignment{c: c, ring: make([]int, c.n), pos: make([]int, c.n)}
	for p, k := range ks {
		a.ring[p] = k.member
		a.pos[k.member] = p
	}
	return a
}

func compareBytes(a, b []byte) int {
	for i := range a {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Custody returns the scheme the assignment was made under.
func (a *Assignment) Custody() Custody { return a.c }

// Custodians returns the r members holding column col, in ring order, or
// nil when col is not a column index.
func (a *Assignment) Custodians(col int) []int {
	if col < 0 || col >= Columns {
		return nil
	}
	out := make([]int, a.c.r)
	start := a.c.start(col)
	for i := range out {
		out[i] = a.ring[(start+i)%a.c.n]
	}
	return out
}

// Columns returns the columns member holds, ascending, or nil when member
// is not an index of the committee.
func (a *Assignment) Columns(member int) []int {
	if member < 0 || member >= a.c.n {
		return nil
	}
	var out []int
	for col := range Columns {
		if a.Holds(member, col) {
			out = append(out, col)
		}
	}
	return out
}

// Holds reports whether member holds column col.
func (a *Assignment) Holds(member, col int) bool {
	if member < 0 || member >= a.c.n || col < 0 || col >= Columns {
		return false
	}
	// Column col starts at ring position start(col) and spans r positions;
	// member is at pos[member].
	d := (a.pos[member] - a.c.start(col) + a.c.n) % a.c.n
	return d < a.c.r
}
