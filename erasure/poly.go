package erasure

import "github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

// expUint returns x^e.
func expUint(x fr.Element, e uint64) fr.Element {
	out := fr.One()
	for ; e > 0; e >>= 1 {
		if e&1 == 1 {
			out.Mul(&out, &x)
		}
		x.Square(&x)
	}
	return out
}

// directVanishingMax is the number of roots below which vanishing
// multiplies the linear factors one by one (quadratic, no FFT set-up).
const directVanishingMax = 64

// vanishing returns the coefficients, lowest degree first, of the monic
// polynomial whose roots are exactly roots: len(roots)+1 coefficients. Small
// sets are multiplied out directly; larger ones as a product tree whose
// halves are multiplied with FFTs, O(m log² m) for m roots.
func vanishing(roots []fr.Element) []fr.Element {
	if len(roots) <= directVanishingMax {
		z := make([]fr.Element, len(roots)+1)
		z[0].SetOne()
		for i := range roots {
			// z ← z·(x - r): new z[j] = z[j-1] - r·z[j].
			r := &roots[i]
			deg := i + 1
			z[deg] = z[deg-1]
			for j := deg - 1; j > 0; j-- {
				var t fr.Element
				t.Mul(&z[j], r)
				z[j].Sub(&z[j-1], &t)
			}
			z[0].Mul(&z[0], r)
			z[0].Neg(&z[0])
		}
		return z
	}
	half := len(roots) / 2
	return mulPoly(vanishing(roots[:half]), vanishing(roots[half:]))
}

// mulPoly returns a·b with FFTs. Both are non-empty.
func mulPoly(a, b []fr.Element) []fr.Element {
	outLen := len(a) + len(b) - 1
	logN := 0
	for 1<<logN < outLen {
		logN++
	}
	d := getDomain(logN)
	fa := make([]fr.Element, d.n)
	fb := make([]fr.Element, d.n)
	copy(fa, a)
	copy(fb, b)
	d.dif(fa)
	d.dif(fb)
	for i := range fa {
		fa[i].Mul(&fa[i], &fb[i])
		fa[i].Mul(&fa[i], &d.nInv)
	}
	d.ditInv(fa)
	return fa[:outLen]
}
