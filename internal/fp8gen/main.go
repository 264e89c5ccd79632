// Command fp8gen writes kzg/fp8_amd64.s, the AVX-512 IFMA kernels of the
// 8-lane arithmetic modulo the BLS12-381 base field prime p (see
// kzg/fp8.go): run it from the module root with
//
//	go run ./internal/fp8gen
//
// (make fp8 does; make fp8-check, part of make test, fails when the
// committed file differs from what this writes.)
//
// An element of one lane is 8 limbs of 52 bits, a value below 4p (less
// than 2^384), in Montgomery form with R = 2^416. A vector of 8 lanes is
// stored limb-major: limb j of lane l is word 8j+l, so that one ZMM
// register holds one limb of all lanes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"math/big"
	"os"
)

const limbBits = 52

var (
	out  bytes.Buffer
	mask = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), limbBits), big.NewInt(1))
	p, _ = new(big.Int).SetString("1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab", 16)
)

func e(format string, args ...any) { fmt.Fprintf(&out, "\t"+format+"\n", args...) }

func z(i int) string { return fmt.Sprintf("Z%d", i) }

func limbs(v *big.Int) [8]uint64 {
	var l [8]uint64
	t := new(big.Int).Set(v)
	for j := range l {
		l[j] = new(big.Int).And(t, mask).Uint64()
		t.Rsh(t, limbBits)
	}
	if t.Sign() != 0 {
		log.Fatalf("%x does not fit in 8 limbs", v)
	}
	return l
}

func data(name string, words []uint64) {
	for i, w := range words {
		fmt.Fprintf(&out, "DATA ·%s+%d(SB)/8, $0x%x\n", name, 8*i, w)
	}
	fmt.Fprintf(&out, "GLOBL ·%s(SB), RODATA|NOPTR, $%d\n\n", name, 8*len(words))
}

// carry normalises the limbs in regs[0..7] to 52 bits, carrying upward
// (arithmetic shifts when signed), using tmp.
func carry(regs []string, tmp, maskReg string, signed bool) {
	shift := "VPSRLQ"
	if signed {
		shift = "VPSRAQ"
	}
	for j := 0; j < 7; j++ {
		e("%s $52, %s, %s", shift, regs[j], tmp)
		e("VPANDQ %s, %s, %s", maskReg, regs[j], regs[j])
		e("VPADDQ %s, %s, %s", tmp, regs[j+1], regs[j+1])
	}
}

func header(name string) {
	fmt.Fprintf(&out, "// func %s(z, x, y *fe8)\nTEXT ·%s(SB), NOSPLIT, $0-24\n", name, name)
	e("MOVQ z+0(FP), DI")
	e("MOVQ x+8(FP), SI")
	e("MOVQ y+16(FP), BX")
}

// mul8: z = x*y/R mod p, lane by lane (CIOS Montgomery multiplication in
// radix 2^52). For x*y < R*p the result is below 2p.
func mul8() {
	X := []string{z(0), z(1), z(2), z(3), z(4), z(5), z(6), z(7)}
	T := []string{z(8), z(9), z(10), z(11), z(12), z(13), z(14), z(15), z(16)}
	B, M, MASK, TMP := z(17), z(18), z(19), z(20)
	var P []string
	for j := range 8 {
		P = append(P, z(21+j))
	}
	PINV := z(29)
	header("mul8")
	for j := range 8 {
		e("VPBROADCASTQ ·fp8P+%d(SB), %s", 8*j, P[j])
	}
	e("VPBROADCASTQ ·fp8PInv(SB), %s", PINV)
	e("VPBROADCASTQ ·fp8Mask(SB), %s", MASK)
	for j := range 8 {
		e("VMOVDQU64 %d(SI), %s", 64*j, X[j])
	}
	for _, t := range T {
		e("VPXORQ %s, %s, %s", t, t, t)
	}
	t := append([]string(nil), T...)
	for i := range 8 {
		e("VMOVDQU64 %d(BX), %s", 64*i, B)
		for j := range 8 {
			e("VPMADD52LUQ %s, %s, %s", B, X[j], t[j])
			e("VPMADD52HUQ %s, %s, %s", B, X[j], t[j+1])
		}
		e("VPXORQ %s, %s, %s", M, M, M)
		e("VPMADD52LUQ %s, %s, %s", PINV, t[0], M)
		for j := range 8 {
			e("VPMADD52LUQ %s, %s, %s", M, P[j], t[j])
			e("VPMADD52HUQ %s, %s, %s", M, P[j], t[j+1])
		}
		// The low limb is now 0 mod 2^52: carry it out and shift.
		e("VPSRLQ $52, %s, %s", t[0], TMP)
		e("VPADDQ %s, %s, %s", TMP, t[1], t[1])
		e("VPXORQ %s, %s, %s", t[0], t[0], t[0])
		t = append(t[1:], t[0])
	}
	carry(t[:8], TMP, MASK, false)
	for j := range 8 {
		e("VMOVDQU64 %s, %d(DI)", t[j], 64*j)
	}
	e("VZEROUPPER")
	e("RET\n")
}

