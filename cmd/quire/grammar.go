package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser/api"
)

// Exit codes of quire, documented in the README's "Command line" section.
// A verdict is not a failure to reach a verdict: a blob found UNAVAILABLE
// or a certificate that does not verify exits exitNegative, while an
// unreachable endpoint exits exitError.
const (
	exitOK       = 0 // done; for sample: AVAILABLE; for cert verify: valid
	exitError    = 1 // could not finish: network, L1, disk, a refused request
	exitUsage    = 2 // the command line or the configuration is wrong
	exitNegative = 3 // a negative verdict: UNAVAILABLE, INVALID, EXPIRED, a bad certificate, get bytes that do not verify
	exitFallback = 4 // put: the committee reached no quorum; post the batch to L1 instead
)

// errNegative marks a negative verdict (see exitNegative).
var errNegative = errors.New("negative verdict")

// exitCode maps the error a command returned to the process exit code.
func exitCode(err error) int {
	var ae *api.Error
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errUsage):
		return exitUsage
	case errors.Is(err, errNegative), errors.Is(err, errCertInvalid), errors.Is(err, client.ErrNotVerified):
		return exitNegative
	case errors.As(err, &ae) && ae.Code == api.CodeNoQuorum:
		return exitFallback
	default:
		return exitError
	}
}

// flagAliases maps an old spelling of a flag to its one name. Every flag
// set built by newFlagSet accepts the old spelling wherever it defines the
// new one (see addAliases).
var flagAliases = map[string]string{
	"l1-rpc":            "rpc",
	"committee-address": "committee",
	"o":                 "out",
}

const aliasUsagePrefix = "alias of --"

// addAliases defines, for every canonical flag of fs, its old spellings
// as flags sharing the same value. A flag set that defines only an old
// spelling (a command not yet converted) gets the canonical name too, so
// both spellings always work.
func addAliases(fs *flag.FlagSet) {
	for alias, canon := range flagAliases {
		a, c := fs.Lookup(alias), fs.Lookup(canon)
		switch {
		case c != nil && a == nil && !isAlias(c):
			fs.Var(c.Value, alias, aliasUsagePrefix+canon)
		case a != nil && c == nil && !strings.HasPrefix(a.Usage, aliasUsagePrefix):
			fs.Var(a.Value, canon, a.Usage)
		}
	}
}

// isAlias reports whether f only stands for another flag.
func isAlias(f *flag.Flag) bool { return strings.HasPrefix(f.Usage, aliasUsagePrefix) }

// envName is the environment variable of a flag: QUIRE_ and the flag's
// name in upper case with dashes as underscores (--l1-mode: QUIRE_L1_MODE).
func envName(flagName string) string {
	return "QUIRE_" + strings.ToUpper(strings.ReplaceAll(flagName, "-", "_"))
}

// lookupEnv reads the environment; tests replace it.
var lookupEnv = os.LookupEnv

// applyEnv sets every flag of fs that the command line left unset from
// its environment variable, so that a flag beats its variable and the
// variable beats the config file and the default.
func applyEnv(fs *flag.FlagSet) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	// An alias given on the command line sets its canonical flag.
	for alias, canon := range flagAliases {
		if set[alias] {
			set[canon] = true
		}
		if set[canon] {
			set[alias] = true
		}
	}
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		if err != nil || set[f.Name] || isAlias(f) {
			return
		}
		if v, ok := lookupEnv(envName(f.Name)); ok && v != "" {
			if e := fs.Set(f.Name, v); e != nil {
				err = fmt.Errorf("%w: $%s: %v", errUsage, envName(f.Name), e)
			}
		}
	})
	return err
}

// parseFlags parses args into fs: flags may come before, between and after
// the positional arguments ("--" ends the flags), old spellings are
// accepted (flagAliases), unset flags are taken from their QUIRE_*
// variables (applyEnv), and flag errors become errUsage. fs.Args() are
// the positional arguments afterwards.
func parseFlags(fs *flag.FlagSet, args []string) error {
	addAliases(fs)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
	if err := applyEnv(fs); err != nil {
		return err
	}
	// Leave exactly the positional arguments in fs.Args().
	return fs.Parse(append([]string{"--"}, pos...))
}

// wantsHelp reports whether args ask for help (-h, -help or --help before
// any "--").
func wantsHelp(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "-help", "--help":
			return true
		}
	}
	return false
}

// suggest returns the known names closest to name (edit distance at most
// 2, or a prefix match), best first.
func suggest(name string, known []string) []string {
	type cand struct {
		s string
		d int
	}
	var cs []cand
	for _, k := range known {
		d := editDistance(name, k)
		if strings.HasPrefix(k, name) && len(name) >= 2 {
			d = min(d, 1)
		}
		if d <= 2 {
			cs = append(cs, cand{k, d})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		return cs[i].s < cs[j].s
	})
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.s
	}
	return out
}

// editDistance is the Levenshtein distance of a and b (bytes).
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// commandNames returns the registered command names, sorted.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// isTerminal reports whether w is a terminal (a character device); the
// progress bars of put and get draw only there. Tests replace it.
var isTerminal = func(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
