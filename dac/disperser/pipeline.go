package disperser

import (
	"context"
	"fmt"
	"time"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/p2p"
)

// Scheduling: how the Workers dispersals in flight share the machine.
//
// A dispersal has two stages. Encoding (the square, its commitments and
// proofs, the archive shards) is CPU bound: one encoding already uses
// every core (EncodeWorkers). Dispersal and certification (uploads to the
// members, their verification and signatures, aggregation) mostly wait
// on the network and on the members' CPU.
//
// With the pipeline (the default) a dispersal holds one of Encoders
// encoder slots only while it encodes and gives it back before its first
// upload, so the next blob's encoding overlaps the dispersal and
// certification of the previous ones and an encoding never waits on a
// network round trip; encodings never run more than Encoders at once, so
// they do not slow each other down by sharing the cores. Sequential
// scheduling (the scheduling before the pipeline, kept for comparison)
// lets every worker encode whenever its blob comes, up to Workers
// encodings at once.
//
// Memory stays bounded in both: at most QueueSize blobs wait, Workers
// blobs are in flight (their bytes held until certified), at most
// Encoders (pipeline) or Workers (sequential) squares are being built, at
// most Workers blobs' columns are being uploaded, and late uploads hold at
// most MaxLateBytes more.

// Scheduling modes (Config.Scheduling).
const (
	SchedulePipeline   = "pipeline"
	ScheduleSequential = "sequential"
)

// Stage labels of the occupancy metrics.
const (
	stageEncode   = "encode"
	stageDisperse = "disperse"
)

// pipelined reports whether the encoder slots bound encodings.
func (c *Config) pipelined() bool { return c.Scheduling != ScheduleSequential }

// encoders returns how many blobs may be encoded at once: Encoders (1
// when 0, at most Workers) with the pipeline, Workers when sequential.
func (c *Config) encoders() int {
	if !c.pipelined() {
		return c.workers()
	}
	return min(max(c.Encoders, 1), c.workers())
}

// newEncoderSlots returns the encoder semaphore, nil when sequential.
func newEncoderSlots(cfg *Config) chan struct{} {
	if !cfg.pipelined() {
		return nil
	}
	return make(chan struct{}, cfg.encoders())
}

// prepare is run's first two steps for a job: the committee is read
// outside any encoder slot (it may be an L1 round trip), then the blob is
// encoded holding one, which is given back before returning. The wait for
// a slot counts as queueing (Stages.QueueMS); a job whose deadline passes
// while it waits ends with ErrTimeout, or ErrClosed at shutdown.
func (d *Disperser) prepare(ctx context.Context, j *job) (*preparedJob, error) {
	c, custody, err := d.readCommittee(ctx)
	if err != nil {
		return nil, err
	}
	if d.encoderSlots != nil {
		t0 := time.Now()
		select {
		case d.encoderSlots <- struct{}{}:
		case <-ctx.Done():
			if d.ctx.Err() != nil {
				return nil, ErrClosed
			}
			return nil, &MembersError{Kind: ErrTimeout, Detail: fmt.Sprintf("deadline passed while waiting for an encoder (%.0f ms queued)", j.stages.QueueMS+ms(time.Since(t0)))}
		}
		wait := time.Since(t0)
		j.stages.QueueMS += ms(wait)
		d.metrics.stageSeconds.WithLabelValues("encoder_wait").Observe(wait.Seconds())
		defer func() { <-d.encoderSlots }()
	}
	d.metrics.stageBusy.WithLabelValues(stageEncode).Inc()
	if n := d.encoding.Add(1); n > d.encodingPeak.Load() {
		d.encodingPeak.Store(n) // racy max, exact enough for a peak
	}
	enc, err := d.encode(ctx, j, c)
	d.encoding.Add(-1)
	d.metrics.stageBusy.WithLabelValues(stageEncode).Dec()
	if err != nil {
		return nil, err
	}
	return &preparedJob{c: c, custody: custody, enc: enc}, nil
}

// preparedJob is what prepare hands to the dispersal stage.
type preparedJob struct {
	c       *p2p.Committee
	custody dac.Custody
	enc     *encoded
}
