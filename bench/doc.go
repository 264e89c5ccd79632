// Package bench holds the cross-component benchmarks that compare quire
// with its peers in one run.
//
// Archive tier (archive_test.go; codec throughput is in package erasure):
//
//	go test -run '^$' -bench Archive -benchtime 2s ./erasure/
//	go test -run '^$' -bench 'ArchiveRestore|ArchiveStorage' -benchtime 3x ./bench/
//
// The bundled rollup with every service a process on geth --dev
// (rollup_test.go; rollupnet_test.go is the harness: the committee and
// disperser of `quire devnet --rpc`, `quire rollup sequencer`, `quire
// rollup node`), and its end-to-end test (rollup_e2e_test.go):
//
//	QUIRE_ROLLUP_SECONDS=60 go test ./bench -run '^$' -bench RollupProcesses -benchtime 1x
//	go test ./bench -run TestRollupProcessesEndToEnd -v
package bench
