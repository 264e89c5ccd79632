package archtest

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/quire-da/quire"

// A group is a set of the module's packages, named by their paths inside
// the module.
type group struct {
	name string
	has  func(rel string) bool
}

// under is the group of the packages at or below each of dirs.
func under(dirs ...string) group {
	return group{strings.Join(dirs, ", "), func(rel string) bool {
		return slices.ContainsFunc(dirs, func(d string) bool { return rel == d || strings.HasPrefix(rel, d+"/") })
	}}
}

// exactly is the group of the named packages (not their subpackages).
func exactly(pkgs ...string) group {
	return group{strings.Join(pkgs, ", "), func(rel string) bool { return slices.Contains(pkgs, rel) }}
}

func (g group) or(o group) group {
	return group{g.name + ", " + o.name, func(rel string) bool { return g.has(rel) || o.has(rel) }}
}

func (g group) not() group {
	return group{"not (" + g.name + ")", func(rel string) bool { return !g.has(rel) }}
}

var (
	apps     = under("cmd", "internal/app")
	leaves   = exactly("internal/archtest", "internal/badgeropt", "internal/gethtest", "internal/merkle", "internal/netem", "internal/proctest", "internal/rate", "internal/txseq", "internal/version")
	server   = under("dac/node") // the server, its own tests and nodetest
	everyone = group{"every package", func(string) bool { return true }}
)

// A rule forbids packages in from to import packages in to. Layer rules
// (tests false) hold for a package's code and everything it imports,
// directly or not; the others (tests true) for its direct imports and
// those of its tests.
type rule struct {
	from, to group
	why      string
	tests    bool
}

// rules is the layout of the module: lower layers never reach up.
//
//	erasure, kzg            math; nothing of the protocol above them
//	dac                     the committee; knows nothing of light clients
//	sampler                 light clients; knows nothing of rollups
//	rollup                  on top
//	cmd, internal/app       applications: import anything, imported by no one
//	dac/node                the member server: imported only by applications
//	                        and its own packages (its tests and nodetest,
//	                        which starts real members for other fixtures)
//	internal leaves         helpers that import no project package but leaves
var rules = []rule{
	{under("erasure", "kzg"), under("dac", "sampler", "rollup"), "math knows nothing of the protocol", false},
	{under("dac"), under("sampler", "rollup"), "the committee knows nothing of light clients or rollups", false},
	{under("sampler"), under("rollup"), "light clients know nothing of rollups", false},
	{apps.not(), apps, "applications are imported only by applications", true},
	{apps.or(server).not(), exactly("dac/node"), "the member server is for applications and its own packages (fixtures start members through dac/node/nodetest)", true},
	{leaves, leaves.not(), "internal leaves import only other leaves", false},
}

