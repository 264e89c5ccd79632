package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
	"github.com/quire-da/quire/dac/node"
	"github.com/quire-da/quire/sampler/light"
)

// captureFlags runs `quire path... -h` and returns its stdout and the flag
// set it parsed, found through newFlagSet's name.
func helpOf(t *testing.T, path []string) (string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(append(slices.Clone(path), "-h"), &out, &errOut)
	if code != exitOK {
		t.Fatalf("quire %s -h: exit %d, stderr %q", strings.Join(path, " "), code, errOut.String())
	}
	return out.String(), errOut.String()
}

var flagLine = regexp.MustCompile(`(?m)^  -{1,2}([a-zA-Z0-9][a-zA-Z0-9-]*)`)

// TestEveryCommandHelp enumerates the command table (so commands added
// later are covered): `quire CMD [SUB] -h` and `quire help CMD [SUB]` exit
// 0 with a usage on stdout and nothing on stderr; every flag's name is
// lower-case words joined by dashes, no command defines an old spelling
// of a flag as its own, and the environment variable of every flag
// follows the QUIRE_ rule.
func TestEveryCommandHelp(t *testing.T) {
	var paths [][]string
	for _, name := range commandNames() {
		paths = append(paths, []string{name})
		for _, sub := range commands[name].subcommands {
			paths = append(paths, []string{name, sub})
		}
	}
	if len(paths) < 20 {
		t.Fatalf("only %d commands and subcommands", len(paths))
	}
	nameRule := regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
	for _, p := range paths {
		t.Run(strings.Join(p, "_"), func(t *testing.T) {
			out, errOut := helpOf(t, p)
			if !strings.HasPrefix(strings.ToLower(strings.TrimSpace(out)), "usage") {
				t.Errorf("help does not start with usage: %q", firstLine(out))
			}
			if errOut != "" {
				t.Errorf("help wrote to stderr: %q", errOut)
			}
			var hout, herr bytes.Buffer
			if code := run(append([]string{"help"}, p...), &hout, &herr); code != exitOK || hout.String() != out {
				t.Errorf("quire help %s: exit %d, output differs from -h", strings.Join(p, " "), code)
			}
			for _, m := range flagLine.FindAllStringSubmatch(out, -1) {
				f := m[1]
				if !nameRule.MatchString(f) && f != "V" {
					t.Errorf("flag -%s is not lower-case-dashed", f)
				}
				if canon, ok := flagAliases[f]; ok && !strings.Contains(out, aliasUsagePrefix+canon) {
					t.Errorf("flag -%s is an old spelling of --%s but is defined as a flag of its own", f, canon)
				}
				if env := envName(f); !regexp.MustCompile(`^QUIRE_[A-Z0-9_]+$`).MatchString(env) {
					t.Errorf("flag -%s: environment name %s", f, env)
				}
			}
		})
	}
}

func firstLine(s string) string { l, _, _ := strings.Cut(s, "\n"); return l }

func TestUnknownCommandSuggests(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"smaple"}, "did you mean: sample?"},
		{[]string{"comittee"}, "did you mean: committee?"},
		{[]string{"committee", "shwo"}, "did you mean: show?"},
		{[]string{"keys", "nwe"}, "did you mean: new?"},
	} {
		var out, errOut bytes.Buffer
		if code := run(tt.args, &out, &errOut); code != exitUsage {
			t.Errorf("%v: exit %d", tt.args, code)
		}
		if !strings.Contains(errOut.String(), tt.want) {
			t.Errorf("%v: stderr %q lacks %q", tt.args, errOut.String(), tt.want)
		}
	}
	if s := suggest("zzzzzz", commandNames()); len(s) != 0 {
		t.Errorf("suggest(zzzzzz) = %v", s)
	}
}

