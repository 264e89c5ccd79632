package gossip

import (
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac"
)

// AnnouncementVersion is the first byte of an announcement encoding.
const AnnouncementVersion uint8 = 1

// MaxAnnouncementSize is the longest announcement encoding.
const MaxAnnouncementSize = 1 + dac.HeaderCoreSize + dac.MaxCertificateSize

// ErrAnnouncement is returned by Announcement.UnmarshalBinary for bytes
// that are not a canonical announcement, or one whose certificate names
// another header or epoch than its header core. The sender is faulty.
var ErrAnnouncement = errors.New("gossip: malformed announcement")

// Announcement is what the disperser and the members gossip about a newly
// certified blob: the header core (whose hash the certificate signs) and
// the certificate. It is small (about 250 bytes at any k): light clients
// fetch the 2k row commitments from a member and check them against the
// core's commitments root.
//
// Encoding, version 1: version (1 byte) || the 105-byte packed header core
// || the certificate's canonical encoding (dac.Certificate.MarshalBinary).
type Announcement struct {
	Core        dac.HeaderCore
	Certificate dac.Certificate
}

// BlobID returns the ID of the announced blob.
func (a *Announcement) BlobID() dac.BlobID { return a.Core.BlobID() }

// MarshalBinary returns the canonical encoding.
func (a *Announcement) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, MaxAnnouncementSize)
	b = append(b, AnnouncementVersion)
	b = a.Core.AppendPacked(b)
	return a.Certificate.AppendBinary(b)
}

// UnmarshalBinary decodes a canonical encoding and checks that the
// certificate is for this header core (hash and epoch). It does not verify
// the signature: that needs the committee (sampler.CheckCertificate). Errors wrap
// ErrAnnouncement.
func (a *Announcement) UnmarshalBinary(b []byte) error {
	if len(b) > MaxAnnouncementSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrAnnouncement, len(b), MaxAnnouncementSize)
	}
	if len(b) < 1+dac.HeaderCoreSize {
		return fmt.Errorf("%w: %d bytes", ErrAnnouncement, len(b))
	}
	if b[0] != AnnouncementVersion {
		return fmt.Errorf("%w: version %d", ErrAnnouncement, b[0])
	}
	var out Announcement
	if err := out.Core.SetPacked(b[1 : 1+dac.HeaderCoreSize]); err != nil {
		return fmt.Errorf("%w: %w", ErrAnnouncement, err)
	}
	if err := out.Certificate.UnmarshalBinary(b[1+dac.HeaderCoreSize:]); err != nil {
		return fmt.Errorf("%w: %w", ErrAnnouncement, err)
	}
	if out.Certificate.HeaderHash != out.Core.Hash() {
		return fmt.Errorf("%w: certificate for header %s, core hashes to %s", ErrAnnouncement, out.Certificate.HeaderHash, out.Core.Hash())
	}
	if out.Certificate.Epoch != out.Core.Epoch {
		return fmt.Errorf("%w: certificate epoch %d, header epoch %d", ErrAnnouncement, out.Certificate.Epoch, out.Core.Epoch)
	}
	*a = out
	return nil
}
