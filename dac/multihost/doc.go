// Package multihost holds the integration suite that runs the committee's
// members and the disperser as separate `quire` processes, each in its own
// Linux network namespace joined to a bridge by a veth pair, and breaks the
// network between them: partitions (a veth taken down), processes killed
// with SIGKILL and restarted. It has no code of its own; the tests skip,
// saying why, where network namespaces cannot be made (not Linux, not
// root).
package multihost
