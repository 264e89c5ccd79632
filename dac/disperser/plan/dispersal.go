package plan

import (
	"github.com/quire-da/quire/dac"
)

// Dispersal is what a blob's dispersal sends: each member's custody
// columns, ascending, as the members' admission check expects them.
type Dispersal struct {
	// Columns[m] are member m's columns of the blob.
	Columns [][]uint8
	// Needed lists every column some member holds (all of them, since
	// each column has r >= 1 custodians), ascending.
	Needed []uint8
}

// NewDispersal plans the dispersal of blob id to the committee that c
// describes.
func NewDispersal(c dac.Custody, id dac.BlobID) *Dispersal {
	a := c.Assign(id)
	d := &Dispersal{Columns: make([][]uint8, c.Members())}
	var held [dac.Columns]bool
	for m := range d.Columns {
		cols := a.Columns(m)
		out := make([]uint8, len(cols))
		for i, col := range cols {
			out[i] = uint8(col)
			held[col] = true
		}
		d.Columns[m] = out
	}
	for col, h := range held {
		if h {
			d.Needed = append(d.Needed, uint8(col))
		}
	}
	return d
}
