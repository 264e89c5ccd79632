// Package dac is the data-availability committee: blob headers, custody,
// attestations and certificates.
package dac
