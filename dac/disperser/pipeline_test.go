package disperser_test

import (
	"fmt"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/quire-da/quire/dac/disperser"
)

// gauge reads the stage gauge name{stage} from reg.
func stageGauge(t *testing.T, reg *prometheus.Registry, name, stage string) float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
		for _, m := range mf.GetMetric() {
			if labelIs(m, "stage", stage) {
				return m.GetGauge().GetValue()
			}
		}
	}
	t.Fatalf("no %s{stage=%q}", name, stage)
	return 0
}

func labelIs(m *dto.Metric, k, v string) bool {
	for _, l := range m.GetLabel() {
		if l.GetName() == k && l.GetValue() == v {
			return true
		}
	}
	return false
}

// TestPipelineOverlapsEncoding: with the pipeline, one encoder and three
// workers, three blobs whose members hold every upload all reach the
// dispersal stage: the second and third were encoded while the first
// waited on the network. The stages' gauges say so, and the certificates
// come once the members answer.
func TestPipelineOverlapsEncoding(t *testing.T) {
	e := newFake(t, 4, 3, map[int]string{0: "block", 1: "block", 2: "block", 3: "block"}, func(c *disperser.Config) {
		c.Workers, c.Encoders, c.QueueSize = 3, 1, 4
	})
	ctx := timeout(t, time.Minute)
	if got := stageGauge(t, e.reg, "quire_disperser_stage_slots", "encode"); got != 1 {
		t.Fatalf("encode slots %v, want 1", got)
	}
	if got := stageGauge(t, e.reg, "quire_disperser_stage_slots", "disperse"); got != 3 {
		t.Fatalf("disperse slots %v, want 3", got)
	}
	errs := make(chan error, 3)
	for i := range 3 {
		go func() {
			_, err := e.c.Put(ctx, []byte(fmt.Sprintf("pipelined blob %d", i)))
			errs <- err
		}()
	}
	for deadline := time.Now().Add(30 * time.Second); stageGauge(t, e.reg, "quire_disperser_stage_busy", "disperse") != 3; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("dispersing %v, encoding %v: the blobs did not all reach the members",
				stageGauge(t, e.reg, "quire_disperser_stage_busy", "disperse"), stageGauge(t, e.reg, "quire_disperser_stage_busy", "encode"))
		}
	}
	if got := stageGauge(t, e.reg, "quire_disperser_stage_busy", "encode"); got != 0 {
		t.Fatalf("encoding %v while every blob waits on the members", got)
	}
	close(e.net.gate)
	for range 3 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	// The gauge drops when each job's run returns, just after its waiter
	// was woken: wait for it.
	for deadline := time.Now().Add(10 * time.Second); stageGauge(t, e.reg, "quire_disperser_stage_busy", "disperse") != 0; time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("dispersing %v after every certificate", stageGauge(t, e.reg, "quire_disperser_stage_busy", "disperse"))
		}
	}
}

// TestEncodersBound: however many blobs are in flight, no more than
// Encoders are encoded at once with the pipeline; sequential scheduling
// (the comparison mode) still certifies everything.
func TestEncodersBound(t *testing.T) {
	for _, tc := range []struct {
		name     string
		sched    string
		encoders int
		max      int
	}{
		{"pipeline/1", disperser.SchedulePipeline, 1, 1},
		{"pipeline/2", "", 2, 2},
		{"sequential", disperser.ScheduleSequential, 1, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newFake(t, 4, 3, nil, func(c *disperser.Config) {
				c.Workers, c.Encoders, c.Scheduling, c.QueueSize = 4, tc.encoders, tc.sched, 8
			})
			ctx := timeout(t, 2*time.Minute)
			const blobs = 8
			errs := make(chan error, blobs)
			for i := range blobs {
				go func() {
					data := make([]byte, 64<<10)
					data[0], data[1] = byte(i), 0xee
					_, err := e.c.Put(ctx, data)
					errs <- err
				}()
			}
			for range blobs {
				if err := <-errs; err != nil {
					t.Fatal(err)
				}
			}
			peak := disperser.EncodingPeak(e.d)
			if peak < 1 || peak > tc.max {
				t.Fatalf("%d blobs encoded at once, want 1 to %d", peak, tc.max)
			}
			t.Logf("peak encodings at once: %d", peak)
		})
	}
}
