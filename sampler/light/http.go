package light

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/internal/version"
	"github.com/quire-da/quire/sampler"
)

// StatusReport is the /status document.
type StatusReport struct {
	PeerID     string       `json:"peer_id"`
	ChainID    uint64       `json:"chain_id"`
	Committee  Address      `json:"committee_address"`
	Samples    int          `json:"samples"`
	Confidence float64      `json:"confidence"` // what Samples verified samples give
	L1Next     uint64       `json:"l1_next_block"`
	Blobs      []BlobStatus `json:"blobs"`
}

// defaultStatusLimit is how many blobs /status lists unless ?limit= says.
const defaultStatusLimit = 256

// HTTPHandler serves:
//
//	GET /status          the latest blobs' status, verdict and confidence
//	                     (StatusReport; ?limit=N, default 256, 0 for all in memory)
//	GET /status/{blobID} one blob (BlobStatus), 404 if unknown
//	GET /metrics         Prometheus
//	GET /healthz         Health: 200, or 503 when the store fails, the
//	                     L1 checkpoint trails the safe head by more than
//	                     Config.MaxL1Lag blocks, or no peer is connected
//	                     (the JSON also names the build: version, commit, go_version)
func (c *Client) HTTPHandler() http.Handler {
	mux := http.NewServeMux()
	reg := c.registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, r *http.Request) {
		limit := defaultStatusLimit
		if q := r.URL.Query().Get("limit"); q != "" {
			n, err := strconv.Atoi(q)
			if err != nil || n < 0 {
				writeJSON(w, http.StatusBadRequest, map[string]string{"error": "limit: want a count, 0 for all"})
				return
			}
			limit = n
		}
		blobs := c.Statuses()
		if limit > 0 && len(blobs) > limit {
			blobs = blobs[len(blobs)-limit:]
		}
		next, _, _ := c.store.Checkpoint()
		writeJSON(w, http.StatusOK, StatusReport{
			PeerID: c.host.ID().String(), ChainID: c.cfg.ChainID, Committee: c.cfg.CommitteeAddress,
			Samples: c.cfg.Samples, Confidence: sampler.Confidence(c.cfg.Samples), L1Next: next, Blobs: blobs,
		})
	})
	mux.HandleFunc("GET /status/{id}", func(w http.ResponseWriter, r *http.Request) {
		id, err := dac.ParseBlobID(strings.TrimSpace(r.PathValue("id")))
		if err != nil {
			writeJSON(w, http.StatusBadRequest, map[string]string{"error": err.Error()})
			return
		}
		st, ok := c.Status(id)
		if !ok {
			writeJSON(w, http.StatusNotFound, map[string]string{"error": "unknown blob"})
			return
		}
		writeJSON(w, http.StatusOK, st)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		next, _, err := c.store.Checkpoint()
		peers := len(c.host.Network().Peers())
		c.metrics.peers.Set(float64(peers))
		h := judgeHealth(healthInput{storeErr: err, headKnown: c.headRead.Load(), head: c.l1Head.Load(), next: next,
			confirmations: c.cfg.Confirmations, maxLag: c.cfg.MaxL1Lag, peers: peers})
		h.Info = version.Get()
		code := http.StatusOK
		if h.Status != "ok" {
			code = http.StatusServiceUnavailable
		}
		writeJSON(w, code, h)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}
