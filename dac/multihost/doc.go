// Package multihost holds the integration suite that runs the committee's
// members, the disperser, the light client and L1 (geth --dev) as separate
// processes, each in its own Linux network namespace joined to a bridge by
// a veth pair, and breaks the network between them: partitions (a veth
// taken down), processes killed with SIGKILL and restarted
// (TestPartitionsAndCrashes), and continents 200 ms apart with 1% loss
// (TestContinents: hosts grouped by continent, traffic between groups
// through internal/netem's user-space link emulator, since the kernel here
// has no sch_netem). It has no code of its own; the tests skip, saying
// why, where network namespaces or TUN devices cannot be made (not Linux,
// not root).
package multihost
