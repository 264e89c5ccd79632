package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
	"github.com/quire-da/quire/dac/retrieve"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

func init() {
	register(command{
		name:    "get",
		summary: "fetch a blob's bytes, verified, from a disperser or from the committee members",
		run:     runGet,
	})
}

const getUsage = `usage: quire get ID --out FILE [--url URL] [--no-verify]
       quire get ID --out FILE --from-members --committee ADDRESS [--rpc URL]

Fetches blob ID (a blob ID, or an OP Stack Alt-DA commitment 0x0171...)
and writes its exact bytes to FILE ("-" for stdout). The file is written
whole or not at all. Blobs of 1 MiB or more show a progress bar when stderr
is a terminal (--quiet hides it).

From a disperser (the default), the bytes are verified before anything is
written: the blob's header must hash to the blob ID (with --committee, to
the header hash certified on L1 as well), and the bytes must pack into
rows with the header's KZG row commitments; a mismatch is an error naming
the rows. --no-verify skips this. Never more than the header's size (or
--max-size) is read, whatever the disperser announces.

With --from-members no disperser is involved: the certified header hash
and epoch come from the committee contract on L1 (--committee, --rpc),
the cells from the custodians of that epoch, each verified against the
header's commitments; members that serve bad data are named on stderr and
skipped. When the hot tier is gone the archive shards are used, checked
the same way.

flags:
`

func runGet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("get", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, getUsage)
		fs.PrintDefaults()
	}
	url := fs.String("url", "", "disperser `URL` (default $QUIRE_DISPERSER or "+defaultDisperserURL+")")
	out := fs.String("out", "", "output `file` (\"-\" for stdout)")
	quiet := fs.Bool("quiet", false, "no progress bar")
	timeoutFlag := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	noVerify := fs.Bool("no-verify", false, "write what the disperser sends without checking it against the blob's commitments")
	maxSize := fs.Int64("max-size", int64(erasure.MaxSize(erasure.DefaultMaxRows)), "largest blob accepted, in `bytes`")
	fromMembers := fs.Bool("from-members", false, "fetch from the committee members (needs --committee), not from a disperser")
	rpc := fs.String("rpc", "", "L1 JSON-RPC `url` (default $"+rpcEnv+", else "+defaultRPC+")")
	committee := fs.String("committee", "", "committee contract `address` on L1")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: get takes one blob ID", errUsage)
	}
	if *out == "" {
		return fmt.Errorf("%w: --out FILE is required (\"-\" for stdout)", errUsage)
	}
	if *maxSize <= 0 {
		return fmt.Errorf("%w: --max-size must be positive", errUsage)
	}
	if *committee != "" && !common.IsHexAddress(*committee) {
		return fmt.Errorf("%w: --committee %q is not an address", errUsage, *committee)
	}
	if *fromMembers && *committee == "" {
		return fmt.Errorf("%w: --from-members needs --committee (the blob's certification is read from L1)", errUsage)
	}
	if *fromMembers && *noVerify {
		return fmt.Errorf("%w: --from-members always verifies", errUsage)
	}
	id, err := parseBlobRef(pos[0])
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeoutFlag)
	defer cancel()
	var bar *progressBar
	if !*quiet && isTerminal(stderr) {
		bar = newProgressBar(stderr, "download")
	}
	progress := func(done, total int64) {
		if total >= int64(progressFrom) || done >= int64(progressFrom) {
			bar.update(done, total)
		}
	}

	var c *l1.Committee
	if *committee != "" {
		b, closeL1, err := dialGetL1(ctx, rpcURL(*rpc))
		if err != nil {
			return fmt.Errorf("l1 %s: %w", rpcURL(*rpc), err)
		}
		defer closeL1()
		if c, err = l1.New(ctx, b, common.HexToAddress(*committee)); err != nil {
			return fmt.Errorf("l1 %s: %w", rpcURL(*rpc), err)
		}
	}
	var data []byte
	if *fromMembers {
		data, err = getFromMembers(ctx, c, id, *maxSize, progress, stderr)
	} else {
		data, err = getFromDisperser(ctx, disperserURL(*url), c, id, !*noVerify, *maxSize, progress)
	}
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

// dialGetL1 connects to the L1 endpoint (tests point it at a simulated
// chain).
var dialGetL1 = func(ctx context.Context, url string) (l1.Backend, func(), error) {
	c, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, nil, err
	}
	return c, c.Close, nil
}

