//go:build race

package kzg

// raceEnabled trims the heaviest tests under the race detector, which
// slows the elliptic-curve arithmetic about tenfold; the paths they skip
// stay covered by the smaller cases (see each use).
const raceEnabled = true
