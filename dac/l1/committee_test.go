package l1

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/quire-da/quire/contracts"
	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/bls"
)

func TestSimulatedChainRunsPrague(t *testing.T) {
	for _, f := range []Fork{Prague, Osaka} {
		cfg, err := SimulatedChainConfig(f)
		if err != nil {
			t.Fatal(err)
		}
		r := cfg.Rules(big.NewInt(1), true, 0)
		if !r.IsPrague {
			t.Errorf("%s: Prague (EIP-2537) not active", f)
		}
		if r.IsOsaka != (f == Osaka) {
			t.Errorf("%s: IsOsaka = %v", f, r.IsOsaka)
		}
		if r.IsAmsterdam {
			t.Errorf("%s: unreleased fork active", f)
		}
	}
	if _, err := SimulatedChainConfig("frontier"); err == nil {
		t.Error("unknown fork accepted")
	}
}

func TestRegistration(t *testing.T) {
	e := newEnv(t, 3)
	good, other := e.members[0], e.members[1]
	pk := good.pk.EIP2537()
	pkc := good.pk.Bytes()
	pop := good.sk.ProvePossession().EIP2537()

	offCurveKey := pk
	offCurveKey[255] ^= 1
	offCurvePop := pop
	offCurvePop[127] ^= 1
	badPadding := pk
	badPadding[0] = 1

	rogue := nonSubgroupG2(t)
	rogueKey := bls.G2ToEIP2537(rogue)
	rogueCompressed := rogue.Bytes()
	smallPop := bls.G1ToEIP2537(nonSubgroupG1(t))

	wrongMsg := good.sk.Sign(pkc[:]).EIP2537() // signature DST, not PoP DST
	otherPop := other.sk.ProvePossession().EIP2537()
	otherPkc := other.pk.Bytes()
	flipped := pkc
	flipped[0] ^= 0x20 // sign bit: the other y
	var zeroKey [256]byte
	var zeroPop [128]byte
	var infCompressed [96]byte
	infCompressed[0] = 0xc0

	cases := []struct {
		name         string
		pk, pkc, pop []byte
		want         string
	}{
		{"wrong DST", pk[:], pkc[:], wrongMsg[:], "InvalidProofOfPossession"},
		{"another key's proof", pk[:], pkc[:], otherPop[:], "InvalidProofOfPossession"},
		{"compressed key of another point", pk[:], flipped[:], pop[:], "PublicKeyMismatch"},
		{"compressed key of another key", pk[:], otherPkc[:], pop[:], "PublicKeyMismatch"},
		{"key at infinity", zeroKey[:], infCompressed[:], zeroPop[:], "InvalidPublicKey"},
		{"key off the curve", offCurveKey[:], pkc[:], pop[:], "InvalidPublicKey"},
		{"key with nonzero padding", badPadding[:], pkc[:], pop[:], "InvalidPublicKey"},
		{"key outside the subgroup", rogueKey[:], rogueCompressed[:], pop[:], "PointNotInSubgroup"},
		{"proof at infinity", pk[:], pkc[:], zeroPop[:], "InvalidSignaturePoint"},
		{"proof off the curve", pk[:], pkc[:], offCurvePop[:], "InvalidSignaturePoint"},
		{"proof outside the subgroup", pk[:], pkc[:], smallPop[:], "PointNotInSubgroup"},
		{"short key", pk[:255], pkc[:], pop[:], "BadLength"},
		{"short proof", pk[:], pkc[:], pop[:127], "BadLength"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.c.registerRaw(e.ctx, good.tx, tc.pk, tc.pkc, tc.pop, nil, nil)
			wantRevert(t, err, tc.want)
		})
	}

	t.Run("good", func(t *testing.T) {
		e.register(good)
		op, err := e.c.Operator(e.ctx, good.addr)
		if err != nil {
			t.Fatal(err)
		}
		if op.PublicKey.Bytes() != good.pk.Bytes() || op.Active || op.FromEpoch != 0 {
			t.Fatalf("operator = %+v", op)
		}
		if want := []string{"/ip4/127.0.0.1/tcp/4001"}; len(op.Addrs) != 1 || op.Addrs[0] != want[0] {
			t.Fatalf("addrs = %q", op.Addrs)
		}
	})
	t.Run("again", func(t *testing.T) {
		_, err := e.c.Register(e.ctx, good.tx, Registration{PublicKey: other.pk, ProofOfPossession: other.sk.ProvePossession()})
		wantRevert(t, err, "OperatorAlreadyRegistered")
	})
	t.Run("same key, other operator", func(t *testing.T) {
		_, err := e.c.Register(e.ctx, other.tx, Registration{PublicKey: good.pk, ProofOfPossession: good.sk.ProvePossession()})
		wantRevert(t, err, "KeyAlreadyRegistered")
	})
	t.Run("update network", func(t *testing.T) {
		p2 := testPeerID(common.Address{2})
		if _, err := e.c.UpdateNetwork(e.ctx, good.tx, p2, []string{"/ip4/127.0.0.1/udp/4001/quic-v1", "/dns/x/tcp/1"}); err != nil {
			t.Fatal(err)
		}
		op, err := e.c.Operator(e.ctx, good.addr)
		if err != nil {
			t.Fatal(err)
		}
		if string(op.PeerID) != string(p2) || len(op.Addrs) != 2 || op.Addrs[1] != "/dns/x/tcp/1" {
			t.Fatalf("operator = %+v", op)
		}
		_, err = e.c.UpdateNetwork(e.ctx, e.members[2].tx, nil, nil)
		wantRevert(t, err, "NotRegistered")
	})
}

