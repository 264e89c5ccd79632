package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/quire-da/quire/dac/disperser"
)

const apiKeyUsage = `usage: quire disperser api-key --name NAME [--bytes-per-day N] [--requests-per-second R --burst B]

Makes an API key for a disperser's uploads. It prints the token, which the
client sends (quire put --api-key TOKEN, QUIRE_API_KEY, or the header
"Authorization: Bearer TOKEN"), and the entry to add under "auth": {"keys":
[...]} in the disperser's config, which holds the token's SHA-256, never the
token. Give the token to the client only; it is not shown again.

flags:
`

func runAPIKey(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("disperser api-key", stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, apiKeyUsage)
		fs.PrintDefaults()
	}
	name := fs.String("name", "", "the key's `name` (who holds it; shown in logs and errors)")
	perDay := fs.Int64("bytes-per-day", 0, "upload quota in blob `bytes` a day (0: none)")
	rps := fs.Float64("requests-per-second", 0, "upload request `rate` (0: none)")
	burst := fs.Int("burst", 0, "uploads allowed at once above the rate (needed with --requests-per-second)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 || *name == "" {
		return fmt.Errorf("%w: api-key needs --name and takes no arguments", errUsage)
	}
	token, sum, err := disperser.NewAPIKey()
	if err != nil {
		return err
	}
	entry := disperser.APIKey{Name: *name, SHA256: sum, BytesPerDay: *perDay, RequestsPerSecond: *rps, Burst: *burst}
	check := disperser.AuthConfig{Keys: []disperser.APIKey{entry}}
	if err := check.Validate(); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	b, err := json.Marshal(entry)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "token: %s\nconfig entry (auth.keys): %s\n", token, b)
	return nil
}