// getFromDisperser fetches the bytes from a disperser, verified unless
// verify is false. With c, the header must also be the one certified on
// L1.
func getFromDisperser(ctx context.Context, url string, c *l1.Committee, id dac.BlobID, verify bool, maxSize int64, progress client.Progress) ([]byte, error) {
	cl, err := client.New(url, client.WithMaxBlobSize(maxSize))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	opts := []client.CallOption{client.WithProgress(progress)}
	if verify {
		k, err := kzg.Default()
		if err != nil {
			return nil, err
		}
		opts = append(opts, client.WithVerify(k))
		if c != nil {
			hdr, err := certifiedHeader(ctx, cl, c, id)
			if err != nil {
				return nil, err
			}
			opts = append(opts, client.WithHeader(hdr))
		}
	}
	return cl.Get(ctx, id, opts...)
}

// certifiedHeader returns the disperser's header for id once it hashes to
// the header hash certified on L1.
func certifiedHeader(ctx context.Context, cl *client.Client, c *l1.Committee, id dac.BlobID) (*dac.Header, error) {
	cert, ok, err := c.Certification(ctx, id)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("blob %s is not certified on L1 (committee %s)", id, c.Address())
	}
	res, err := cl.Certificate(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("the header of blob %s: %w", id, err)
	}
	var h dac.Header
	if err := h.UnmarshalBinary(res.Header); err != nil {
		return nil, fmt.Errorf("%w: header: %v", client.ErrNotVerified, err)
	}
	if h.Hash() != cert.HeaderHash {
		return nil, fmt.Errorf("%w: the disperser's header %s is not the one certified on L1 (%s)", client.ErrNotVerified, h.Hash(), cert.HeaderHash)
	}
	return &h, nil
}

// getFromMembers fetches the blob from the committee members with
// verified retrieval, naming members that served bad data on stderr.
func getFromMembers(ctx context.Context, c *l1.Committee, id dac.BlobID, maxSize int64, progress client.Progress, stderr io.Writer) ([]byte, error) {
	k, err := kzg.Default()
	if err != nil {
		return nil, err
	}
	ident, err := p2p.GenerateIdentity()
	if err != nil {
		return nil, err
	}
	// Outbound only; the listener stays on loopback.
	h, err := p2p.NewHost(ident, []string{"/ip4/127.0.0.1/tcp/0"}, p2p.DefaultLimits())
	if err != nil {
		return nil, err
	}
	defer h.Close()
	cfg := retrieve.DefaultConfig(c.ChainID(), c.Address())
	cfg.MaxRows = uint32(min(erasure.RowsFor(int(min(maxSize, 1<<40))), dac.MaxEncodedRows))
	if deadline, ok := ctx.Deadline(); ok {
		cfg.Timeout = max(time.Until(deadline), time.Second)
	}
	r, err := retrieve.New(cfg, retrieve.Deps{
		Transport:      retrieve.NewP2P(h, k, cfg.MaxRows),
		Committees:     retrieve.L1Committees{Contract: c},
		Certifications: c,
		KZG:            k,
	})
	if err != nil {
		return nil, err
	}
	b, err := r.Get(ctx, id, retrieve.WithProgress(func(p retrieve.Progress) {
		if p.Total > 0 {
			progress(int64(p.Size)*int64(p.Done)/int64(p.Total), int64(p.Size))
		}
	}))
	var ue *retrieve.UnavailableError
	if errors.As(err, &ue) {
		for _, f := range ue.Faults {
			fmt.Fprintf(stderr, "member %d (%s) served bad %s: %v\n", f.Member, f.Peer, f.What, f.Err)
		}
	}
	if err != nil {
		return nil, err
	}
	for _, f := range b.Faults {
		fmt.Fprintf(stderr, "member %d (%s) served bad %s (skipped): %v\n", f.Member, f.Peer, f.What, f.Err)
	}
	if int64(b.Size()) > maxSize {
		return nil, fmt.Errorf("blob %s is %d bytes, --max-size is %d", id, b.Size(), maxSize)
	}
	data, err := b.Canonical()
	if err != nil {
		// The rows verified but carry more than bytes (non-zero top
		// bytes or padding): write their byte view, and say so.
		fmt.Fprintf(stderr, "note: blob %s's rows are not a packing of bytes (%v); writing the low 31 bytes of each element\n", id, err)
		data = b.Bytes()
	}
	return data, nil
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
