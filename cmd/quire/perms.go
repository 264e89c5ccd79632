package main

import (
	"fmt"
	"io/fs"
	"log/slog"
	"os"
)

// loosePerms returns a warning when the secret file at path can be read
// by its group or by others (any of the 0o077 bits), "" otherwise. A file
// that cannot be stat'ed is left to the reader's own error.
func loosePerms(what, path string) string {
	if path == "" {
		return ""
	}
	info, err := os.Stat(path)
	if err != nil || info.Mode().Perm()&0o077 == 0 {
		return ""
	}
	return fmt.Sprintf("%s %s is readable by its group or others (mode %04o); run chmod 600 %s", what, path, info.Mode().Perm(), path)
}

// warnLoosePerms logs a warning for each secret file of files (what ->
// path) that others can read.
func warnLoosePerms(log *slog.Logger, files ...[2]string) {
	for _, f := range files {
		if w := loosePerms(f[0], f[1]); w != "" {
			log.Warn(w, "file", f[1], "mode", fmt.Sprintf("%04o", statMode(f[1])))
		}
	}
}

func statMode(path string) fs.FileMode {
	info, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return info.Mode().Perm()
}
