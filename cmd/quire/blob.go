package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/erasure"
	"github.com/quire-da/quire/kzg"
)

func init() {
	register(command{
		name:        "blob",
		subcommands: []string{"open"},
		summary:     "read a certified blob's bytes on L1 (blob open)",
		run:         runBlob,
	})
}

const blobUsage = `usage: quire blob open ID --offset N [--length L] [--url URL] [--rpc URL --reader ADDRESS]

open builds the L1 opening of bytes [N, N+L) of blob ID (L defaults to 1;
the range must lie in one data row of 126,976 bytes) for
contracts/BlobReader.sol: it fetches the blob's header and bytes from the
disperser, checks the header's commitments against its commitmentsRoot
and the bytes against the header's row commitments (kzg.CheckBlob), then
computes the row commitment's Merkle proof and a KZG proof per element
(31 blob bytes each) and prints the calldata of BlobReader.read (one
element) or readMany (several). With --reader it also runs the calldata
with eth_call against that BlobReader on L1 (--rpc) and checks that the
contract returns the same bytes; the devnet prints its reader's address.

flags:
`

func runBlob(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, blobUsage)
		return fmt.Errorf("%w: blob needs a subcommand: open", errUsage)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, blobUsage)
		return nil
	case "open":
		return blobOpen(ctx, args[1:], stdout, stderr)
	}
	fmt.Fprint(stderr, blobUsage)
	return fmt.Errorf("%w: unknown blob subcommand %q", errUsage, args[0])
}

func blobOpen(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("blob open", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, blobUsage)
		fs.PrintDefaults()
	}
	url := fs.String("url", "", "disperser `URL` (default $QUIRE_DISPERSER or "+defaultDisperserURL+")")
	offset := fs.Int("offset", -1, "first blob byte to open (required)")
	length := fs.Int("length", 1, "number of bytes to open (in one data row)")
	rpc := fs.String("rpc", "", "L1 JSON-RPC `url` for the eth_call check (default $"+rpcEnv+", else "+defaultRPC+")")
	reader := fs.String("reader", "", "BlobReader contract `address`; without it the calldata is not checked on L1")
	timeout := fs.Duration("timeout", 5*time.Minute, "give up after this long")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: blob open takes one blob ID", errUsage)
	}
	if *offset < 0 {
		return fmt.Errorf("%w: --offset N is required (N >= 0)", errUsage)
	}
	if *length < 1 {
		return fmt.Errorf("%w: --length must be at least 1", errUsage)
	}
	if *reader != "" && !common.IsHexAddress(*reader) {
		return fmt.Errorf("%w: --reader %q is not an address", errUsage, *reader)
	}
	if *timeout <= 0 {
		return fmt.Errorf("%w: --timeout must be positive", errUsage)
	}
	id, err := parseBlobRef(pos[0])
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	c, err := client.New(disperserURL(*url))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()

	h, data, err := fetchVerifiedBlob(ctx, c, id)
	if err != nil {
		return err
	}
	if *offset+*length > len(data) {
		return fmt.Errorf("%w: bytes [%d, %d) are past the end of the %d-byte blob", errUsage, *offset, *offset+*length, len(data))
	}
	kctx, err := kzg.Default()
	if err != nil {
		return err
	}
	o, err := dac.OpenBytes(kctx, h, data, *offset, *length)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	calldata, err := l1.ReadCalldata(id, o)
	if err != nil {
		return err
	}
	fn := "read"
	if len(o.Elements) > 1 {
		fn = "readMany"
	}
	first, _ := erasure.Locate(*offset)
	fmt.Fprintf(stdout, "blob       %s (k=%d, %d bytes)\n", id, h.Core.K, h.Core.Size)
	fmt.Fprintf(stdout, "bytes      [%d, %d) = 0x%x\n", *offset, *offset+*length, data[*offset:*offset+*length])
	fmt.Fprintf(stdout, "elements   row %d, elements %d..%d (byte %d of the first element's 31)\n",
		o.Row, o.Elements[0].Index, o.Elements[len(o.Elements)-1].Index, first.Byte)
	fmt.Fprintf(stdout, "function   BlobReader.%s\n", fn)
	fmt.Fprintf(stdout, "calldata   0x%s\n", hex.EncodeToString(calldata))
	if *reader == "" {
		fmt.Fprintln(stdout, "eth_call   not run (no --reader)")
		return nil
	}
	got, err := readOnL1(ctx, rpcURL(*rpc), common.HexToAddress(*reader), id, o, *offset, *length, *timeout)
	if err != nil {
		return err
	}
	if !bytes.Equal(got, data[*offset:*offset+*length]) {
		return fmt.Errorf("BlobReader %s returned 0x%x for bytes [%d, %d), the blob has 0x%x", *reader, got, *offset, *offset+*length, data[*offset:*offset+*length])
	}
	fmt.Fprintf(stdout, "eth_call   ok: BlobReader %s returned the same %d bytes\n", common.HexToAddress(*reader).Hex(), len(got))
	return nil
}

