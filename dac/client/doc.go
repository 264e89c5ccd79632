// Package client is the Go client of a quire disperser's HTTP API: Put
// posts a blob and returns its certificate, Get fetches the blob's bytes
// back, Status and Certificate read what the disperser remembers. Calls
// take a context; answers 429, 503 and 504 (and requests that got no
// answer) are retried with exponential backoff and jitter, since the
// disperser de-duplicates identical posts. The disperser's refusals come
// back as *api.Error with their stable code.
//
//	c, err := client.New("http://127.0.0.1:3100")
//	res, err := c.Put(ctx, data)                  // res.BlobID, res.Certificate, ...
//	back, err := c.Get(ctx, res.BlobID)
//	var ae *api.Error
//	if errors.As(err, &ae) && ae.Code == api.CodeNoQuorum { /* fall back */ }
package client
