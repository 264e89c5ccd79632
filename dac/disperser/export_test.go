package disperser

import (
	"net/http"

	"github.com/quire-da/quire/dac"
)

// SetTamperArchive makes d rewrite every blob's archive shards before it
// computes their root: a disperser whose archive root is built over shards
// that are not the blob's.
func SetTamperArchive(d *Disperser, f func(shards [][]byte)) { d.tamperArchive = f }

// StoredRecord returns the data-dir encoding of the record of id, and
// nil when d does not remember it.
func StoredRecord(d *Disperser, id dac.BlobID) []byte {
	r := d.idx.get(id)
	if r == nil {
		return nil
	}
	s := &store{}
	d.idx.mu.Lock()
	defer d.idx.mu.Unlock()
	return s.snapshot(r)
}

// DecodeStoredRecord decodes what StoredRecord returns.
func DecodeStoredRecord(id dac.BlobID, b []byte) error {
	_, _, err := decodeRecord(id, b)
	return err
}

// Routes returns the handler's route table as "METHOD pattern" strings
// (the table is the same for every Disperser; building it calls nothing).
func Routes() []string {
	var out []string
	for _, rt := range new(Disperser).routes(http.NotFoundHandler()) {
		out = append(out, rt.method+" "+rt.pattern)
	}
	return out
}

// EncodingPeak returns the most blobs d has encoded at once.
func EncodingPeak(d *Disperser) int { return int(d.encodingPeak.Load()) }
