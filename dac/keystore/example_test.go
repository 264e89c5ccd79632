package keystore_test

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/quire-da/quire/dac/bls"
	"github.com/quire-da/quire/dac/keystore"
)

func Example() {
	sk, _ := bls.GenerateKey(rand.Reader)

	// WithLightKDF keeps the example fast; real keys use the defaults.
	ks, err := keystore.EncryptKey(sk, "hunter2", rand.Reader, keystore.WithLightKDF(), keystore.WithDescription("member 3"))
	if err != nil {
		panic(err)
	}
	data, _ := ks.Marshal() // write it with mode 0600

	opened, err := keystore.Parse(data)
	if err != nil {
		panic(err)
	}
	_, err = opened.DecryptKey("hunter3")
	fmt.Println(errors.Is(err, keystore.ErrWrongPassword))
	got, err := opened.DecryptKey("hunter2")
	fmt.Println(err, got.PublicKey() == sk.PublicKey())
	// Output:
	// true
	// <nil> true
}
