package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var deployDir = filepath.Join("..", "..", "deploy")

// promtool finds promtool; outside CI a missing one skips the test, in CI
// (CI=true) it fails: `make tools` installs it from apt.
func promtool(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("promtool")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("promtool not found (CI=true): run make tools (apt-get install prometheus)")
		}
		t.Skip("promtool not found: apt-get install prometheus (make tools) to check the alert rules")
	}
	return p
}

// TestAlertRules runs promtool's syntax check and the alerts' unit tests
// (deploy/prometheus/quire-alerts_test.yml).
func TestAlertRules(t *testing.T) {
	bin := promtool(t)
	dir := filepath.Join(deployDir, "prometheus")
	for _, args := range [][]string{
		{"check", "rules", "quire-alerts.yml"},
		{"test", "rules", "quire-alerts_test.yml"},
	} {
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("promtool %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
}

// quireName matches the metric names queries use; histogram series
// suffixes are mapped back to their family.
var quireName = regexp.MustCompile(`\bquire_[a-z0-9_]+`)

func family(name string) string {
	for _, suf := range []string{"_bucket", "_sum", "_count"} {
		if f, ok := strings.CutSuffix(name, suf); ok && strings.HasSuffix(f, "_seconds") {
			return f
		}
	}
	return name
}

// TestDeployMetricsExist: every metric the alert rules and the Grafana
// dashboard query is one the services export.
func TestDeployMetricsExist(t *testing.T) {
	known := map[string]bool{}
	for _, s := range metricServices(t) {
		for _, m := range s.Metrics {
			known[m.Name] = true
		}
	}
	rules, err := os.ReadFile(filepath.Join(deployDir, "prometheus", "quire-alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var exprs []string
	for _, line := range strings.Split(string(rules), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			exprs = append(exprs, line)
		}
	}
	dash, err := os.ReadFile(filepath.Join(deployDir, "grafana", "quire-dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		Panels []struct {
			Title   string
			Targets []struct{ Expr string }
		}
	}
	if err := json.Unmarshal(dash, &d); err != nil {
		t.Fatalf("dashboard: %v", err)
	}
	if len(d.Panels) == 0 {
		t.Fatal("dashboard has no panels")
	}
	for _, p := range d.Panels {
		if len(p.Targets) == 0 {
			t.Fatalf("panel %q has no query", p.Title)
		}
		for _, tg := range p.Targets {
			exprs = append(exprs, tg.Expr)
		}
	}
	seen := 0
	for _, e := range exprs {
		for _, n := range quireName.FindAllString(e, -1) {
			seen++
			if !known[family(n)] {
				t.Errorf("%s is queried in deploy/ but no service exports it", n)
			}
		}
	}
	if seen < 10 {
		t.Fatalf("only %d metric references found", seen)
	}
}