// fetchVerifiedBlob fetches blob id's header (with its certificate) and
// bytes from the disperser and checks them: the header describes id, its
// 2k commitments hash to its commitmentsRoot, and the bytes are the
// committed rows (kzg.CheckBlob).
func fetchVerifiedBlob(ctx context.Context, c *client.Client, id dac.BlobID) (*dac.Header, []byte, error) {
	cr, err := c.Certificate(ctx, id)
	if err != nil {
		return nil, nil, fmt.Errorf("header of blob %s: %w", id, err)
	}
	var h dac.Header
	if err := h.UnmarshalBinary(cr.Header); err != nil {
		return nil, nil, fmt.Errorf("header of blob %s: %w", id, err)
	}
	if h.BlobID() != id {
		return nil, nil, fmt.Errorf("the disperser's header describes blob %s, not %s", h.BlobID(), id)
	}
	if dac.CommitmentsRoot(h.Commitments) != h.Core.CommitmentsRoot {
		return nil, nil, fmt.Errorf("header of blob %s: the commitments do not hash to its commitmentsRoot", id)
	}
	data, err := c.Get(ctx, id)
	if err != nil {
		return nil, nil, fmt.Errorf("bytes of blob %s: %w", id, err)
	}
	if uint64(len(data)) != h.Core.Size {
		return nil, nil, fmt.Errorf("blob %s: the disperser sent %d bytes, the header says %d", id, len(data), h.Core.Size)
	}
	kctx, err := kzg.Default()
	if err != nil {
		return nil, nil, err
	}
	if err := kctx.CheckBlob(data, int(h.Core.K), h.Commitments); err != nil {
		return nil, nil, fmt.Errorf("blob %s: the disperser's bytes are not the committed ones: %w", id, err)
	}
	return &h, data, nil
}

// readOnL1 runs the opening with eth_call against the BlobReader at addr
// and returns blob bytes [offset, offset+length) as the contract returned
// them.
func readOnL1(ctx context.Context, url string, addr common.Address, id dac.BlobID, o *dac.Opening, offset, length int, timeout time.Duration) ([]byte, error) {
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("l1 %s: %w", url, err)
	}
	defer ec.Close()
	r, err := l1.NewBlobReader(ctx, ec, addr, l1.WithTimeout(timeout))
	if err != nil {
		return nil, fmt.Errorf("l1 %s: %w", url, err)
	}
	payloads, err := r.Read(ctx, id, o)
	if err != nil {
		return nil, fmt.Errorf("BlobReader %s: %w", addr.Hex(), err)
	}
	// The contract's payloads, in place of the opening's own values.
	onChain := *o
	onChain.Elements = append([]dac.OpenedElement(nil), o.Elements...)
	for i := range onChain.Elements {
		copy(onChain.Elements[i].Value[1:], payloads[i][:])
	}
	return onChain.Bytes(offset, length)
}
