package dac

// MinThreshold returns the least threshold t for which a committee of n
// members with replication r passes CheckCustody: any t signers hold at
// least RecoveryColumns distinct columns between them. Coverage only grows
// with t (a superset of signers holds a superset of columns), so every t
// from MinThreshold(n, r) to n passes and every smaller t fails. It returns
// ErrCustodyParams when NewCustody refuses (n, r).
func MinThreshold(n, r int) (int, error) {
	c, err := NewCustody(n, r)
	if err != nil {
		return 0, err
	}
	lo, hi := 1, n // MinCoverage(n) is every column
	for lo < hi {
		mid := (lo + hi) / 2
		if c.MinCoverage(mid) >= RecoveryColumns {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

// CustodyTable is MinThreshold for every committee size and replication:
// byte (n-MinMembers)*MaxReplication + (r-1) is MinThreshold(n, r), or 0
// where NewCustody refuses (n, r) (r > n). The committee contract embeds
// this table (contracts/Committee.sol, custodyTable) to apply CheckCustody
// when a membership change executes; a test checks the two agree.
func CustodyTable() []byte {
	tab := make([]byte, (MaxMembers-MinMembers+1)*MaxReplication)
	for n := MinMembers; n <= MaxMembers; n++ {
		for r := 1; r <= MaxReplication; r++ {
			if t, err := MinThreshold(n, r); err == nil {
				tab[(n-MinMembers)*MaxReplication+r-1] = byte(t)
			}
		}
	}
	return tab
}
