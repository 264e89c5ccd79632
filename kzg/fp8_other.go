//go:build !amd64 || purego

package kzg

const hasFp8 = false

func mul8(z, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
func add8(z, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
func sub8(z, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
func gather8(z *[4]fe8, b, p *[8]*point8, neg uint64) {
	panic("kzg: no 8-lane field arithmetic on this platform")
}
func scatter8(b *[8]*point8, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
