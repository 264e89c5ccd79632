package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/l1"
)

func init() {
	register(command{
		name:        "cert",
		subcommands: []string{"verify"},
		summary:     "check a certificate against the committee on L1",
		run:         runCert,
	})
}

const certUsage = `usage: quire cert verify CERT [--rpc URL] [--committee ADDR] [--on-chain] [--json]

Checks a certificate off chain against the committee the contract on L1
records for the certificate's epoch: the signer bitmap fits the committee,
at least the threshold signed, and the aggregate signature verifies over
the attest message (chain, contract, epoch, header hash). With --on-chain
the contract's verifyCertificate is asked too (an eth_call, no
transaction).

CERT is a file written by 'quire put --out' (or any JSON with a
"certificate" field, and optionally "header" and "committee"), a file
holding the certificate's hex, or the hex itself. When a header is given,
the certificate must be for it, and its blob ID is printed.

The RPC endpoint comes from --rpc, else $QUIRE_RPC, else
http://127.0.0.1:8545; the contract from --committee, else the file's
"committee" field.

flags:
`

// errCertInvalid is returned by cert verify for a certificate that does
// not verify.
var errCertInvalid = errors.New("certificate does not verify")

func runCert(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "verify" {
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
			fmt.Fprint(stdout, certUsage)
			return nil
		}
		fmt.Fprint(stderr, certUsage)
		return fmt.Errorf("%w: cert needs the subcommand verify", errUsage)
	}
	fs := newFlagSet("cert verify", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, certUsage)
		fs.PrintDefaults()
	}
	rpc := fs.String("rpc", "", "L1 JSON-RPC `url`")
	committee := fs.String("committee", "", "committee contract `address`")
	onChain := fs.Bool("on-chain", false, "also ask the contract's verifyCertificate")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	timeoutFlag := fs.Duration("timeout", time.Minute, "give up after this long")
	pos, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("%w: cert verify takes one CERT", errUsage)
	}
	in, err := readCertInput(pos[0])
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if *committee != "" {
		in.committee = *committee
	}
	if !common.IsHexAddress(in.committee) {
		return fmt.Errorf("%w: the committee contract address is needed (--committee)", errUsage)
	}
	url := *rpc
	if url == "" {
		url = os.Getenv("QUIRE_RPC")
	}
	if url == "" {
		url = "http://127.0.0.1:8545"
	}
	ctx, cancel := context.WithTimeout(ctx, *timeoutFlag)
	defer cancel()
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("l1 %s: %w", url, err)
	}
	defer ec.Close()
	rep, err := verifyCertificate(ctx, ec, common.HexToAddress(in.committee), in, *onChain)
	if rep != nil {
		if *asJSON {
			enc := json.NewEncoder(stdout)
			enc.SetIndent("", "  ")
			enc.Encode(rep)
		} else {
			printCertReport(stdout, rep)
		}
	}
	return err
}

// certInput is what cert verify was given.
type certInput struct {
	cert      *dac.Certificate
	header    *dac.Header // optional
	committee string      // optional
}

// readCertInput reads CERT: a JSON file, a hex file, or hex.
func readCertInput(arg string) (*certInput, error) {
	raw := []byte(arg)
	if st, err := os.Stat(arg); err == nil && st.Mode().IsRegular() {
		if st.Size() > 8<<20 {
			return nil, fmt.Errorf("%s: larger than 8 MiB", arg)
		}
		if raw, err = os.ReadFile(arg); err != nil {
			return nil, err
		}
	}
	return parseCertText(arg, string(raw))
}

