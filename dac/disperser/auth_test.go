package disperser_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"testing"

	"github.com/quire-da/quire/dac"
	"github.com/quire-da/quire/dac/client"
	"github.com/quire-da/quire/dac/disperser"
	"github.com/quire-da/quire/dac/disperser/api"
)

// TestUploadAuth: a closed disperser takes uploads only with a key it
// knows or from an allow-listed address, charges each key's byte quota
// and request rate (429 quota_exceeded with an honest Retry-After), and
// keeps reads public (issue 15 finding 5).
func TestUploadAuth(t *testing.T) {
	token, sum, err := disperser.NewAPIKey()
	if err != nil {
		t.Fatal(err)
	}
	small, smallSum, _ := disperser.NewAPIKey()
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) {
		c.Auth = disperser.AuthConfig{Keys: []disperser.APIKey{
			{Name: "rollup", SHA256: sum, RequestsPerSecond: 0.001, Burst: 2},
			{Name: "tiny", SHA256: smallSum, BytesPerDay: 1000},
		}}
	})
	post := func(path, key string, body []byte) (*http.Response, []byte) {
		t.Helper()
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+path, bytes.NewReader(body))
		if key != "" {
			req.Header.Set("X-API-Key", key)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, b
	}
	for _, tc := range []struct{ name, path, key string }{
		{"anonymous", "/v1/blobs", ""},
		{"anonymous alt-da", "/put", ""},
		{"unknown key", "/v1/blobs", "qk_" + "00"},
	} {
		resp, b := post(tc.path, tc.key, []byte("data"))
		if resp.StatusCode != http.StatusUnauthorized || !bytes.Contains(b, []byte(`"code":"unauthorized"`)) {
			t.Fatalf("%s: %d %s, want 401 unauthorized", tc.name, resp.StatusCode, b)
		}
	}

	ctx := context.Background()
	c, err := client.New(e.srv.URL, client.WithAttempts(1), client.WithAPIKey(token))
	if err != nil {
		t.Fatal(err)
	}
	var ids []dac.BlobID
	for i := range 2 {
		res, err := c.Put(ctx, []byte{'k', byte(i)})
		if err != nil {
			t.Fatalf("upload %d with the key: %v", i, err)
		}
		ids = append(ids, res.BlobID)
	}
	// The key's burst of two is spent: refused, and told when to retry.
	resp, b := post("/v1/blobs", token, []byte("third"))
	ra, _ := strconv.Atoi(resp.Header.Get("Retry-After"))
	if resp.StatusCode != http.StatusTooManyRequests || !bytes.Contains(b, []byte(`"code":"quota_exceeded"`)) || ra < 900 {
		t.Fatalf("over the request rate: %d Retry-After %q %s", resp.StatusCode, resp.Header.Get("Retry-After"), b)
	}
	// Byte quota: 1000 bytes a day; a 600-byte blob passes, a second does
	// not, and a blob above the whole quota is told it never will.
	tiny, _ := client.New(e.srv.URL, client.WithAttempts(1), client.WithAPIKey(small))
	if _, err := tiny.Put(ctx, bytes.Repeat([]byte{1}, 600)); err != nil {
		t.Fatalf("within the byte quota: %v", err)
	}
	var ae *api.Error
	if _, err := tiny.Put(ctx, bytes.Repeat([]byte{2}, 600)); !errors.As(err, &ae) || ae.Code != api.CodeQuotaExceeded || ae.RetryAfter < 60 {
		t.Fatalf("over the byte quota: %v", err)
	}
	if _, err := tiny.Put(ctx, bytes.Repeat([]byte{3}, 1001)); !errors.As(err, &ae) || ae.Code != api.CodeQuotaExceeded || ae.RetryAfter != 0 {
		t.Fatalf("above the whole quota: %v", err)
	}
	// Reads stay public.
	anon, _ := client.New(e.srv.URL, client.WithAttempts(1))
	for _, id := range ids {
		if _, err := anon.Status(ctx, id); err != nil {
			t.Fatalf("status without a key: %v", err)
		}
	}
}

// TestUploadAllowList: an allow-listed network uploads without a key.
func TestUploadAllowList(t *testing.T) {
	e := newFake(t, 4, 3, nil, func(c *disperser.Config) {
		c.Auth = disperser.AuthConfig{AllowIPs: []string{"127.0.0.0/8"}}
	})
	c, _ := client.New(e.srv.URL, client.WithAttempts(1))
	if _, err := c.Put(context.Background(), []byte("from loopback")); err != nil {
		t.Fatalf("allow-listed upload: %v", err)
	}
	e2 := newFake(t, 4, 3, nil, func(c *disperser.Config) {
		c.Auth = disperser.AuthConfig{AllowIPs: []string{"10.0.0.0/8"}}
	})
	c2, _ := client.New(e2.srv.URL, client.WithAttempts(1))
	var ae *api.Error
	if _, err := c2.Put(context.Background(), []byte("not listed")); !errors.As(err, &ae) || ae.Code != api.CodeUnauthorized {
		t.Fatalf("upload from outside the allow list: %v", err)
	}
}
