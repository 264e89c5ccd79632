package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/quire-da/quire/dac/l1"
)

// committeeUpdateNetwork replaces the sending operator's registered peer
// ID and addresses (Committee.updateNetwork): a node that moved host or
// port, or changed its identity, republishes them without registering
// again. It takes effect at once, in every epoch the operator is in.
func committeeUpdateNetwork(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("committee update-network", stderr)
	var f l1Flags
	f.register(fs, true, true)
	peerID := fs.String("peer-id", "", "the node's libp2p peer `ID` (quire keys p2p show FILE)")
	var addrs multiFlag
	fs.Var(&addrs, "addr", "a public `multiaddr` the node listens on (repeatable)")
	if err := parseNoArgs(fs, args, "update-network"); err != nil {
		return err
	}
	if err := f.check("update-network", true, true); err != nil {
		return err
	}
	if *peerID == "" || len(addrs) == 0 {
		return fmt.Errorf("%w: committee update-network needs --peer-id and at least one --addr", errUsage)
	}
	pid, err := peer.Decode(*peerID)
	if err != nil {
		return fmt.Errorf("%w: --peer-id %q: %v", errUsage, *peerID, err)
	}
	for _, a := range addrs {
		if _, err := ma.NewMultiaddr(a); err != nil {
			return fmt.Errorf("%w: --addr %q: %v", errUsage, a, err)
		}
	}
	ctx, sess, err := openL1(ctx, &f, true)
	if err != nil {
		return err
	}
	defer sess.Close()
	c, key := sess.c, sess.key
	from := l1.NewTransactor(key, c.ChainID())
	r, err := c.UpdateNetwork(ctx, from, []byte(pid), addrs)
	if err != nil {
		return explain(err)
	}
	fmt.Fprintf(stdout, "updated operator %s\n", from.From.Hex())
	fmt.Fprintf(stdout, "  peer id  %s\n", pid)
	fmt.Fprintf(stdout, "  addrs    %s\n", strings.Join(addrs, " "))
	fmt.Fprintf(stdout, "  tx       %s (block %d)\n", r.TxHash.Hex(), r.BlockNumber.Uint64())
	return nil
}
