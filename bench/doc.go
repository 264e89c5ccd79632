// Package bench holds the cross-component benchmarks that compare quire
// with its peers in one run.
package bench