func TestCertificates(t *testing.T) {
	r := testRand(t)
	e := newEnv(t, 5)
	ec := e.setup(3)
	if ec.Epoch != 1 || ec.Threshold != 3 || len(ec.Members) != 5 {
		t.Fatalf("committee = %+v", ec)
	}
	for i, m := range ec.Members {
		if int(m.Slot) != i {
			t.Fatalf("member %d in slot %d", i, m.Slot)
		}
	}
	hh := dac.HeaderHash(crypto.Keccak256Hash([]byte("header")))
	msg := dac.AttestMessage(e.c.ChainID(), e.c.Address(), ec.Epoch, hh)

	// The off-chain check agrees with the contract on the good cases.
	for _, signers := range [][]int{seq(5), {0, 2, 4}, {1, 2, 3}} {
		cert := e.sign(ec, hh, signers)
		if err := cert.Verify(ec.Keys(), ec.Threshold, e.c.ChainID(), e.c.Address()); err != nil {
			t.Fatalf("off-chain verify of %v: %v", signers, err)
		}
	}

	otherChain := e.certificate(ec, hh, seq(5), dac.AttestMessage(e.c.ChainID()+1, e.c.Address(), ec.Epoch, hh))
	otherContract := e.certificate(ec, hh, seq(5), dac.AttestMessage(e.c.ChainID(), common.Address{1}, ec.Epoch, hh))
	otherEpoch := e.certificate(ec, hh, seq(5), dac.AttestMessage(e.c.ChainID(), e.c.Address(), ec.Epoch+1, hh))
	otherHeader := e.sign(ec, dac.HeaderHash{1}, seq(5))
	otherHeader.HeaderHash = hh
	missingOne := e.certificate(ec, hh, []int{0, 1, 2}, msg) // signs 0,1,2 ...
	missingOne.Signers.Set(3)                                // ... claims 3 too

	sigPoint := func(p bls12381.G1Affine) func(*CertificateArgs) {
		return func(a *CertificateArgs) { b := bls.G1ToEIP2537(p); a.Signature = b[:] }
	}
	var offCurve bls12381.G1Affine
	offCurve.X.SetOne()
	offCurve.Y.SetOne()

	cases := []struct {
		name  string
		cert  *dac.Certificate
		tweak func(*CertificateArgs)
		epoch uint64 // overrides the epoch passed when nonzero
		want  string // "" for success
	}{
		{name: "all sign", cert: e.sign(ec, hh, seq(5))},
		{name: "exactly t", cert: e.sign(ec, hh, []int{0, 2, 4})},
		{name: "t-1", cert: e.sign(ec, hh, []int{1, 3}), want: "InsufficientSigners"},
		{name: "none", cert: e.sign(ec, hh, nil), want: "InsufficientSigners"},
		{name: "wrong message", cert: otherHeader, want: "InvalidSignature"},
		{name: "wrong chain id", cert: otherChain, want: "InvalidSignature"},
		{name: "wrong contract", cert: otherContract, want: "InvalidSignature"},
		{name: "wrong epoch in message", cert: otherEpoch, want: "InvalidSignature"},
		{name: "signer claimed who did not sign", cert: missingOne, want: "InvalidSignature"},
		{name: "bitmap bit past the committee", cert: e.sign(ec, hh, seq(5)),
			tweak: func(a *CertificateArgs) { a.Signers.SetBit(a.Signers, 5, 1) }, want: "BitmapOutOfRange"},
		{name: "bitmap bit 255", cert: e.sign(ec, hh, seq(5)),
			tweak: func(a *CertificateArgs) { a.Signers.SetBit(a.Signers, 255, 1) }, want: "BitmapOutOfRange"},
		{name: "signature at infinity", cert: e.sign(ec, hh, seq(5)), tweak: sigPoint(bls12381.G1Affine{}), want: "InvalidSignaturePoint"},
		{name: "signature off the curve", cert: e.sign(ec, hh, seq(5)), tweak: sigPoint(offCurve), want: "InvalidSignaturePoint"},
		{name: "signature outside the subgroup", cert: e.sign(ec, hh, seq(5)), tweak: sigPoint(nonSubgroupG1(t)), want: "InvalidSignaturePoint"},
		{name: "short signature", cert: e.sign(ec, hh, seq(5)),
			tweak: func(a *CertificateArgs) { a.Signature = a.Signature[:96] }, want: "BadLength"},
		{name: "wrong aggregate key", cert: e.sign(ec, hh, seq(5)),
			tweak: func(a *CertificateArgs) { k := ec.Members[0].PublicKey.EIP2537(); a.AggregateKey = k[:] }, want: "AggregateKeyMismatch"},
		{name: "non-signer key missing", cert: e.sign(ec, hh, []int{0, 1, 2}),
			tweak: func(a *CertificateArgs) { a.NonSignerKeys = a.NonSignerKeys[:256] }, want: "NonSignersMissing"},
		{name: "non-signer keys in another order", cert: e.sign(ec, hh, []int{0, 1, 2}),
			tweak: func(a *CertificateArgs) {
				a.NonSignerKeys = append(append([]byte{}, a.NonSignerKeys[256:]...), a.NonSignerKeys[:256]...)
			}},
		{name: "non-signer key twice", cert: e.sign(ec, hh, []int{0, 1, 2}),
			tweak: func(a *CertificateArgs) {
				a.NonSignerKeys = append(append([]byte{}, a.NonSignerKeys[:256]...), a.NonSignerKeys[:256]...)
			}, want: "NonSignerMismatch"},
		{name: "non-signer key length", cert: e.sign(ec, hh, []int{0, 1, 2}),
			tweak: func(a *CertificateArgs) { a.NonSignerKeys = a.NonSignerKeys[:300] }, want: "BadLength"},
		{name: "non-signer key of a signer", cert: e.sign(ec, hh, []int{0, 1, 2, 3}),
			tweak: func(a *CertificateArgs) { k := ec.Members[0].PublicKey.EIP2537(); a.NonSignerKeys = k[:] }, want: "NonSignerMismatch"},
		{name: "non-signer key not a member", cert: e.sign(ec, hh, []int{0, 1, 2, 3}),
			tweak: func(a *CertificateArgs) { k := e.admin.pk.EIP2537(); a.NonSignerKeys = k[:] }, want: "NonSignerMismatch"},
		{name: "unknown epoch", cert: e.sign(ec, hh, seq(5)), epoch: 9, want: "UnknownEpoch"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := ec.CertificateArgs(tc.cert)
			if err != nil {
				t.Fatal(err)
			}
			if tc.tweak != nil {
				tc.tweak(&a)
			}
			epoch := tc.cert.Epoch
			if tc.epoch != 0 {
				epoch = tc.epoch
			}
			err = e.c.VerifyCertificateArgs(e.ctx, tc.cert.HeaderHash, epoch, a)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			wantRevert(t, err, tc.want)
			if !errors.Is(err, ErrReverted) {
				t.Fatalf("%v does not wrap ErrReverted", err)
			}
		})
	}

	t.Run("certify", func(t *testing.T) {
		now := e.sim.Client()
		head, err := now.HeaderByNumber(e.ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		h := randomHeader(r, ec.Epoch, head.Time+3600)
		h.ChainID = e.c.ChainID()
		cert := e.sign(ec, h.Hash(), []int{0, 1, 3})
		id, rcpt, err := e.c.Certify(e.ctx, e.admin.tx, h, cert, ec)
		if err != nil {
			t.Fatal(err)
		}
		if id != h.BlobID() {
			t.Fatalf("blob id %s, want %s", id, h.BlobID())
		}
		t.Logf("certify with 2 of 5 not signing: %d gas", rcpt.GasUsed-21000)
		got, ok, err := e.c.Certification(e.ctx, id)
		if err != nil || !ok {
			t.Fatalf("certification: %v %v", ok, err)
		}
		if got != (Certification{HeaderHash: h.Hash(), Expiry: h.Expiry, Epoch: h.Epoch}) {
			t.Fatalf("certification = %+v", got)
		}
		_, _, err = e.c.Certify(e.ctx, e.admin.tx, h, cert, ec)
		wantRevert(t, err, "AlreadyCertified")

		// A later expiry re-certifies the same blob.
		h2 := *h
		h2.Expiry++
		if _, _, err := e.c.Certify(e.ctx, e.admin.tx, &h2, e.sign(ec, h2.Hash(), seq(5)), ec); err != nil {
			t.Fatal(err)
		}

		// The header is what is signed: a changed field fails.
		h3 := *h
		h3.ArchiveRoot[0] ^= 1
		_, err = e.c.CertifyArgs(e.ctx, e.admin.tx, &h3, mustArgs(t, ec, cert))
		wantRevert(t, err, "InvalidSignature")

		h4 := *h
		h4.Expiry = head.Time - 1
		_, err = e.c.CertifyArgs(e.ctx, e.admin.tx, &h4, mustArgs(t, ec, e.sign(ec, h4.Hash(), seq(5))))
		wantRevert(t, err, "HeaderExpired")

		h5 := *h
		h5.Version = 2
		_, err = e.c.CertifyArgs(e.ctx, e.admin.tx, &h5, mustArgs(t, ec, e.sign(ec, h5.Hash(), seq(5))))
		wantRevert(t, err, "UnsupportedVersion")

		if _, ok, err := e.c.Certification(e.ctx, h5.BlobID()); err != nil || ok {
			t.Fatalf("uncertified blob reported certified (%v)", err)
		}
	})

	t.Run("bitmap size", func(t *testing.T) {
		bm, _ := dac.NewBitmap(4)
		_, err := ec.CertificateArgs(&dac.Certificate{HeaderHash: hh, Epoch: ec.Epoch, Signers: bm})
		if !errors.Is(err, ErrBadCertificate) {
			t.Fatalf("got %v, want ErrBadCertificate", err)
		}
	})
}

