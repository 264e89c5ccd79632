package erasure

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr/fft"
)

// The domains must use EIP-4844's roots of unity: 7^((r-1)/n).
func TestRootOfUnityIsEIP4844(t *testing.T) {
	for logN := 0; logN <= maxLogDomain+1; logN++ {
		want := eip4844Root(logN)
		if got := rootOfUnity(logN); !got.Equal(&want) {
			t.Fatalf("root of order 2^%d: gnark %s, EIP-4844 %s", logN, got.String(), want.String())
		}
	}
	// gnark's fft.Domain (which the kzg package uses) has the same generator.
	for _, n := range []uint64{64, 128, 4096, 8192} {
		logN, _ := log2(int(n))
		want := eip4844Root(logN)
		if d := fft.NewDomain(n, fft.WithoutPrecompute()); !d.Generator.Equal(&want) {
			t.Fatalf("gnark fft domain of %d: generator %s, want %s", n, d.Generator.String(), want.String())
		}
	}
	// c-kzg-4844's ROOT_OF_UNITY for the 8192-element extended blob
	// (src/setup/setup.c), in blst's Montgomery form, which is also gnark's
	// internal form (R = 2^256 mod r).
	want := fr.Element{0xa33d279ff0ccffc9, 0x41fac79f59e91972, 0x065d227fead1139b, 0x71db41abda03e055}
	if got := rootOfUnity(13); !got.Equal(&want) {
		t.Fatalf("root of order 8192 = %s, want c-kzg's %s", got.String(), want.String())
	}
}

func TestBRP(t *testing.T) {
	for logN := 0; logN <= 13; logN++ {
		for i := 0; i < 1<<logN; i++ {
			if got, want := brp(i, logN), brpRef(i, logN); got != want {
				t.Fatalf("brp(%d, %d) = %d, want %d", i, logN, got, want)
			}
		}
	}
}

// checkExtension checks Extend against direct evaluation, at every point of
// the 2n domain, of a random polynomial of degree < n with the given number
// of non-zero terms (always including degrees 0 and n-1). Points are powers
// of the math/big EIP-4844 root, so x^m is a table lookup.
func checkExtension(t *testing.T, n, terms int) {
	t.Helper()
	rng := newRand(t)
	logN, _ := log2(n)
	degrees := []int{0}
	if n > 1 {
		degrees = append(degrees, n-1)
	}
	if terms >= n {
		degrees = degrees[:0]
		for m := range n {
			degrees = append(degrees, m)
		}
	} else {
		for _, m := range rng.Perm(n - 1)[:terms-2] {
			if m != 0 {
				degrees = append(degrees, m)
			}
		}
	}
	coeffs := randElements(rng, len(degrees))
	pow := powersOf(eip4844Root(logN+1), 2*n) // pow[j] = ω_2n^j
	// eval returns p(ω_2n^e).
	eval := func(e int) fr.Element {
		var acc fr.Element
		for i, m := range degrees {
			var term fr.Element
			term.Mul(&coeffs[i], &pow[(e*m)%(2*n)])
			acc.Add(&acc, &term)
		}
		return acc
	}
	vals := make([]fr.Element, n)
	for i := range vals {
		vals[i] = eval(2 * brpRef(i, logN)) // ω_n = ω_2n^2
	}
	ext, err := Extend(vals)
	if err != nil {
		t.Fatal(err)
	}
	if len(ext) != 2*n {
		t.Fatalf("len %d, want %d", len(ext), 2*n)
	}
	for j := range ext {
		want := eval(brpRef(j, logN+1))
		if !ext[j].Equal(&want) {
			t.Fatalf("n=%d: output %d = %s, want p(ω^brp(%d)) = %s", n, j, ext[j].String(), j, want.String())
		}
	}
}

func powersOf(x fr.Element, n int) []fr.Element {
	out := make([]fr.Element, n)
	out[0].SetOne()
	for i := 1; i < n; i++ {
		out[i].Mul(&out[i-1], &x)
	}
	return out
}

func TestExtendMatchesPolynomialEvaluation(t *testing.T) {
	tests := []struct{ n, terms int }{
		{1, 1}, {2, 2}, {4, 4}, {8, 8}, {64, 64}, {256, 256}, {1024, 40},
		{ElementsPerRow, 64}, // a data row: 8192 outputs, all checked
	}
	for _, tt := range tests {
		t.Run(itoa(tt.n), func(t *testing.T) { checkExtension(t, tt.n, tt.terms) })
	}
}

func TestExtendInto(t *testing.T) {
	rng := newRand(t)
	vals := randElements(rng, 64)
	want, err := Extend(vals)
	if err != nil {
		t.Fatal(err)
	}
	// In place: the data already sits in the first half of dst.
	dst := make([]fr.Element, 128)
	copy(dst, vals)
	if err := ExtendInto(dst, dst[:64]); err != nil {
		t.Fatal(err)
	}
	for i := range want {
		if !dst[i].Equal(&want[i]) {
			t.Fatalf("in-place extension differs at %d", i)
		}
	}
	if allocs := testing.AllocsPerRun(5, func() { _ = ExtendInto(dst, vals) }); allocs != 0 {
		t.Errorf("ExtendInto allocates %.0f times", allocs)
	}
}

func TestExtendErrors(t *testing.T) {
	tests := []struct {
		name    string
		dst     int
		vals    int
		wantErr error
	}{
		{"empty", 0, 0, ErrShape},
		{"not a power of two", 6, 3, ErrShape},
		{"short dst", 7, 4, ErrShape},
		{"long dst", 9, 4, ErrShape},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := ExtendInto(make([]fr.Element, tt.dst), make([]fr.Element, tt.vals))
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("err = %v, want %v", err, tt.wantErr)
			}
		})
	}
}

// ExtendColumn must compute, for each of the 64 element positions, exactly
// what Extend computes from that element down the data cells.
func TestExtendColumnMatchesExtend(t *testing.T) {
	rng := newRand(t)
	for _, k := range []int{1, 2, 8} {
		t.Run(itoa(k), func(t *testing.T) {
			cells := make([]Cell, 2*k)
			col := make([]*Cell, 2*k)
			for i := range col {
				col[i] = &cells[i]
			}
			for i := range k {
				copy(cells[i][:], randElements(rng, ElementsPerCell))
			}
			if err := ExtendColumn(col); err != nil {
				t.Fatal(err)
			}
			for e := range ElementsPerCell {
				vals := make([]fr.Element, k)
				for i := range vals {
					vals[i] = cells[i][e]
				}
				want, err := Extend(vals)
				if err != nil {
					t.Fatal(err)
				}
				for i := range want {
					if !cells[i][e].Equal(&want[i]) {
						t.Fatalf("k=%d element %d row %d differs from Extend", k, e, i)
					}
				}
			}
		})
	}
	t.Run("errors", func(t *testing.T) {
		if _, err := checkDataLen(1 << maxLogDomain); !errors.Is(err, ErrShape) {
			t.Errorf("checkDataLen(2^%d) = %v, want ErrShape", maxLogDomain, err)
		}
		c := new(Cell)
		for _, col := range [][]*Cell{nil, {c}, {c, c, c}, {c, c, c, c, c, c}, {c, nil}} {
			if err := ExtendColumn(col); !errors.Is(err, ErrShape) {
				t.Errorf("ExtendColumn(%d cells) = %v, want ErrShape", len(col), err)
			}
		}
	})
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }
