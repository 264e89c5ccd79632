package main

import (
	"crypto/rand"
	"encoding/json"
	"reflect"
	"regexp"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/l1"
	"github.com/quire-da/quire/dac/p2p"
)

// TestJSONOutputsSnakeCase checks every type a --json flag prints: field
// names are snake_case, as in the HTTP API.
func TestJSONOutputsSnakeCase(t *testing.T) {
	snake := regexp.MustCompile(`^[a-z0-9]+(_[a-z0-9]+)*$`)
	for _, v := range []any{committeeJSON{}, memberJSON{}, keyInfo{}, squareReport{}, squareStages{}, squareVerify{}, certReport{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			name, _ := jsonName(typ.Field(i))
			if name != "" && !snake.MatchString(name) {
				t.Errorf("%s.%s prints as %q", typ.Name(), typ.Field(i).Name, name)
			}
		}
	}
}

// TestShowMembersLoadAsStaticCommittee: the members of committee show
// --json, each with the proof_of_possession of keys show --json added,
// are a static committee config that loads and verifies.
func TestShowMembersLoadAsStaticCommittee(t *testing.T) {
	var out committeeJSON
	out.Epoch, out.Threshold, out.Replication = 1, 3, 2
	var pops []string
	for i := range 4 {
		sk, err := bls.GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		id, err := p2p.GenerateIdentity()
		if err != nil {
			t.Fatal(err)
		}
		pid, err := peer.IDFromPrivateKey(id)
		if err != nil {
			t.Fatal(err)
		}
		op := &l1.Operator{Address: common.Address{byte(i + 1)}, PublicKey: sk.PublicKey(), PeerID: []byte(pid),
			Addrs: []string{"/ip4/127.0.0.1/tcp/9400"}, Active: true, Slot: uint8(i), FromEpoch: 1}
		out.Members = append(out.Members, operatorJSON(i, op))
		pops = append(pops, describeKey(sk, "", "").Pop)
	}
	raw, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	// What an operator does: take show's members, add each PoP.
	var shown struct {
		Members []map[string]any `json:"members"`
	}
	if err := json.Unmarshal(raw, &shown); err != nil {
		t.Fatal(err)
	}
	for i, m := range shown.Members {
		m["proof_of_possession"] = pops[i]
	}
	static := map[string]any{"epoch": 1, "threshold": 3, "replication": 2, "members": shown.Members}
	raw, err = json.Marshal(map[string]any{"committee": map[string]any{"source": "static", "static": static}})
	if err != nil {
		t.Fatal(err)
	}
	cfg := struct {
		Committee p2p.CommitteeConfig `json:"committee"`
	}{}
	if err := decodeConfig(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	c, err := cfg.Committee.Static.Committee()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Members) != 4 || c.Members[2].PublicKey != out.Members[2].publicKey(t) {
		t.Fatalf("committee %+v", c)
	}
	// Still strict: a field neither show nor the config knows is an error.
	shown.Members[0]["bogus"] = 1
	raw, _ = json.Marshal(map[string]any{"committee": map[string]any{"source": "static", "static": static}})
	if err := decodeConfig(raw, &cfg); err == nil {
		t.Error("unknown member field accepted")
	}
}

func (m memberJSON) publicKey(t *testing.T) bls.PublicKey {
	t.Helper()
	var pk bls.PublicKey
	if err := pk.UnmarshalText([]byte(m.PublicKey)); err != nil {
		t.Fatal(err)
	}
	return pk
}
