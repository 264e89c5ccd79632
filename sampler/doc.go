// Package sampler is the light client that checks availability of certified
// blobs by random sampling. (Issue 6; not yet built.)
package sampler
