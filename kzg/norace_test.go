//go:build !race

package kzg

const raceEnabled = false
