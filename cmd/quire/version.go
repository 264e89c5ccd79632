package main

import (
	"context"
	"fmt"
	"io"
	"runtime"

	"github.com/quire-da/quire/internal/version"
)

func init() {
	register(command{
		name:    "version",
		summary: "print the version of this binary",
		run: func(_ context.Context, args []string, stdout, stderr io.Writer) error {
			fs := newFlagSet("version", stderr)
			if err := parseFlags(fs, args); err != nil {
				return err
			}
			if fs.NArg() != 0 {
				return fmt.Errorf("%w: version takes no arguments", errUsage)
			}
			fmt.Fprintf(stdout, "quire %s %s %s/%s\n", version.String(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return nil
		},
	})
}
