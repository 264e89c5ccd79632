// Package keystore reads and writes EIP-2335 keystores: the password-sealed
// JSON files Ethereum validators keep their BLS keys in, here holding the
// committee member's BLS secret key.
//
// Create one for a key, and open it again:
//
//	ks, err := keystore.EncryptKey(sk, password, rand.Reader)         // scrypt, n = 2^18
//	data, err := ks.Marshal()                                         // write with mode 0600
//	ks, err = keystore.Parse(data)
//	sk, err = ks.DecryptKey(password)                                 // ErrWrongPassword if wrong
//
// Everything EIP-2335 specifies is implemented: the scrypt and pbkdf2
// (HMAC-SHA-256) KDFs, the sha256 checksum over the second half of the
// decryption key and the ciphertext, aes-128-ctr, and password
// normalization (NFKD, then C0, C1 and DEL control codes removed). The
// EIP's own test vectors decrypt, and encrypting with their salt and IV
// reproduces them.
//
// The pubkey field: the EIP's vectors carry a 48-byte G1 public key,
// because Ethereum uses the min-pubkey-size BLS variant. quire signs in G1
// and so has G2 public keys; EncryptKey writes the 96-byte G2 key, and
// DecryptKey accepts either form when it checks the field.
//
// Costs: the default scrypt parameters (n = 2^18, r = 8, p = 1) take about
// 256 MiB and a second to unlock, which is the point. WithLightKDF selects
// n = 2^12 (or 4096 pbkdf2 rounds) for tests and devnets, where keys are
// throwaway. When decrypting, parameters are bounded (MaxScryptMemory,
// MaxScryptP, MaxPBKDF2C) so that a hostile file cannot exhaust the
// machine.
package keystore