// addsub: z = x + y or z = x - y, reduced into [0, 4p) for x, y in
// [0, 4p).
func addsub(name string, sub bool) {
	X := []string{z(0), z(1), z(2), z(3), z(4), z(5), z(6), z(7)}
	S := []string{z(8), z(9), z(10), z(11), z(12), z(13), z(14), z(15)}
	T := []string{z(16), z(17), z(18), z(19), z(20), z(21), z(22), z(23)}
	var P4 []string
	for j := range 8 {
		P4 = append(P4, z(24+j))
	}
	header(name)
	for j := range 8 {
		e("VPBROADCASTQ ·fp8P4+%d(SB), %s", 8*j, P4[j])
	}
	e("VPBROADCASTQ ·fp8Mask(SB), %s", T[7])
	MASK, TMP := T[7], T[6]
	for j := range 8 {
		e("VMOVDQU64 %d(SI), %s", 64*j, X[j])
		e("VMOVDQU64 %d(BX), %s", 64*j, S[j])
	}
	if sub {
		// S = x - y (signed limbs), then + 4p in the lanes where it is
		// negative.
		for j := range 8 {
			e("VPSUBQ %s, %s, %s", S[j], X[j], S[j])
		}
		carry(S, TMP, MASK, true)
		e("VPMOVQ2M %s, K1", S[7])
		for j := range 8 {
			e("VPADDQ %s, %s, K1, %s", P4[j], S[j], S[j])
		}
		carry(S, TMP, MASK, false)
	} else {
		// S = x + y; X = S - 4p (signed); keep S where X is negative.
		for j := range 8 {
			e("VPADDQ %s, %s, %s", S[j], X[j], S[j])
		}
		carry(S, TMP, MASK, false)
		for j := range 8 {
			e("VPSUBQ %s, %s, %s", P4[j], S[j], X[j])
		}
		carry(X, TMP, MASK, true)
		e("VPMOVQ2M %s, K1", X[7])
		for j := range 8 {
			e("VPBLENDMQ %s, %s, K1, %s", S[j], X[j], S[j])
		}
	}
	for j := range 8 {
		e("VMOVDQU64 %s, %d(DI)", S[j], 64*j)
	}
	e("VZEROUPPER")
	e("RET\n")
}

var outPath = flag.String("o", "kzg/fp8_amd64.s", "the file to write")

// transpose writes the 8x8 transpose of the qword matrix in rows (one row
// per register) into out, by three rounds of two-table permutations (4x4,
// 2x2, then 1x1 blocks), ping-ponging between rows and out.
func transpose(rows, out []string) {
	type level struct {
		step   int
		lo, hi string
	}
	levels := []level{{4, "fp8T4lo", "fp8T4hi"}, {2, "fp8T2lo", "fp8T2hi"}, {1, "fp8T1lo", "fp8T1hi"}}
	src, dst := rows, out
	for n, lv := range levels {
		for i := range 8 {
			if i&lv.step != 0 {
				continue
			}
			a, b := src[i], src[i+lv.step]
			e("VMOVDQU64 ·%s(SB), %s", lv.lo, dst[i])
			e("VPERMI2Q %s, %s, %s", b, a, dst[i])
			e("VMOVDQU64 ·%s(SB), %s", lv.hi, dst[i+lv.step])
			e("VPERMI2Q %s, %s, %s", b, a, dst[i+lv.step])
		}
		if n < len(levels)-1 {
			src, dst = dst, src
		}
	}
	if &dst[0] != &out[0] {
		for i := range 8 {
			e("VMOVDQA64 %s, %s", dst[i], out[i])
		}
	}
}

