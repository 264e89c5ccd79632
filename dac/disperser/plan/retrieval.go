package plan

import (
	"errors"
	"fmt"
	"slices"

	"github.com/quire-da/quire/dac"
)

// ErrUnrecoverable is returned by Retrieval.Next when the columns held,
// those in flight and those some live custodian could still send add up
// to fewer than dac.RecoveryColumns: the blob cannot be rebuilt from the
// members that are left. It may clear once failed members come back.
var ErrUnrecoverable = errors.New("plan: too few live custodians to rebuild the blob")

// Fetch asks one member for some of its custody columns.
type Fetch struct {
	Member  int
	Columns []uint8 // ascending
}

// Retrieval plans which columns to fetch from whom to rebuild a blob.
// Any dac.RecoveryColumns (64) distinct columns of every data row rebuild
// the row, so it collects 64 columns, data columns (0..63) first because
// they need no decoding, and parity columns in place of data columns whose
// custodians have failed. Each column is asked of one custodian at a time,
// spreading the load over custodians; when a member fails, its columns go
// back to the pool and the next plan asks another custodian or a parity
// column instead. A member that failed once is not asked again.
//
// A Retrieval is a value with no locking: use it from one goroutine.
type Retrieval struct {
	a       *dac.Assignment
	have    [dac.Columns]bool
	pending [dac.Columns]int // member asked for the column, or -1
	down    []bool
}

// NewRetrieval starts a retrieval of the blob whose custody is a.
func NewRetrieval(a *dac.Assignment) *Retrieval {
	r := &Retrieval{a: a, down: make([]bool, a.Custody().Members())}
	for i := range r.pending {
		r.pending[i] = -1
	}
	return r
}

func (r *Retrieval) count() (have, pending int) {
	for col := range dac.Columns {
		if r.have[col] {
			have++
		} else if r.pending[col] >= 0 {
			pending++
		}
	}
	return have, pending
}

// Done reports whether dac.RecoveryColumns columns are in.
func (r *Retrieval) Done() bool {
	have, _ := r.count()
	return have >= dac.RecoveryColumns
}

// Have returns the columns in, ascending.
func (r *Retrieval) Have() []uint8 {
	var out []uint8
	for col, ok := range r.have {
		if ok {
			out = append(out, uint8(col))
		}
	}
	return out
}

// Down returns the members that failed, ascending.
func (r *Retrieval) Down() []int {
	var out []int
	for m, d := range r.down {
		if d {
			out = append(out, m)
		}
	}
	return out
}

// Next plans the fetches that, if they all succeed, complete the
// retrieval, given what is in and in flight: nothing when the columns in
// and in flight already suffice, ErrUnrecoverable when no plan can. The
// planned columns count as in flight until Got or Failed reports them.
func (r *Retrieval) Next() ([]Fetch, error) {
	have, pending := r.count()
	need := dac.RecoveryColumns - have - pending
	if need <= 0 {
		return nil, nil
	}
	load := make([]int, len(r.down))
	for _, m := range r.pending {
		if m >= 0 {
			load[m]++
		}
	}
	type pick struct{ col, member int }
	var picks []pick
	for col := 0; col < dac.Columns && len(picks) < need; col++ {
		if r.have[col] || r.pending[col] >= 0 {
			continue
		}
		best := -1
		for _, m := range r.a.Custodians(col) {
			if r.down[m] {
				continue
			}
			if best < 0 || load[m] < load[best] {
				best = m
			}
		}
		if best < 0 {
			continue
		}
		load[best]++
		picks = append(picks, pick{col, best})
	}
	if len(picks) < need {
		return nil, fmt.Errorf("%w: %d columns in, %d in flight, %d more available from live custodians, need %d",
			ErrUnrecoverable, have, pending, len(picks), dac.RecoveryColumns)
	}
	byMember := map[int][]uint8{}
	for _, p := range picks {
		r.pending[p.col] = p.member
		byMember[p.member] = append(byMember[p.member], uint8(p.col))
	}
	out := make([]Fetch, 0, len(byMember))
	for m, cols := range byMember {
		out = append(out, Fetch{Member: m, Columns: cols})
	}
	slices.SortFunc(out, func(a, b Fetch) int { return a.Member - b.Member })
	return out, nil
}

// Got records that member sent cols (a subset of what it was asked for,
// already verified). Columns it was asked for and did not send stay in
// flight until Failed.
func (r *Retrieval) Got(member int, cols []uint8) {
	for _, c := range cols {
		if int(c) < dac.Columns && r.pending[c] == member {
			r.have[c] = true
			r.pending[c] = -1
		}
	}
}

// Failed records that member failed: it is not asked again, and the
// columns it still owed go back to the pool.
func (r *Retrieval) Failed(member int) {
	if member < 0 || member >= len(r.down) {
		return
	}
	r.down[member] = true
	for c, m := range r.pending {
		if m == member {
			r.pending[c] = -1
		}
	}
}
