package main

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
)

func init() {
	register(command{
		name:    "get",
		summary: "fetch a blob's bytes from a disperser",
		run:     runGet,
	})
}

const getUsage = `usage: quire get ID -o FILE [--url URL]

Fetches blob ID (a blob ID, or an OP Stack Alt-DA commitment 0x0171...)
from the disperser, which rebuilds it from the committee's custodians and
verifies every cell, and writes the exact bytes to FILE ("-" for stdout).
Once the hot tier has expired (or cannot be rebuilt) the disperser restores
the blob from the members' archive shards instead and checks the bytes
against the blob's KZG commitments; a mismatch is an error naming the
shards used.
The file is written whole or not at all. Blobs of 1 MiB or more show a
progress bar on stderr (--quiet hides it).

flags:
`

func runGet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("get", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, getUsage)
		fs.PrintDefaults()
	}
	url := fs.String("url", "", "disperser `URL` (default $QUIRE_DISPERSER or "+defaultDisperserURL+")")
	out := fs.String("o", "", "output `file` (\"-\" for stdout)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	timeoutFlag := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: get takes one blob ID", errUsage)
	}
	if *out == "" {
		return fmt.Errorf("%w: -o FILE is required (\"-\" for stdout)", errUsage)
	}
	id, err := parseBlobRef(pos[0])
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	c, err := client.New(disperserURL(*url))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeoutFlag)
	defer cancel()
	var bar *progressBar
	var opts []client.CallOption
	if !*quiet {
		bar = newProgressBar(stderr, "download")
		opts = append(opts, client.WithProgress(func(done, total int64) {
			if total >= int64(progressFrom) || done >= int64(progressFrom) {
				bar.update(done, total)
			}
		}))
	}
	data, err := c.Get(ctx, id, opts...)
	bar.finish()
	if err != nil {
		return err
	}
	if *out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := writeFileAtomic(*out, data); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "wrote %d bytes of blob %s to %s\n", len(data), id, *out)
	return nil
}

// parseBlobRef accepts a blob ID or an Alt-DA commitment, in hex.
func parseBlobRef(s string) (dac.BlobID, error) {
	if id, err := dac.ParseBlobID(s); err == nil {
		return id, nil
	}
	c, err := api.ParseCommitmentHex(s)
	if err != nil {
		return dac.BlobID{}, fmt.Errorf("%q is neither a blob ID (32 bytes of hex) nor a quire Alt-DA commitment", s)
	}
	return c.Blob, nil
}