func mustArgs(t *testing.T, ec *EpochCommittee, cert *dac.Certificate) CertificateArgs {
	t.Helper()
	a, err := ec.CertificateArgs(cert)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestEpochRotation(t *testing.T) {
	e := newEnv(t, 6)
	newcomer := e.members[5]
	e.members = e.members[:5]
	ec1 := e.setup(3)
	e.members = append(e.members, newcomer)
	e.register(newcomer)
	hh := dac.HeaderHash{7}
	old := e.sign(ec1, hh, seq(4))

	t.Run("admin only", func(t *testing.T) {
		_, err := e.c.QueueChange(e.ctx, e.members[0].tx, Change{Threshold: 2})
		wantRevert(t, err, "NotAdmin")
		_, err = e.c.QueueChange(e.ctx, e.admin.tx, Change{})
		wantRevert(t, err, "EmptyChange")
	})
	t.Run("bad changes", func(t *testing.T) {
		for _, tc := range []struct {
			ch   Change
			want string
		}{
			{Change{Add: []common.Address{e.members[0].addr}}, "AlreadyMember"},
			{Change{Add: []common.Address{e.admin.addr}}, "NotRegistered"},
			{Change{Remove: []common.Address{newcomer.addr}}, "NotMember"},
			{Change{Threshold: 6}, "InvalidThreshold"},
		} {
			q, err := e.c.QueueChange(e.ctx, e.admin.tx, tc.ch)
			if err != nil {
				t.Fatal(err)
			}
			e.advance(testDelay)
			_, err = e.c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
			wantRevert(t, err, tc.want)
			if err := e.c.CancelChange(e.ctx, e.admin.tx, q.ID); err != nil {
				t.Fatal(err)
			}
		}
		_, err := e.c.ExecuteChange(e.ctx, e.admin.tx, 999)
		wantRevert(t, err, "UnknownChange")
	})

	// Replace member 0 with the newcomer, who takes the freed slot 0.
	q, err := e.c.QueueChange(e.ctx, e.admin.tx, Change{Add: []common.Address{newcomer.addr}, Remove: []common.Address{ec1.Members[0].Address}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
	wantRevert(t, err, "ChangeNotReady")
	if err := e.c.VerifyCertificate(e.ctx, old, ec1); err != nil {
		t.Fatalf("epoch 1 certificate before rotation: %v", err)
	}
	e.advance(testDelay)
	epoch, err := e.c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
	if err != nil {
		t.Fatal(err)
	}
	_, err = e.c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
	wantRevert(t, err, "ChangeNotPending")
	if cur, _ := e.c.CurrentEpoch(e.ctx); cur != 2 || epoch != 2 {
		t.Fatalf("epoch %d, current %d, want 2", epoch, cur)
	}
	ec2, err := e.c.Committee(e.ctx, 2)
	if err != nil {
		t.Fatal(err)
	}
	if ec2.Members[0].Address != newcomer.addr || ec2.Members[0].Slot != 0 || ec2.Threshold != 3 {
		t.Fatalf("epoch 2 committee: %+v", ec2.Members[0])
	}
	ec1again, err := e.c.Committee(e.ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if ec1again.Members[0].Address != ec1.Members[0].Address || ec1again.End.IsZero() {
		t.Fatalf("epoch 1 after rotation: %+v", ec1again)
	}

	// The new epoch verifies with its members; the removed key does not count.
	if err := e.c.VerifyCertificate(e.ctx, e.sign(ec2, hh, []int{0, 1, 2}), ec2); err != nil {
		t.Fatalf("epoch 2: %v", err)
	}
	err = e.c.VerifyCertificateArgs(e.ctx, hh, 2, mustArgs(t, ec1, old))
	if err == nil {
		t.Fatal("epoch 1 certificate accepted as epoch 2")
	}
	// Inside the rotation window the old epoch still verifies ...
	if err := e.c.VerifyCertificate(e.ctx, old, ec1); err != nil {
		t.Fatalf("epoch 1 inside the window: %v", err)
	}
	// ... and after it, not.
	e.advance(testWindow)
	wantRevert(t, e.c.VerifyCertificate(e.ctx, old, ec1), "EpochExpired")
	if err := e.c.VerifyCertificate(e.ctx, e.sign(ec2, hh, []int{1, 2, 3}), ec2); err != nil {
		t.Fatalf("epoch 2 after the window: %v", err)
	}

	// A removed key never returns.
	q, err = e.c.QueueChange(e.ctx, e.admin.tx, Change{Add: []common.Address{ec1.Members[0].Address}})
	if err != nil {
		t.Fatal(err)
	}
	e.advance(testDelay)
	_, err = e.c.ExecuteChange(e.ctx, e.admin.tx, q.ID)
	wantRevert(t, err, "KeyRetired")

	// Removing from the middle leaves a hole: member indexes and slots part.
	e.change(Change{Remove: []common.Address{ec2.Members[1].Address}, Threshold: 2})
	ec3, err := e.c.Committee(e.ctx, 3)
	if err != nil {
		t.Fatal(err)
	}
	slots := []uint8{}
	for _, m := range ec3.Members {
		slots = append(slots, m.Slot)
	}
	if !bytes.Equal(slots, []uint8{0, 2, 3, 4}) || ec3.Threshold != 2 {
		t.Fatalf("epoch 3 slots %v threshold %d", slots, ec3.Threshold)
	}
	cert := e.sign(ec3, hh, []int{1, 2})
	a := mustArgs(t, ec3, cert)
	if a.Signers.Cmp(big.NewInt(0b1100)) != 0 {
		t.Fatalf("slot bitmap %b, want 1100", a.Signers)
	}
	if err := e.c.VerifyCertificate(e.ctx, cert, ec3); err != nil {
		t.Fatalf("epoch 3: %v", err)
	}
}

func TestAdminTransfer(t *testing.T) {
	e := newEnv(t, 1)
	m := e.members[0]
	if err := e.c.TransferAdmin(e.ctx, m.tx, m.addr); RevertName(err) != "NotAdmin" {
		t.Fatalf("non-admin transfer: %v", err)
	}
	if err := e.c.TransferAdmin(e.ctx, e.admin.tx, m.addr); err != nil {
		t.Fatal(err)
	}
	// Two steps: the offer alone changes nothing, and only the named
	// address can take it.
	if a, err := e.c.Admin(e.ctx); err != nil || a != e.admin.addr {
		t.Fatalf("admin after the offer: %s %v", a, err)
	}
	if p, err := e.c.PendingAdmin(e.ctx); err != nil || p != m.addr {
		t.Fatalf("pending admin %s %v", p, err)
	}
	wantRevert(t, e.c.AcceptAdmin(e.ctx, e.admin.tx), "NotPendingAdmin")
	if err := e.c.AcceptAdmin(e.ctx, m.tx); err != nil {
		t.Fatal(err)
	}
	if a, err := e.c.Admin(e.ctx); err != nil || a != m.addr {
		t.Fatalf("admin %s %v", a, err)
	}
	if p, err := e.c.PendingAdmin(e.ctx); err != nil || p != (common.Address{}) {
		t.Fatalf("pending admin after accept %s %v", p, err)
	}
	wantRevert(t, e.c.TransferAdmin(e.ctx, e.admin.tx, e.admin.addr), "NotAdmin")
	wantRevert(t, e.c.TransferAdmin(e.ctx, m.tx, common.Address{}), "ZeroAddress")
}

func TestNewChecksCode(t *testing.T) {
	e := newEnv(t, 1)
	if _, err := New(e.ctx, e.sim.Client(), common.Address{9}); err == nil {
		t.Fatal("New accepted an address without code")
	}
	c, err := New(e.ctx, e.sim.Client(), e.c.Address())
	if err != nil {
		t.Fatal(err)
	}
	if c.ChainID() != 1337 {
		t.Fatalf("chain id %d", c.ChainID())
	}
	if _, err := c.Committee(e.ctx, 1); !errors.Is(err, ErrUnknownEpoch) {
		t.Fatalf("got %v, want ErrUnknownEpoch", err)
	}
}

func TestDecodeRevert(t *testing.T) {
	abi := contracts.NewCommittee().GetABI()
	data, err := abi.Errors["InsufficientSigners"].Inputs.Pack(big.NewInt(2), big.NewInt(3))
	if err != nil {
		t.Fatal(err)
	}
	sel, _ := ErrorSelector("InsufficientSigners")
	re := DecodeRevert(append(sel[:], data...))
	if re.Name != "InsufficientSigners" || len(re.Args) != 2 || re.Args[0].(*big.Int).Int64() != 2 {
		t.Fatalf("decoded %+v", re)
	}
	if got := re.Error(); got != "l1: execution reverted: InsufficientSigners(2, 3)" {
		t.Fatalf("message %q", got)
	}
	for _, raw := range [][]byte{nil, {1, 2}, {1, 2, 3, 4, 5}, sel[:]} {
		if re := DecodeRevert(raw); re.Name != "" {
			t.Fatalf("%x decoded as %s", raw, re.Name)
		}
	}
}
