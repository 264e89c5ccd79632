// Package bench holds the cross-component benchmarks that compare quire
// with its peers in one run.
//
// Archive tier (archive_test.go; codec throughput is in package erasure):
//
//	go test -run '^$' -bench Archive -benchtime 2s ./erasure/
//	go test -run '^$' -bench 'ArchiveRestore|ArchiveStorage' -benchtime 3x ./bench/
package bench
