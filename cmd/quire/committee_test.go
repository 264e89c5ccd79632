package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	ethcrypto "github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	p2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/keystore"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
)

// rpcRequest and rpcResponse are JSON-RPC 2.0 messages.
type rpcRequest struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcErrorJSON struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcErrorJSON   `json:"error,omitempty"`
}

// newHTTPSimulated starts a simulated L1 (the rules of l1.Prague, chain
// 1337) whose node serves JSON-RPC over HTTP on 127.0.0.1, and returns it
// with a front end that forwards every request to that endpoint and mines
// a block after each transaction it is sent, as `geth --dev` does: the
// commands under test talk to it exactly as they would to a node.
func newHTTPSimulated(t *testing.T, alloc types.GenesisAlloc) (*simulated.Backend, string) {
	t.Helper()
	cfg, err := l1.SimulatedChainConfig(l1.Prague)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	sim := simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		ec.Genesis.Config = cfg
		nc.HTTPHost, nc.HTTPPort = "127.0.0.1", port
		nc.HTTPModules = []string{"eth", "net", "web3"}
	})
	t.Cleanup(func() { sim.Close() })
	inner, err := rpc.DialContext(context.Background(), fmt.Sprintf("http://127.0.0.1:%d", port))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(inner.Close)
	return sim, serveMining(t, sim, inner)
}

// serveMining serves inner's JSON-RPC over HTTP on 127.0.0.1 and commits a
// block on sim after every eth_sendRawTransaction.
func serveMining(t *testing.T, sim *simulated.Backend, inner *rpc.Client) string {
	t.Helper()
	var mu sync.Mutex // one request at a time: Commit must follow its send
	handle := func(ctx context.Context, req rpcRequest) rpcResponse {
		resp := rpcResponse{JSONRPC: "2.0", ID: req.ID}
		params := make([]any, len(req.Params))
		for i, p := range req.Params {
			params[i] = p
		}
		var result json.RawMessage
		err := inner.CallContext(ctx, &result, req.Method, params...)
		if err != nil {
			e := &rpcErrorJSON{Code: -32000, Message: err.Error()}
			var ce rpc.Error
			if errors.As(err, &ce) {
				e.Code = ce.ErrorCode()
			}
			var de rpc.DataError
			if errors.As(err, &de) {
				e.Data = de.ErrorData()
			}
			resp.Error = e
			return resp
		}
		if result == nil {
			result = json.RawMessage("null")
		}
		resp.Result = result
		if req.Method == "eth_sendRawTransaction" {
			sim.Commit()
		}
		return resp
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		var body json.RawMessage
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<20)).Decode(&body); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if t := bytes.TrimSpace(body); len(t) > 0 && t[0] == '[' {
			var reqs []rpcRequest
			if err := json.Unmarshal(body, &reqs); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			out := make([]rpcResponse, len(reqs))
			for i, req := range reqs {
				out[i] = handle(r.Context(), req)
			}
			json.NewEncoder(w).Encode(out)
			return
		}
		var req rpcRequest
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(handle(r.Context(), req))
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// committeeEnv is a simulated L1 served over HTTP with funded accounts,
// their key files, and BLS keystores for the operators.
type committeeEnv struct {
	url      string
	dir      string
	pwFile   string
	admin    string // key file
	ops      []testOperator
	outputs  []string
	password string
}

type testOperator struct {
	keyFile  string
	address  common.Address
	keystore string
	pk       bls.PublicKey
	peerID   peer.ID
	addr     string
}

