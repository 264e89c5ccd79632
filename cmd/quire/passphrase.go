package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// A passphrase comes from, in order: a password file named by a flag or
// a config field, $QUIRE_KEYSTORE_PASSWORD, or a prompt when standard
// input is a terminal. It is never a flag value. Commands that create a
// key prompt twice; commands that open one prompt once.

// prompt is how many times readPassword asks on a terminal.
type prompt int

const (
	promptOnce  prompt = 1
	promptTwice prompt = 2
)

// stdinTerminal returns standard input's descriptor and whether it is a
// terminal.
func stdinTerminal() (int, bool) {
	fd := int(os.Stdin.Fd())
	return fd, term.IsTerminal(fd)
}

// readPassword returns the passphrase from file, else from the
// environment, else from the terminal (asking p times; the answers must
// match). Prompts go to w.
func readPassword(file string, p prompt, w io.Writer) (string, error) {
	if file != "" {
		b, err := readLimited(file, 1<<16)
		if err != nil {
			return "", fmt.Errorf("reading the password file: %w", err)
		}
		return string(b), nil
	}
	if v, ok := os.LookupEnv(passwordEnv); ok {
		return v, nil
	}
	fd, ok := stdinTerminal()
	if !ok {
		return "", fmt.Errorf("%w: no passphrase: pass a password file or set $%s (or run on a terminal to be asked)", errUsage, passwordEnv)
	}
	ask := func(label string) (string, error) {
		fmt.Fprint(w, label)
		b, err := term.ReadPassword(fd)
		fmt.Fprintln(w)
		if err != nil {
			return "", fmt.Errorf("reading the passphrase: %w", err)
		}
		return string(b), nil
	}
	pw, err := ask("Passphrase: ")
	if err != nil {
		return "", err
	}
	if p == promptTwice {
		again, err := ask("Repeat the passphrase: ")
		if err != nil {
			return "", err
		}
		if again != pw {
			return "", errors.New("the passphrases do not match")
		}
	}
	return pw, nil
}

// v3Password is the passphrase of a go-ethereum V3 keystore as geth reads
// a password file: its first line, without the line ending.
func v3Password(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return strings.TrimSuffix(line, "\r")
}