// parseCertText decodes a certificate document: JSON with a
// "certificate" field (and optionally "header" and "committee"), or the
// certificate's hex. name labels errors.
func parseCertText(name, raw string) (*certInput, error) {
	text := strings.TrimSpace(raw)
	in := &certInput{}
	if strings.HasPrefix(text, "{") {
		var doc struct {
			Certificate api.Hex `json:"certificate"`
			Header      api.Hex `json:"header"`
			Committee   string  `json:"committee"`
		}
		if err := json.Unmarshal([]byte(text), &doc); err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		if len(doc.Certificate) == 0 {
			return nil, fmt.Errorf("%s: no \"certificate\" field", name)
		}
		var c dac.Certificate
		if err := c.UnmarshalBinary(doc.Certificate); err != nil {
			return nil, err
		}
		in.cert, in.committee = &c, doc.Committee
		if len(doc.Header) > 0 {
			var h dac.Header
			if err := h.UnmarshalBinary(doc.Header); err != nil {
				return nil, fmt.Errorf("header: %w", err)
			}
			in.header = &h
		}
		return in, nil
	}
	var c dac.Certificate
	if err := c.UnmarshalText([]byte(text)); err != nil {
		return nil, err
	}
	in.cert = &c
	return in, nil
}

// certReport is what cert verify found.
type certReport struct {
	Valid      bool           `json:"valid"`
	Reason     string         `json:"reason,omitempty"`
	HeaderHash dac.HeaderHash `json:"header_hash"`
	BlobID     *dac.BlobID    `json:"blob_id,omitempty"`
	Epoch      uint64         `json:"epoch"`
	ChainID    uint64         `json:"chain_id"`
	Committee  string         `json:"committee"`
	Signers    []int          `json:"signers"`
	Members    int            `json:"members"`
	Threshold  int            `json:"threshold"`
	OnChain    string         `json:"on_chain,omitempty"` // "valid", or the contract's reason
}

// verifyCertificate checks in.cert against the committee of its epoch as
// the contract at addr records it. It returns the report, and an error
// wrapping errCertInvalid when the certificate does not verify (or is not
// for the header given).
func verifyCertificate(ctx context.Context, b l1.Backend, addr common.Address, in *certInput, onChain bool) (*certReport, error) {
	c, err := l1.New(ctx, b, addr)
	if err != nil {
		return nil, err
	}
	cert := in.cert
	rep := &certReport{HeaderHash: cert.HeaderHash, Epoch: cert.Epoch, ChainID: c.ChainID(), Committee: addr.Hex(),
		Signers: cert.Signers.Indexes(), Members: cert.Signers.Len()}
	ec, err := c.Committee(ctx, cert.Epoch)
	if err != nil {
		if errors.Is(err, l1.ErrUnknownEpoch) {
			rep.Reason = err.Error()
			return rep, fmt.Errorf("%w: %v", errCertInvalid, err)
		}
		return nil, err
	}
	rep.Members, rep.Threshold = len(ec.Members), ec.Threshold
	var problems []string
	if in.header != nil {
		id := in.header.BlobID()
		rep.BlobID = &id
		if in.header.Hash() != cert.HeaderHash || in.header.Core.Epoch != cert.Epoch {
			problems = append(problems, "the certificate is not for the header given")
		}
	}
	if err := cert.Verify(ec.Keys(), ec.Threshold, c.ChainID(), addr); err != nil {
		problems = append(problems, err.Error())
	}
	if onChain {
		if err := c.VerifyCertificate(ctx, cert, ec); err != nil {
			rep.OnChain = err.Error()
			problems = append(problems, "on chain: "+err.Error())
		} else {
			rep.OnChain = "valid"
		}
	}
	if len(problems) > 0 {
		rep.Reason = strings.Join(problems, "; ")
		return rep, fmt.Errorf("%w: %s", errCertInvalid, rep.Reason)
	}
	rep.Valid = true
	return rep, nil
}

func printCertReport(w io.Writer, r *certReport) {
	verdict := "valid"
	if !r.Valid {
		verdict = "INVALID: " + r.Reason
	}
	fmt.Fprintf(w, "certificate  %s\n", verdict)
	fmt.Fprintf(w, "header hash  %s\n", r.HeaderHash)
	if r.BlobID != nil {
		fmt.Fprintf(w, "blob         %s\n", r.BlobID)
	}
	fmt.Fprintf(w, "committee    %s on chain %d, epoch %d\n", r.Committee, r.ChainID, r.Epoch)
	fmt.Fprintf(w, "signers      %d of %d (threshold %d) %v\n", len(r.Signers), r.Members, r.Threshold, r.Signers)
	if r.OnChain != "" {
		fmt.Fprintf(w, "on chain     %s\n", r.OnChain)
	}
}
