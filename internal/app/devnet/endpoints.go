package devnet

// Endpoints is where a running devnet's services are.
type Endpoints struct {
	// L1RPC is the L1's JSON-RPC URL (the embedded one's, or L1RPC).
	L1RPC   string `json:"l1_rpc"`
	ChainID uint64 `json:"chain_id"`
	// Contract is the committee contract's address; Admin the account
	// that deployed it and may queue membership changes.
	Contract string `json:"contract"`
	Admin    string `json:"admin"`
	// BlobReader is the address of contracts/BlobReader.sol, bound to
	// Contract (quire blob open checks its calldata against it).
	BlobReader string `json:"blob_reader"`
	Epoch      uint64 `json:"epoch"`
	// Disperser is the disperser's HTTP base URL; DisperserPeer its libp2p
	// peer ID (the one the members accept dispersals from).
	Disperser     string `json:"disperser"`
	DisperserPeer string `json:"disperser_peer"`
	// Dashboard is the web dashboard's URL.
	Dashboard string `json:"dashboard"`
	// Sampler is the light client's base URL: /status, /status/{id},
	// /metrics, /healthz.
	Sampler     string           `json:"sampler"`
	SamplerPeer string           `json:"sampler_peer"`
	Members     []MemberEndpoint `json:"members"`
	// Rollup is the bundled rollup: its chain ID, inbox, sequencer and
	// verifier JSON-RPC, and the prefunded accounts.
	Rollup *RollupEndpoints `json:"rollup,omitempty"`
}

// MemberEndpoint is one committee member.
type MemberEndpoint struct {
	Index    int      `json:"index"`
	PeerID   string   `json:"peer_id"`
	Addrs    []string `json:"addrs"`    // libp2p multiaddrs, without the /p2p part
	Operator string   `json:"operator"` // L1 account
	Metrics  string   `json:"metrics"`  // base URL of /metrics and /healthz
	Online   bool     `json:"online"`
}

// Endpoints returns where everything listens.
func (d *Devnet) Endpoints() Endpoints {
	e := Endpoints{
		L1RPC:         d.chain.url,
		ChainID:       d.chain.chainID,
		Contract:      d.contract.Address().Hex(),
		Admin:         d.admin.addr.Hex(),
		BlobReader:    d.reader.Address().Hex(),
		Epoch:         d.epoch,
		Disperser:     d.dispURL,
		DisperserPeer: d.disp.PeerID().String(),
		Dashboard:     d.dashURL,
		Sampler:       d.lightURL,
		SamplerPeer:   d.light.Host().ID().String(),
	}
	for _, m := range d.members {
		m.mu.RLock()
		e.Members = append(e.Members, MemberEndpoint{
			Index: m.index, PeerID: m.peer.String(), Addrs: append([]string(nil), m.addrs...),
			Operator: m.operator.addr.Hex(), Metrics: m.metrics, Online: m.node != nil,
		})
		m.mu.RUnlock()
	}
	e.Rollup = d.rollup.endpoints()
	return e
}
