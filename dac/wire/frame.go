package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// Type is the first byte of a frame: which message follows.
type Type uint8

// Message types. The numbers are part of the protocol.
const (
	TypeDisperseBegin Type = 0x01
	TypeColumn        Type = 0x02
	TypeAttestation   Type = 0x03
	TypeRejection     Type = 0x04
	TypeCellsRequest  Type = 0x10
	TypeCellsHeader   Type = 0x11
	TypeCellBatch     Type = 0x12
	// /quire/cells/2: a query that says whether it wants the header, and
	// the opening of an answer without it.
	TypeCellsQuery Type = 0x13
	TypeCellsCount Type = 0x14
	// The archive tier: a shard in a dispersal (after the columns) and on
	// /quire/archive/1.
	TypeArchiveShard   Type = 0x05
	TypeArchiveRequest Type = 0x20
	TypeArchiveHeader  Type = 0x21
)

func (t Type) String() string {
	switch t {
	case TypeDisperseBegin:
		return "disperse-begin"
	case TypeColumn:
		return "column"
	case TypeAttestation:
		return "attestation"
	case TypeRejection:
		return "rejection"
	case TypeCellsRequest:
		return "cells-request"
	case TypeCellsHeader:
		return "cells-header"
	case TypeCellBatch:
		return "cell-batch"
	case TypeCellsQuery:
		return "cells-query"
	case TypeCellsCount:
		return "cells-count"
	case TypeArchiveShard:
		return "archive-shard"
	case TypeArchiveRequest:
		return "archive-request"
	case TypeArchiveHeader:
		return "archive-header"
	}
	return fmt.Sprintf("type(0x%02x)", uint8(t))
}

// Framing and decoding errors. A peer that causes one is misbehaving (or
// speaks another version); retrying the same bytes cannot help.
var (
	// ErrFrameTooLarge: a frame's announced length is above the reader's
	// cap. Nothing beyond the 4-byte prefix was read.
	ErrFrameTooLarge = errors.New("wire: frame too large")
	// ErrMalformed: a frame or message does not decode.
	ErrMalformed = errors.New("wire: malformed message")
	// ErrUnexpectedType: a well-formed frame of the wrong type for the
	// protocol step.
	ErrUnexpectedType = errors.New("wire: unexpected message type")
)

// FrameOverhead is the number of bytes a frame adds to a message encoding:
// the length prefix and the type byte.
const FrameOverhead = 4 + 1

// Message is one protocol message.
type Message interface {
	// Type is the frame type the message travels under.
	Type() Type
	// AppendBinary appends the canonical encoding (without the frame).
	AppendBinary(b []byte) ([]byte, error)
	// UnmarshalBinary decodes exactly one canonical encoding.
	UnmarshalBinary(b []byte) error
}

// AppendFrame appends m framed: length, type, encoding.
func AppendFrame(b []byte, m Message) ([]byte, error) {
	start := len(b)
	b = append(b, 0, 0, 0, 0, byte(m.Type()))
	b, err := m.AppendBinary(b)
	if err != nil {
		return b[:start], err
	}
	n := len(b) - start - 4
	if uint64(n) > 1<<32-1 {
		return b[:start], fmt.Errorf("wire: %s message of %d bytes cannot be framed", m.Type(), n)
	}
	binary.BigEndian.PutUint32(b[start:], uint32(n))
	return b, nil
}

// WriteMessage writes m as one frame.
func WriteMessage(w io.Writer, m Message) error {
	b, err := AppendFrame(nil, m)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// ReadFrame reads one frame of at most max bytes (type byte and encoding)
// and returns its type and encoding. It returns ErrFrameTooLarge, without
// reading the body, when the length prefix exceeds max; ErrMalformed for an
// empty frame; io.EOF when the stream ends cleanly before a frame and
// io.ErrUnexpectedEOF when it ends inside one.
func ReadFrame(r io.Reader, max int) (Type, []byte, error) {
	var hdr [4]byte
	if _, err := io.ReadFull(r, hdr[:]); err != nil {
		return 0, nil, err
	}
	n := binary.BigEndian.Uint32(hdr[:])
	if n == 0 {
		return 0, nil, fmt.Errorf("%w: empty frame", ErrMalformed)
	}
	if uint64(n) > uint64(max) {
		return 0, nil, fmt.Errorf("%w: %d bytes, at most %d", ErrFrameTooLarge, n, max)
	}
	body := make([]byte, n)
	if _, err := io.ReadFull(r, body); err != nil {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return 0, nil, err
	}
	return Type(body[0]), body[1:], nil
}

// ReadMessage reads one frame of at most max bytes into m. A Rejection in
// place of the expected message is returned as a *RejectError; any other
// type gives ErrUnexpectedType.
func ReadMessage(r io.Reader, max int, m Message) error {
	typ, body, err := ReadFrame(r, max)
	if err != nil {
		return err
	}
	if typ != m.Type() {
		if typ == TypeRejection {
			var rej Rejection
			if err := rej.UnmarshalBinary(body); err != nil {
				return err
			}
			return rej.Err()
		}
		return fmt.Errorf("%w: got %s, want %s", ErrUnexpectedType, typ, m.Type())
	}
	return m.UnmarshalBinary(body)
}
