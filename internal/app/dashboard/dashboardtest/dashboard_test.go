package dashboardtest

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/png"
	"testing"
)

func encodePNG(t *testing.T, img image.Image) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestCheckPNG(t *testing.T) {
	flat := image.NewRGBA(image.Rect(0, 0, 120, 90))
	for i := range flat.Pix {
		flat.Pix[i] = 0xff
	}
	busy := image.NewRGBA(image.Rect(0, 0, 120, 90))
	for y := range 90 {
		for x := range 120 {
			busy.Set(x, y, color.RGBA{uint8(x * 2), uint8(y * 2), 0x40, 0xff})
		}
	}
	green := color.RGBA{0x1f, 0x9d, 0x48, 0xff}
	for y := 10; y < 20; y++ {
		for x := 10; x < 17; x++ {
			busy.Set(x, y, green)
		}
	}
	tests := []struct {
		name       string
		data       []byte
		minW, minH int
		wantErr    error // nil: any error when bad is set
		bad        bool
	}{
		{name: "busy", data: encodePNG(t, busy), minW: 100, minH: 80},
		{name: "flat", data: encodePNG(t, flat), minW: 100, minH: 80, wantErr: ErrBlankImage, bad: true},
		{name: "too small", data: encodePNG(t, busy), minW: 1400, minH: 1000, bad: true},
		{name: "not a PNG", data: []byte("GIF89a"), minW: 1, minH: 1, bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CheckPNG(tt.data, tt.minW, tt.minH)
			if (err != nil) != tt.bad || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Fatalf("CheckPNG: %v", err)
			}
		})
	}
	if n := CountColor(busy, green, 0); n != 70 {
		t.Errorf("CountColor found %d green pixels, want 70", n)
	}
}

func TestFindOverride(t *testing.T) {
	t.Setenv("QUIRE_CHROMIUM", "/nonexistent/quire-no-such-browser")
	if p, err := Find(); err == nil {
		t.Fatalf("Find() = %q with QUIRE_CHROMIUM pointing nowhere", p)
	}
}