type pkg struct {
	ImportPath   string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

// loadGraph lists every package of the module with its imports.
func loadGraph(t *testing.T) map[string]*pkg {
	t.Helper()
	statSources(t)
	cmd := exec.Command("go", "list", "-e", "-json=ImportPath,Imports,TestImports,XTestImports", module+"/...")
	out, err := cmd.Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	g := map[string]*pkg{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		g[p.ImportPath] = &p
	}
	if len(g) < 20 {
		t.Fatalf("go list found %d packages", len(g))
	}
	return g
}

// statSources stats every Go file of the module. go test caches a
// passing result unless a file the test opened or stat'd changed; go list
// runs in another process, so without this an edit that breaks a rule
// could be answered from the cache.
func statSources(t *testing.T) {
	t.Helper()
	root, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}").Output()
	if err != nil {
		t.Fatalf("go list -m: %v", err)
	}
	err = filepath.WalkDir(strings.TrimSpace(string(root)), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != "." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || strings.HasSuffix(path, ".go") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// rel returns path inside the module, and whether it is the module's.
func rel(path string) (string, bool) {
	if path == module {
		return "", true
	}
	r, ok := strings.CutPrefix(path, module+"/")
	return r, ok
}

// chain returns the import path from pkg to the first package of bad it
// reaches through non-test imports (pkg -> a -> b -> bad), or nil.
func chain(g map[string]*pkg, start string, bad func(string) bool) []string {
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		p := g[cur]
		if p == nil {
			continue
		}
		for _, imp := range p.Imports {
			if _, seen := prev[imp]; seen {
				continue
			}
			prev[imp] = cur
			if r, ok := rel(imp); ok && bad(r) {
				var path []string
				for at := imp; at != ""; at = prev[at] {
					path = append(path, at)
				}
				slices.Reverse(path)
				return path
			}
			queue = append(queue, imp)
		}
	}
	return nil
}

// violations checks rules against the graph and returns one line per
// offending import.
func violations(g map[string]*pkg, rules []rule) []string {
	var out []string
	paths := make([]string, 0, len(g))
	for p := range g {
		paths = append(paths, p)
	}
	slices.Sort(paths)
	for _, r := range rules {
		for _, path := range paths {
			from, ok := rel(path)
			if !ok || !r.from.has(from) {
				continue
			}
			p := g[path]
			if !r.tests {
				if c := chain(g, path, r.to.has); c != nil {
					out = append(out, r.why+": "+strings.Join(c, " -> "))
				}
				continue
			}
			for _, list := range []struct {
				kind string
				imps []string
			}{{"", p.Imports}, {" (test)", p.TestImports}, {" (test)", p.XTestImports}} {
				for _, imp := range list.imps {
					if to, ok := rel(imp); ok && r.to.has(to) && imp != path {
						out = append(out, r.why+": "+path+list.kind+" imports "+imp)
					}
				}
			}
		}
	}
	return out
}

func TestLayers(t *testing.T) {
	g := loadGraph(t)
	for _, v := range violations(g, rules) {
		t.Error(v)
	}
}

// TestLayerRulesCanFail feeds each rule a graph holding one bad import
// and checks that the rule names it.
func TestLayerRulesCanFail(t *testing.T) {
	m := func(r string) string { return module + "/" + r }
	for _, tc := range []struct {
		name     string
		from, to string
		test     bool
		want     string
	}{
		{"kzg imports dac", "kzg", "dac", false, "math knows nothing"},
		{"erasure reaches rollup", "erasure", "rollup", false, "math knows nothing"},
		{"dac/wire imports sampler", "dac/wire", "sampler", false, "the committee knows nothing"},
		{"dac/disperser imports sampler/light", "dac/disperser", "sampler/light", false, "the committee knows nothing"},
		{"sampler/light imports rollup", "sampler/light", "rollup", false, "light clients know nothing"},
		{"dac/p2p imports cmd", "dac/p2p", "cmd/quire", false, "applications are imported only"},
		{"a test imports the devnet", "dac/disperser", "internal/app/devnet", true, "applications are imported only"},
		{"the disperser imports the server", "dac/disperser", "dac/node", false, "the member server is for"},
		{"a light test imports the server", "sampler/light", "dac/node", true, "the member server is for"},
		{"a fixture imports the server", "dac/disperser/dispersertest", "dac/node", false, "the member server is for"},
		{"merkle imports kzg", "internal/merkle", "kzg", false, "internal leaves import only"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := map[string]*pkg{}
			for _, r := range []string{"kzg", "erasure", "dac", "dac/wire", "dac/disperser", "dac/node", "dac/p2p", "sampler", "sampler/light",
				"rollup", "cmd/quire", "internal/app/devnet", "internal/merkle", "dac/disperser/dispersertest", "dac/node/nodetest"} {
				g[m(r)] = &pkg{ImportPath: m(r)}
			}
			// The allowed imports the real tree has.
			g[m("cmd/quire")].Imports = []string{m("dac/node"), m("internal/app/devnet")}
			g[m("internal/app/devnet")].Imports = []string{m("dac/node")}
			g[m("dac/disperser/dispersertest")].Imports = []string{m("dac/node/nodetest")}
			g[m("dac/node/nodetest")].Imports = []string{m("dac/node")}
			g[m("dac/disperser")].TestImports = []string{m("dac/disperser/dispersertest"), m("sampler")}
			g[m("dac/node")].Imports = []string{m("dac/p2p")}
			g[m("dac/node")].XTestImports = []string{m("dac/node")}
			if v := violations(g, rules); len(v) != 0 {
				t.Fatalf("allowed graph: %q", v)
			}
			// An indirect route, to see the chain named.
			from := g[m(tc.from)]
			if tc.test {
				from.TestImports = append(from.TestImports, m(tc.to))
			} else {
				from.Imports = append(from.Imports, m(tc.to))
			}
			v := violations(g, rules)
			if len(v) == 0 {
				t.Fatalf("%s -> %s not reported", tc.from, tc.to)
			}
			if !strings.Contains(v[0], tc.want) || !strings.Contains(v[0], m(tc.to)) {
				t.Fatalf("reported %q, want the %q rule naming %s", v, tc.want, tc.to)
			}
		})
	}
}