func TestParseFlagsGrammar(t *testing.T) {
	defer func(old func(string) (string, bool)) { lookupEnv = old }(lookupEnv)
	env := map[string]string{"QUIRE_RPC": "http://env", "QUIRE_COUNT": "7"}
	lookupEnv = func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	mk := func() (*flag.FlagSet, *string, *string, *int, *bool) {
		fs := newFlagSet("t", io.Discard)
		rpc := fs.String("rpc", "", "")
		out := fs.String("out", "", "")
		n := fs.Int("count", 0, "")
		b := fs.Bool("json", false, "")
		return fs, rpc, out, n, b
	}
	tests := []struct {
		name    string
		args    []string
		rpc     string
		out     string
		n       int
		json    bool
		pos     []string
		wantErr bool
	}{
		{"env fills unset flags", []string{"a"}, "http://env", "", 7, false, []string{"a"}, false},
		{"flags after arguments", []string{"a", "--out", "f", "b", "--json"}, "http://env", "f", 7, true, []string{"a", "b"}, false},
		{"flag beats env", []string{"--rpc", "x", "a"}, "x", "", 7, false, []string{"a"}, false},
		{"alias beats env", []string{"--l1-rpc", "y"}, "y", "", 7, false, nil, false},
		{"-o alias", []string{"a", "-o", "z"}, "http://env", "z", 7, false, []string{"a"}, false},
		{"-- ends flags", []string{"a", "--", "--json", "-o"}, "http://env", "", 7, false, []string{"a", "--json", "-o"}, false},
		{"unknown flag", []string{"a", "--nope"}, "", "", 0, false, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs, rpc, out, n, b := mk()
			err := parseFlags(fs, tt.args)
			if tt.wantErr {
				if err == nil {
					t.Fatal("no error")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if *rpc != tt.rpc || *out != tt.out || *n != tt.n || *b != tt.json {
				t.Errorf("rpc %q out %q count %d json %v", *rpc, *out, *n, *b)
			}
			if got := fs.Args(); !slices.Equal(got, tt.pos) && !(len(got) == 0 && len(tt.pos) == 0) {
				t.Errorf("args %q, want %q", got, tt.pos)
			}
		})
	}
	// A bad value in the environment is a usage error naming the variable.
	env["QUIRE_COUNT"] = "many"
	fs, _, _, _, _ := mk()
	if err := parseFlags(fs, nil); err == nil || !strings.Contains(err.Error(), "QUIRE_COUNT") {
		t.Errorf("bad env value: %v", err)
	}
}

func TestExitCodes(t *testing.T) {
	codes := map[int]bool{}
	for _, c := range []int{exitOK, exitError, exitUsage, exitNegative, exitFallback} {
		if codes[c] {
			t.Fatalf("exit code %d used twice", c)
		}
		codes[c] = true
	}
	for _, tt := range []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{flag.ErrHelp, exitOK},
		{fmt.Errorf("%w: x", errUsage), exitUsage},
		{fmt.Errorf("%w: blob 0x.. is UNAVAILABLE", errNegative), exitNegative},
		{fmt.Errorf("%w: bad signature", errCertInvalid), exitNegative},
		{fmt.Errorf("put: %w", &api.Error{Code: api.CodeNoQuorum, Message: "2 of 4"}), exitFallback},
		{&api.Error{Code: api.CodeTimeout}, exitError},
		{io.ErrUnexpectedEOF, exitError},
	} {
		if got := exitCode(tt.err); got != tt.want {
			t.Errorf("exitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"cert", "verify", "--nope"}, &out, &errOut); code != exitUsage {
		t.Errorf("usage error: exit %d", code)
	}
}

// TestConfigPrintsEveryField reflects over each daemon's config struct:
// every JSON field (recursively) must be in `quire X config` and in the
// --init template, and the template must load back to the defaults.
func TestConfigPrintsEveryField(t *testing.T) {
	defer func(old func() []string) { environ = old }(environ)
	environ = func() []string { return nil }
	for _, tt := range []struct {
		name     string
		typ      reflect.Type
		defaults func(dir string) any
		load     func(t *testing.T, path string) any
	}{
		{"node", reflect.TypeFor[node.Config](), func(dir string) any {
			c := node.DefaultConfig()
			c.Store.Dir = filepath.Join(dir, c.Store.Dir) // relative to the file
			return c
		}, func(t *testing.T, path string) any {
			c, err := loadNodeConfig(nodeFlags{config: path}, func(string) (string, bool) { return "", false })
			if err != nil {
				t.Fatal(err)
			}
			return c
		}},
		{"disperser", reflect.TypeFor[disperserFile](), func(string) any { return disperserFile{Config: disperser.DefaultConfig()} }, func(t *testing.T, path string) any {
			c, err := loadDisperserFile(disperserFlags{config: path})
			if err != nil {
				t.Fatal(err)
			}
			return *c
		}},
		{"sample", reflect.TypeFor[light.Config](), func(dir string) any {
			c := light.DefaultConfig()
			c.Store.Dir = filepath.Join(dir, c.Store.Dir)
			return c
		}, func(t *testing.T, path string) any {
			c, err := loadSampleConfig(sampleFlags{config: path, follow: true}, func(string) (string, bool) { return "", false })
			if err != nil {
				t.Fatal(err)
			}
			return c
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var printed, errOut bytes.Buffer
			if code := run([]string{tt.name, "config"}, &printed, &errOut); code != exitOK {
				t.Fatalf("config: exit %d: %s", code, errOut.String())
			}
			var tmpl bytes.Buffer
			if code := run([]string{tt.name, "config", "--init"}, &tmpl, &errOut); code != exitOK {
				t.Fatalf("config --init: exit %d: %s", code, errOut.String())
			}
			for _, f := range jsonFields(tt.typ, "", true) {
				if !strings.Contains(tmpl.String(), `"`+f+`":`) {
					t.Errorf("template lacks %s", f)
				}
			}
			for _, f := range jsonFields(tt.typ, "", false) {
				if !strings.Contains(printed.String(), `"`+f+`":`) {
					t.Errorf("printout lacks %s", f)
				}
			}
			path := filepath.Join(t.TempDir(), "c.json")
			if err := os.WriteFile(path, tmpl.Bytes(), 0o600); err != nil {
				t.Fatal(err)
			}
			got := tt.load(t, path)
			want := tt.defaults(filepath.Dir(path))
			if !reflect.DeepEqual(normalize(t, got), normalize(t, want)) {
				t.Errorf("template does not load back to the defaults:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// normalize prints v the way config does, for comparisons that ignore a
// nil pointer against a zero struct.
func normalize(t *testing.T, v any) string {
	t.Helper()
	tree, err := configTree(reflect.ValueOf(v), true)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := writeConfig(&b, tree, false); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// jsonFields lists the leaf-or-object JSON names of a struct type
// (without the path, since printouts are indented, not dotted); through
// pointers only when expand.
func jsonFields(typ reflect.Type, prefix string, expand bool) []string {
	var out []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, embedded := jsonName(f)
		ft := f.Type
		if embedded {
			out = append(out, jsonFields(ft, prefix, expand)...)
			continue
		}
		if name == "" {
			continue
		}
		out = append(out, name)
		if ft.Kind() == reflect.Pointer {
			if !expand {
				continue
			}
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct && !ft.Implements(textMarshaler) && !reflect.PointerTo(ft).Implements(textMarshaler) {
			out = append(out, jsonFields(ft, prefix+name+".", expand)...)
		}
	}
	return out
}

func TestConfigFileErrorsAndPaths(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tt := range []struct {
		name, body, want string
	}{
		{"syntax", "{\n  \"chain_id\": 1,\n  \"listen\": [\"a\" \"b\"]\n}", "bad.json:3:"},
		{"type", "{\n  // a comment\n  \"chain_id\": \"one\"\n}", ":3:"},
		{"unknown", "{\n\n   \"chian_id\": 1}", ":3:4: unknown field \"chian_id\""},
		{"trailing", "{}\n{}", ":2:"},
		{"truncated", "{\n\"chain_id\": 1,", "unexpected end"},
	} {
		p := write("bad.json", tt.body)
		_, err := loadNodeConfig(nodeFlags{config: p}, func(string) (string, bool) { return "", false })
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	p := write("paths.json", `{"keystore": "keys/ks.json", "identity_key_file": "/abs/id", "store": {"dir": "data"}, // c "x"
	"log_level": "debug // not a comment"}`)
	cfg, err := loadNodeConfig(nodeFlags{config: p}, func(string) (string, bool) { return "", false })
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Keystore != filepath.Join(dir, "keys/ks.json") || cfg.IdentityKeyFile != "/abs/id" || cfg.Store.Dir != filepath.Join(dir, "data") {
		t.Errorf("paths: keystore %q identity %q store %q", cfg.Keystore, cfg.IdentityKeyFile, cfg.Store.Dir)
	}
	if cfg.LogLevel != "debug // not a comment" {
		t.Errorf("comment stripped inside a string: %q", cfg.LogLevel)
	}
	// A default relative path the file does not set is left alone.
	cfg, err = loadNodeConfig(nodeFlags{config: write("empty.json", "{}")}, func(string) (string, bool) { return "", false })
	if err != nil || cfg.Store.Dir != node.DefaultConfig().Store.Dir {
		t.Errorf("default store dir %q, %v", cfg.Store.Dir, err)
	}
}

func TestConfigRedactsAndWarns(t *testing.T) {
	defer func(old func() []string) { environ = old }(environ)
	defer func(old func(string) (string, bool)) { lookupEnv = old }(lookupEnv)
	env := map[string]string{"QUIRE_RPC": "https://user:pw@rpc.example/v3/APIKEY123?token=SECRET", "QUIRE_CHIAN_ID": "1", "QUIRE_L1_MODE": "async"}
	lookupEnv = func(k string) (string, bool) { v, ok := env[k]; return v, ok }
	environ = func() []string {
		var out []string
		for k, v := range env {
			out = append(out, k+"="+v)
		}
		return out
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"disperser", "config", "--http", "127.0.0.1:9"}, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, secret := range []string{"APIKEY123", "SECRET", "user:pw"} {
		if strings.Contains(out.String(), secret) {
			t.Errorf("printout shows %q", secret)
		}
	}
	for _, want := range []string{`"https://rpc.example/REDACTED"`, `"l1_mode": "async"`, `"http_addr": "127.0.0.1:9"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("printout lacks %s:\n%s", want, out.String())
		}
	}
	for _, want := range []string{"$QUIRE_CHIAN_ID is not a setting of quire disperser config", "environment $QUIRE_L1_MODE", "flags --http"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("stderr lacks %q: %s", want, errOut.String())
		}
	}
	if strings.Contains(errOut.String(), "QUIRE_RPC is not") {
		t.Errorf("QUIRE_RPC flagged unknown: %s", errOut.String())
	}
}

func TestInitRefusesToOverwrite(t *testing.T) {
	p := filepath.Join(t.TempDir(), "node.json")
	var out, errOut bytes.Buffer
	if code := run([]string{"node", "config", "--init", "--config", p}, &out, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if code := run([]string{"node", "config", "--init", "--config", p}, &out, &errOut); code != exitUsage {
		t.Errorf("second --init: exit %d", code)
	}
	out.Reset()
	if code := run([]string{"node", "config", "--config", p}, &out, &errOut); code != exitOK {
		t.Fatalf("config of the template: exit %d: %s", code, errOut.String())
	}
}

// TestCompletionBash loads the script into bash (when there is one) and
// completes command and subcommand names.
func TestCompletionBash(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("no bash")
	}
	var script, errOut bytes.Buffer
	if code := run([]string{"completion", "bash"}, &script, &errOut); code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, tt := range []struct {
		words string
		want  string
	}{
		{"quire co", "committee completion"},
		{"quire committee sh", "show"},
		{"quire node ", "status config"},
		{"quire help sam", "sample"},
	} {
		words := strings.Fields(tt.words)
		if strings.HasSuffix(tt.words, " ") {
			words = append(words, "")
		}
		var quoted []string
		for _, w := range words {
			quoted = append(quoted, "'"+w+"'")
		}
		prog := script.String() + fmt.Sprintf("\nCOMP_WORDS=(%s); COMP_CWORD=%d; _quire; echo \"${COMPREPLY[*]}\"\n", strings.Join(quoted, " "), len(words)-1)
		out, err := exec.Command(bash, "--norc", "-c", prog).CombinedOutput()
		if err != nil {
			t.Fatalf("%q: %v: %s", tt.words, err, out)
		}
		if got := strings.TrimSpace(string(out)); got != tt.want {
			t.Errorf("%q completes to %q, want %q", tt.words, got, tt.want)
		}
	}
	if code := run([]string{"completion", "fish"}, &script, &errOut); code != exitUsage {
		t.Errorf("completion fish: exit %d", code)
	}
}

// FuzzDecodeConfig: a config file is bytes from a user. Decoding never
// panics, stripComments keeps every byte position and every newline, and
// every error starts with LINE:COL inside the file.
func FuzzDecodeConfig(f *testing.F) {
	for _, s := range []string{
		"{}", `{"chain_id": 1, // c` + "\n}", `{"log_level": "a // b"}`, "{\n\"x\": 1}", `{"listen": ["a" "b"]}`,
		`{"store": {"dir": "d\" // x"}}`, "// only\n", `{"committee": {"static": {"members": [{"public_key": "0x"}]}}}`,
	} {
		f.Add([]byte(s))
	}
	posRe := regexp.MustCompile(`^(\d+):(\d+): `)
	f.Fuzz(func(t *testing.T, raw []byte) {
		stripped := stripComments(raw)
		if len(stripped) != len(raw) {
			t.Fatalf("length %d -> %d", len(raw), len(stripped))
		}
		for i := range raw {
			if (raw[i] == '\n') != (stripped[i] == '\n') {
				t.Fatalf("newline moved at %d", i)
			}
		}
		cfg := node.DefaultConfig()
		err := decodeConfig(raw, &cfg)
		if err == nil {
			return
		}
		m := posRe.FindStringSubmatch(err.Error())
		if m == nil {
			t.Fatalf("error without position: %v", err)
		}
		lines := bytes.Count(raw, []byte("\n")) + 1
		if line := atoi(m[1]); line < 1 || line > lines {
			t.Fatalf("line %d of %d: %v", line, lines, err)
		}
	})
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
