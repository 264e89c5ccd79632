package disperser

// SetTamperArchive makes d rewrite every blob's archive shards before it
// computes their root: a disperser whose archive root is built over shards
// that are not the blob's.
func SetTamperArchive(d *Disperser, f func(shards [][]byte)) { d.tamperArchive = f }