// gather8: func gather8(z *[4]fe8, b, p *[8]*[16]uint64, neg uint64)
// loads (xb, yb, xp, yp) lane l from *b[l] and *p[l] (x limbs, then y
// limbs), yp negated (4p - y) in the lanes whose bit of neg is set.
func gather8() {
	A := []string{z(0), z(1), z(2), z(3), z(4), z(5), z(6), z(7)}
	B := []string{z(8), z(9), z(10), z(11), z(12), z(13), z(14), z(15)}
	fmt.Fprintf(&out, "// func gather8(z *[4]fe8, b, p *[8]*[16]uint64, neg uint64)\nTEXT ·gather8(SB), NOSPLIT, $0-32\n")
	e("MOVQ z+0(FP), DI")
	e("MOVQ b+8(FP), SI")
	e("MOVQ p+16(FP), BX")
	e("MOVQ neg+24(FP), AX")
	e("KMOVW AX, K1")
	for part, ptrs := range []string{"SI", "BX"} {
		for half := range 2 { // x then y
			for l := range 8 {
				e("MOVQ %d(%s), R8", 8*l, ptrs)
				e("VMOVDQU64 %d(R8), %s", 64*half, A[l])
			}
			transpose(A, B)
			if part == 1 && half == 1 {
				// B = yp; A = 4p - yp, normalized; blend where neg.
				tmp, mask := z(16), z(17)
				e("VPBROADCASTQ ·fp8Mask(SB), %s", mask)
				for j := range 8 {
					e("VPBROADCASTQ ·fp8P4+%d(SB), %s", 8*j, tmp)
					e("VPSUBQ %s, %s, %s", B[j], tmp, A[j])
				}
				carry(A, tmp, mask, true)
				for j := range 8 {
					e("VPBLENDMQ %s, %s, K1, %s", A[j], B[j], B[j])
				}
			}
			off := 512 * (2*part + half)
			for j := range 8 {
				e("VMOVDQU64 %s, %d(DI)", B[j], off+64*j)
			}
		}
	}
	e("VZEROUPPER")
	e("RET\n")
}

// scatter8: func scatter8(b *[8]*[16]uint64, x, y *fe8) stores lane l of x
// and y into *b[l].
func scatter8() {
	A := []string{z(0), z(1), z(2), z(3), z(4), z(5), z(6), z(7)}
	B := []string{z(8), z(9), z(10), z(11), z(12), z(13), z(14), z(15)}
	fmt.Fprintf(&out, "// func scatter8(b *[8]*[16]uint64, x, y *fe8)\nTEXT ·scatter8(SB), NOSPLIT, $0-24\n")
	e("MOVQ b+0(FP), DI")
	e("MOVQ x+8(FP), SI")
	e("MOVQ y+16(FP), BX")
	for half, src := range []string{"SI", "BX"} {
		for j := range 8 {
			e("VMOVDQU64 %d(%s), %s", 64*j, src, A[j])
		}
		transpose(A, B)
		for l := range 8 {
			e("MOVQ %d(DI), R8", 8*l)
			e("VMOVDQU64 %s, %d(R8)", B[l], 64*half)
		}
	}
	e("VZEROUPPER")
	e("RET\n")
}

func main() {
	flag.Parse()
	fmt.Fprintf(&out, "// Code generated by go run ./internal/fp8gen; DO NOT EDIT.\n\n//go:build amd64 && !purego\n\n#include \"textflag.h\"\n\n")
	pl := limbs(p)
	data("fp8P", pl[:])
	p4 := limbs(new(big.Int).Lsh(p, 2))
	data("fp8P4", p4[:])
	r := new(big.Int).Lsh(big.NewInt(1), limbBits)
	pinv := new(big.Int).ModInverse(p, r)
	pinv.Sub(r, pinv)
	data("fp8PInv", []uint64{pinv.Uint64()})
	data("fp8Mask", []uint64{mask.Uint64()})
	data("fp8T4lo", []uint64{0, 1, 2, 3, 8, 9, 10, 11})
	data("fp8T4hi", []uint64{4, 5, 6, 7, 12, 13, 14, 15})
	data("fp8T2lo", []uint64{0, 1, 8, 9, 4, 5, 12, 13})
	data("fp8T2hi", []uint64{2, 3, 10, 11, 6, 7, 14, 15})
	data("fp8T1lo", []uint64{0, 8, 2, 10, 4, 12, 6, 14})
	data("fp8T1hi", []uint64{1, 9, 3, 11, 5, 13, 7, 15})
	mul8()
	gather8()
	scatter8()
	addsub("add8", false)
	addsub("sub8", true)
	if err := os.WriteFile(*outPath, out.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
}
