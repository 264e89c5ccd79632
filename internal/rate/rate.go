// Package rate is a token bucket without its own clock or lock: the
// caller passes the time and the bucket's rate and burst on every call and
// holds whatever lock guards it. The member's per-peer read budgets and the
// disperser's per-key upload quotas both use it.
package rate

import "time"

// Bucket holds up to burst tokens and refills at rate tokens a second. The
// zero value is a full bucket. It is not safe for concurrent use.
type Bucket struct {
	tokens float64
	last   time.Time
}

// refill brings the bucket up to now.
func (b *Bucket) refill(now time.Time, rate, burst float64) {
	if b.last.IsZero() {
		b.tokens = burst
	} else if dt := now.Sub(b.last).Seconds(); dt > 0 {
		b.tokens = min(burst, b.tokens+dt*rate)
	}
	b.last = now
}

// Take takes n tokens if the bucket holds them and reports whether it did.
// A request above the burst never passes.
func (b *Bucket) Take(now time.Time, n, rate, burst float64) bool {
	b.refill(now, rate, burst)
	if n > b.tokens {
		return false
	}
	b.tokens -= n
	return true
}

// Give returns n tokens (a reservation larger than what was used), never
// above the burst.
func (b *Bucket) Give(n, burst float64) { b.tokens = min(burst, b.tokens+n) }

// Wait returns how long from now until n tokens are in the bucket: 0 when
// they are now, and a negative duration when they never will be (n above
// the burst, or no refill).
func (b *Bucket) Wait(now time.Time, n, rate, burst float64) time.Duration {
	b.refill(now, rate, burst)
	switch {
	case n <= b.tokens:
		return 0
	case n > burst || rate <= 0:
		return -1
	}
	return time.Duration((n - b.tokens) / rate * float64(time.Second))
}

// Full reports whether the bucket would be full at now: forgetting it
// then changes nothing.
func (b *Bucket) Full(now time.Time, rate, burst float64) bool {
	return b.last.IsZero() || now.Sub(b.last).Seconds()*rate+b.tokens >= burst
}
