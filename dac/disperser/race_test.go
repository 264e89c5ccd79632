//go:build race

package disperser_test

const raceEnabled = true
