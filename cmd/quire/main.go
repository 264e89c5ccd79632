// Command quire is the single binary of the quire data-availability network:
// storage node, disperser, light client, devnet and the tools around them.
//
// Each subcommand lives in its own file and registers itself with register;
// main only dispatches, and it is the only place that exits.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
)

// command is one `quire NAME` subcommand.
type command struct {
	name    string
	summary string
	// subcommands lists the names of `quire NAME SUB`, if the command has
	// any; help, completion and the table test of every command use it.
	subcommands []string
	// optionalSubs: the command also runs without a subcommand, and may
	// take positional arguments (quire sample BLOBID).
	optionalSubs bool
	// run receives the arguments after the subcommand name. It returns
	// errUsage (possibly wrapped) when the arguments are wrong.
	run func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

var commands = map[string]command{}

func register(c command) {
	if _, dup := commands[c.name]; dup {
		panic("quire: duplicate command " + c.name)
	}
	commands[c.name] = c
}

// errUsage marks a mistake in the command line; main exits 2 for it.
var errUsage = errors.New("usage error")

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: quire <command> [flags] [args]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, n := range commandNames() {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'quire help <command>' or 'quire <command> -h' for a command's flags.")
	fmt.Fprintln(w, "Every flag --some-name may also be set as $QUIRE_SOME_NAME; the flag wins.")
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches args and returns the process exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help":
		usage(stdout)
		return exitOK
	case "help":
		if len(args) == 1 {
			usage(stdout)
			return exitOK
		}
		// quire help CMD [SUB]: the same as quire CMD [SUB] -h.
		return run(append(append([]string{}, args[1:]...), "-h"), stdout, stderr)
	case "--version", "-version", "-V":
		args = []string{"version"}
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "quire: unknown command %q\n", args[0])
		if s := suggest(args[0], commandNames()); len(s) > 0 {
			fmt.Fprintf(stderr, "did you mean: %s?\n", strings.Join(s, ", "))
		}
		fmt.Fprintln(stderr, "Run 'quire help' for the list of commands.")
		return exitUsage
	}
	if len(c.subcommands) > 0 && !c.optionalSubs && len(args) > 1 && !strings.HasPrefix(args[1], "-") &&
		args[1] != "help" && !slices.Contains(c.subcommands, args[1]) {
		fmt.Fprintf(stderr, "quire %s: unknown %s subcommand %q\n", c.name, c.name, args[1])
		if s := suggest(args[1], c.subcommands); len(s) > 0 {
			fmt.Fprintf(stderr, "did you mean: %s?\n", strings.Join(s, ", "))
		}
		fmt.Fprintf(stderr, "subcommands: %s\n", strings.Join(c.subcommands, ", "))
		return exitUsage
	}
	// Help goes to stdout, for every command and subcommand alike.
	cmdErr := stderr
	if wantsHelp(args[1:]) {
		cmdErr = stdout
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	err := c.run(ctx, args[1:], stdout, cmdErr)
	code := exitCode(err)
	if code != exitOK {
		fmt.Fprintf(stderr, "quire %s: %v\n", c.name, err)
	}
	return code
}

// newFlagSet returns a flag set for a subcommand that reports errors
// instead of exiting and prints its help to stderr.
func newFlagSet(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("quire "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}
