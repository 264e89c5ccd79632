package light

import (
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/sampler"
)

// Where the client learned of a blob.
const (
	SourceL1      = "l1"      // a Certified event of the committee contract
	SourceGossip  = "gossip"  // an announcement on the gossip topic
	SourceRequest = "request" // asked for by ID (quire sample BLOBID)
)

// BlobStatus is what the client knows about one blob: the /status entry,
// the one-shot report and (with the header and certificate) the persisted
// record.
type BlobStatus struct {
	ID         dac.BlobID     `json:"blob"`
	HeaderHash dac.HeaderHash `json:"header_hash"`
	Epoch      uint64         `json:"epoch"`
	K          int            `json:"k,omitempty"`
	Source     string         `json:"source"`
	// CertifiedBy says how the certificate was checked: "bls" (the
	// aggregate signature against the L1 committee's keys, by this client)
	// or "l1" (only the contract's record: the certify call could not be
	// read back).
	CertifiedBy string         `json:"certified_by,omitempty"`
	Status      sampler.Status `json:"status"`
	// Reason explains an invalid, expired or unavailable verdict.
	Reason string `json:"reason,omitempty"`
	// Confidence is sampler.Confidence of the verified samples.
	Confidence float64  `json:"confidence"`
	Verified   int      `json:"verified"`
	Samples    []Sample `json:"samples,omitempty"`
	// BadCells are cells that failed verification, with who served them.
	BadCells []BadCell `json:"bad_cells,omitempty"`
	Rounds   int       `json:"rounds"`
	// Bytes is what the cells answers carried (frames, header and cells;
	// not transport overhead).
	Bytes     int64     `json:"bytes"`
	FirstSeen time.Time `json:"first_seen"`
	Decided   time.Time `json:"decided,omitzero"`
	// Millis is the time from the start of sampling (or of the header
	// fetch) to the verdict, in this run.
	Millis float64 `json:"ms,omitempty"`
}

// Sample is one sampled position and who served it.
type Sample struct {
	sampler.Position
	Verified bool   `json:"verified"`
	Member   int    `json:"member"`
	Peer     string `json:"peer,omitempty"`
}

// BadCell is evidence against a peer: it served this cell and the cell did
// not verify against the certified header's commitment.
type BadCell struct {
	sampler.Position
	Member int    `json:"member"`
	Peer   string `json:"peer"`
	Error  string `json:"error"`
}

// record is what the store keeps per blob: the status plus what resuming
// needs.
type record struct {
	BlobStatus
	Header      []byte           `json:"header,omitempty"` // canonical encoding, once validated
	Certificate *dac.Certificate `json:"certificate,omitempty"`
	Core        []byte           `json:"core,omitempty"` // packed certified header core, when known
}
