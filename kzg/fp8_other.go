//go:build !amd64 || purego

package kzg

const hasFp8 = false

func mul8(z, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
func add8(z, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
func sub8(z, x, y *fe8) { panic("kzg: no 8-lane field arithmetic on this platform") }