func newCommitteeEnv(t *testing.T, n int) *committeeEnv {
	t.Helper()
	dir := t.TempDir()
	e := &committeeEnv{dir: dir, password: "correct horse battery staple"}
	e.pwFile = filepath.Join(dir, "password")
	if err := os.WriteFile(e.pwFile, []byte(e.password+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv(passwordEnv, "")
	os.Unsetenv(passwordEnv)
	t.Setenv(rpcEnv, "")
	os.Unsetenv(rpcEnv)

	alloc := types.GenesisAlloc{}
	funds := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	newAccount := func(name string) (string, common.Address) {
		key, err := ethcrypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte("0x"+hex.EncodeToString(ethcrypto.FromECDSA(key))+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		addr := ethcrypto.PubkeyToAddress(key.PublicKey)
		alloc[addr] = types.Account{Balance: funds}
		return path, addr
	}
	e.admin, _ = newAccount("admin.key")
	for i := range n {
		var op testOperator
		op.keyFile, op.address = newAccount(fmt.Sprintf("op%d.key", i))
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		op.pk = sk.PublicKey()
		ks, err := keystore.EncryptKey(sk, e.password, rand.Reader, keystore.WithLightKDF())
		if err != nil {
			t.Fatal(err)
		}
		data, err := ks.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		op.keystore = filepath.Join(dir, fmt.Sprintf("op%d.json", i))
		if err := os.WriteFile(op.keystore, data, 0o600); err != nil {
			t.Fatal(err)
		}
		priv, _, err := p2pcrypto.GenerateEd25519Key(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		if op.peerID, err = peer.IDFromPrivateKey(priv); err != nil {
			t.Fatal(err)
		}
		op.addr = fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", 4001+i)
		e.ops = append(e.ops, op)
	}
	_, e.url = newHTTPSimulated(t, alloc)
	return e
}

// run runs `quire committee args...` against the environment's endpoint.
func (e *committeeEnv) run(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	full := append([]string{"committee", args[0], "--rpc", e.url, "--timeout", "30s"}, args[1:]...)
	var out, errOut bytes.Buffer
	code = run(full, &out, &errOut)
	e.outputs = append(e.outputs, out.String(), errOut.String())
	return code, out.String(), errOut.String()
}

func (e *committeeEnv) mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := e.run(t, args...)
	if code != 0 {
		t.Fatalf("committee %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func (e *committeeEnv) deploy(t *testing.T, extra ...string) string {
	t.Helper()
	out := e.mustRun(t, append([]string{"deploy", "--key-file", e.admin}, extra...)...)
	addr := strings.TrimSpace(out)
	if !common.IsHexAddress(addr) {
		t.Fatalf("deploy printed %q, not an address", out)
	}
	return addr
}

func (e *committeeEnv) register(t *testing.T, contract string, op testOperator) (int, string) {
	t.Helper()
	e.mustRun(t, "approve", "--committee", contract, "--key-file", e.admin, "--operator", op.address.Hex())
	code, out, errOut := e.run(t, "register", "--committee", contract, "--key-file", op.keyFile,
		"--keystore", op.keystore, "--password-file", e.pwFile, "--peer-id", op.peerID.String(),
		"--addr", op.addr, "--addr", op.addr+"/p2p/"+op.peerID.String())
	return code, out + errOut
}

var changeIDRE = regexp.MustCompile(`queued change (\d+),`)

func TestCommitteeLifecycle(t *testing.T) {
	e := newCommitteeEnv(t, 4)
	contract := e.deploy(t, "--delay", "0s", "--rotation-window", "10m")

	// Before any change there is no committee.
	var empty committeeJSON
	if err := json.Unmarshal([]byte(e.mustRun(t, "show", "--committee", contract, "--json")), &empty); err != nil {
		t.Fatal(err)
	}
	if empty.Epoch != 0 || empty.CurrentEpoch != 0 || len(empty.Members) != 0 {
		t.Fatalf("fresh contract shows %+v", empty)
	}

	for _, op := range e.ops {
		if code, out := e.register(t, contract, op); code != 0 {
			t.Fatalf("register %s: exit %d: %s", op.address.Hex(), code, out)
		}
	}
	// Registering the same account again is refused by name.
	if code, out := e.register(t, contract, e.ops[0]); code != 1 || !strings.Contains(out, "OperatorAlreadyRegistered") {
		t.Fatalf("second registration: exit %d: %s", code, out)
	}

	add := []string{"change", "--committee", contract, "--threshold", "2", "--replication", "2"}
	for _, op := range e.ops {
		add = append(add, "--add", op.address.Hex())
	}
	// Only the admin may queue a change.
	code, _, errOut := e.run(t, append(append([]string{}, add...), "--key-file", e.ops[0].keyFile)...)
	if code != 1 || !strings.Contains(errOut, "NotAdmin") {
		t.Fatalf("change from a non-admin: exit %d: %s", code, errOut)
	}
	m := changeIDRE.FindStringSubmatch(e.mustRun(t, append(add, "--key-file", e.admin)...))
	if m == nil {
		t.Fatal("change printed no ID")
	}
	// Anyone may execute it.
	out := e.mustRun(t, "execute", "--committee", contract, "--key-file", e.ops[1].keyFile, "--id", m[1])
	if !strings.Contains(out, "epoch 1 started") {
		t.Fatalf("execute: %s", out)
	}
	// A second execution is refused by name.
	code, _, errOut = e.run(t, "execute", "--committee", contract, "--key-file", e.admin, "--id", m[1])
	if code != 1 || !strings.Contains(errOut, "ChangeNotPending") {
		t.Fatalf("second execute: exit %d: %s", code, errOut)
	}

	var got committeeJSON
	if err := json.Unmarshal([]byte(e.mustRun(t, "show", "--committee", contract, "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if got.Epoch != 1 || got.CurrentEpoch != 1 || got.Threshold != 2 || got.Size != 4 || len(got.Members) != 4 || got.Replication != 2 ||
		got.ChainID != 1337 || !strings.EqualFold(got.Contract, contract) || got.Start == "" || got.End != "" {
		t.Fatalf("show: %+v", got)
	}
	seen := map[common.Address]bool{}
	for i, mem := range got.Members {
		var op *testOperator
		for j := range e.ops {
			if strings.EqualFold(e.ops[j].address.Hex(), mem.Operator) {
				op = &e.ops[j]
			}
		}
		if op == nil || seen[op.address] {
			t.Fatalf("member %d: operator %s unknown or repeated", i, mem.Operator)
		}
		seen[op.address] = true
		if mem.Index != i || !mem.Active || mem.FromEpoch != 1 {
			t.Errorf("member %d: %+v", i, mem)
		}
		if mem.PublicKey != op.pk.String() {
			t.Errorf("member %d: key %s, registered %s", i, mem.PublicKey, op.pk.String())
		}
		if mem.PeerID != op.peerID.String() {
			t.Errorf("member %d: peer ID %s, registered %s", i, mem.PeerID, op.peerID)
		}
		want := []string{op.addr, op.addr + "/p2p/" + op.peerID.String()}
		if strings.Join(mem.Addrs, " ") != strings.Join(want, " ") {
			t.Errorf("member %d: addrs %q, registered %q", i, mem.Addrs, want)
		}
	}
	// The members, as printed, are a static committee: their proofs of
	// possession come from the registration transactions.
	showJSON := e.mustRun(t, "show", "--committee", contract, "--json")
	var static struct {
		Members []p2p.StaticMemberConfig `json:"members"`
	}
	if err := json.Unmarshal([]byte(showJSON), &static); err != nil {
		t.Fatalf("show --json members as a static committee: %v", err)
	}
	sc := p2p.StaticCommitteeConfig{Epoch: 1, Threshold: got.Threshold, Replication: got.Replication, Members: static.Members}
	if c, err := sc.Committee(); err != nil || len(c.Members) != 4 {
		t.Fatalf("static committee from show --json: %v", err)
	}

	// The text form names the same members; an explicit epoch works too.
	text := e.mustRun(t, "show", "--committee", contract, "--epoch", "1")
	for _, want := range []string{"threshold  2 of 4", "replication 2", e.ops[2].peerID.String(), e.ops[1].pk.String()} {
		if !strings.Contains(text, want) {
			t.Errorf("show text lacks %q:\n%s", want, text)
		}
	}
	if code, _, errOut := e.run(t, "show", "--committee", contract, "--epoch", "7"); code != 1 || !strings.Contains(errOut, "epoch") {
		t.Errorf("show of an unknown epoch: exit %d: %s", code, errOut)
	}
	ops := e.mustRun(t, "operators", "--committee", contract)
	if strings.Count(ops, "member since epoch 1") != 4 {
		t.Errorf("operators:\n%s", ops)
	}

	// A change on a contract with a delay is not executable at once, and
	// says so by name; it can be cancelled.
	slow := e.deploy(t, "--delay", "1h")
	if code, out := e.register(t, slow, e.ops[0]); code != 0 {
		t.Fatalf("register: %s", out)
	}
	m = changeIDRE.FindStringSubmatch(e.mustRun(t, "change", "--committee", slow, "--key-file", e.admin,
		"--add", e.ops[0].address.Hex(), "--threshold", "1", "--replication", "2"))
	if m == nil {
		t.Fatal("change printed no ID")
	}
	code, _, errOut = e.run(t, "execute", "--committee", slow, "--key-file", e.admin, "--id", m[1])
	if code != 1 || !strings.Contains(errOut, "ChangeNotReady") {
		t.Fatalf("early execute: exit %d: %s", code, errOut)
	}
	e.mustRun(t, "cancel", "--committee", slow, "--key-file", e.admin, "--id", m[1])

	for _, o := range e.outputs {
		if strings.Contains(o, e.password) {
			t.Fatalf("output leaks the passphrase:\n%s", o)
		}
	}
}

func TestCommitteeErrors(t *testing.T) {
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "l1.key")
	os.WriteFile(keyFile, []byte("0x"+strings.Repeat("11", 32)), 0o600)
	badKey := filepath.Join(dir, "bad.key")
	os.WriteFile(badKey, []byte("not a key"), 0o600)
	addr := "0x" + strings.Repeat("ab", 20)
	// Nothing listens here: a command that got past its argument checks
	// fails to connect (exit 1), not with a usage error.
	dead := "http://127.0.0.1:1"
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no subcommand", nil, 2, "needs a subcommand"},
		{"unknown subcommand", []string{"frobnicate"}, 2, "unknown committee subcommand"},
		{"deploy without key", []string{"deploy", "--rpc", dead}, 2, "--key-file"},
		{"deploy bad admin", []string{"deploy", "--key-file", keyFile, "--admin", "0x12"}, 2, "--admin"},
		{"deploy fractional delay", []string{"deploy", "--key-file", keyFile, "--delay", "1.5s"}, 2, "whole"},
		{"deploy bad key file", []string{"deploy", "--rpc", dead, "--key-file", badKey}, 1, "neither a V3 keystore nor a hex secp256k1"},
		{"deploy stray argument", []string{"deploy", "--key-file", keyFile, "extra"}, 2, "takes no arguments"},
		{"show without committee", []string{"show"}, 2, "--committee"},
		{"show bad committee", []string{"show", "--committee", "nope"}, 2, "not an address"},
		{"show unreachable", []string{"show", "--rpc", dead, "--committee", addr, "--timeout", "5s"}, 1, "127.0.0.1:1"},
		{"register no peer", []string{"register", "--committee", addr, "--key-file", keyFile, "--keystore", "ks"}, 2, "--peer-id"},
		{"register bad peer", []string{"register", "--committee", addr, "--key-file", keyFile, "--keystore", "ks",
			"--peer-id", "QmNotAPeer", "--addr", "/ip4/127.0.0.1/tcp/1"}, 2, "--peer-id"},
		{"change empty", []string{"change", "--committee", addr, "--key-file", keyFile}, 2, "needs --add"},
		{"change bad operator", []string{"change", "--committee", addr, "--key-file", keyFile, "--add", "0xzz"}, 2, "--add"},
		{"change big threshold", []string{"change", "--committee", addr, "--key-file", keyFile, "--threshold", "300"}, 2, "255"},
		{"execute no id", []string{"execute", "--committee", addr, "--key-file", keyFile}, 2, "--id"},
		{"execute bad id", []string{"execute", "--committee", addr, "--key-file", keyFile, "--id", "-1"}, 2, "--id"},
		{"unknown flag", []string{"show", "--committee", addr, "--nope"}, 2, "nope"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := run(append([]string{"committee"}, tc.args...), &out, &errOut)
			if code != tc.code || !strings.Contains(errOut.String(), tc.want) {
				t.Fatalf("exit %d (want %d), stderr %q (want %q)", code, tc.code, errOut.String(), tc.want)
			}
			if strings.Contains(out.String()+errOut.String(), strings.Repeat("11", 32)) {
				t.Fatal("the L1 key leaked into the output")
			}
		})
	}
}

// TestCommitteeExecuteWait queues a change with a short delay on a chain
// that, like geth --dev --dev.period 0, mines only when sent a
// transaction: execute --wait --nudge waits for the ETA, then has a block
// mined so the contract sees the time has come.
func TestCommitteeExecuteWait(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for a change delay of a few seconds")
	}
	e := newCommitteeEnv(t, 4)
	contract := e.deploy(t, "--delay", "1s")
	change := []string{"change", "--committee", contract, "--key-file", e.admin, "--threshold", "1", "--replication", "2"}
	for _, op := range e.ops {
		if code, out := e.register(t, contract, op); code != 0 {
			t.Fatalf("register: %s", out)
		}
		change = append(change, "--add", op.address.Hex())
	}
	m := changeIDRE.FindStringSubmatch(e.mustRun(t, change...))
	if m == nil {
		t.Fatal("change printed no ID")
	}
	code, out, errOut := e.run(t, "execute", "--committee", contract, "--key-file", e.admin, "--id", m[1], "--wait", "--nudge")
	if code != 0 || !strings.Contains(out, "epoch 1 started") {
		t.Fatalf("execute --wait --nudge: exit %d: %s%s", code, out, errOut)
	}
	if !strings.Contains(errOut, "sending an empty transaction") {
		t.Errorf("the idle chain was not nudged: %s", errOut)
	}
	var got committeeJSON
	if err := json.Unmarshal([]byte(e.mustRun(t, "show", "--committee", contract, "--json")), &got); err != nil {
		t.Fatal(err)
	}
	if got.Epoch != 1 || got.Threshold != 1 || len(got.Members) != 4 || got.Members[0].PublicKey != e.ops[0].pk.String() {
		t.Fatalf("show: %+v", got)
	}
}
