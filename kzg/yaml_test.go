package kzg

import (
	"fmt"
	"strings"
	"testing"
)

// A test-only reader for the small YAML subset of the Ethereum KZG test
// vectors: nested mappings, block sequences (also "- - x" nesting), flow
// sequences "[a, b]" that may span lines, and plain or single-quoted
// scalars. Values are map[string]any, []any, string or nil (null).

type yamlLine struct {
	indent int
	text   string
}

type yamlParser struct {
	lines []yamlLine
	pos   int
}

func parseYAML(src string) (map[string]any, error) {
	p := &yamlParser{}
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimRight(l, " \r")
		if strings.TrimSpace(t) == "" || strings.HasPrefix(strings.TrimSpace(t), "#") {
			continue
		}
		ind := len(t) - len(strings.TrimLeft(t, " "))
		p.lines = append(p.lines, yamlLine{ind, t[ind:]})
	}
	m, err := p.mapping(0)
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.lines) {
		return nil, fmt.Errorf("yaml: unparsed line %q", p.lines[p.pos].text)
	}
	return m, nil
}

func (p *yamlParser) mapping(indent int) (map[string]any, error) {
	m := map[string]any{}
	for p.pos < len(p.lines) {
		l := p.lines[p.pos]
		if l.indent < indent {
			break
		}
		if l.indent > indent || strings.HasPrefix(l.text, "- ") {
			return nil, fmt.Errorf("yaml: unexpected line %q", l.text)
		}
		key, rest, ok := strings.Cut(l.text, ":")
		if !ok {
			return nil, fmt.Errorf("yaml: want key, got %q", l.text)
		}
		rest = strings.TrimSpace(rest)
		p.pos++
		if rest != "" {
			v, err := p.inline(rest)
			if err != nil {
				return nil, err
			}
			m[key] = v
			continue
		}
		if p.pos < len(p.lines) {
			next := p.lines[p.pos]
			switch {
			case strings.HasPrefix(next.text, "- ") && next.indent >= indent:
				v, err := p.sequence(next.indent)
				if err != nil {
					return nil, err
				}
				m[key] = v
				continue
			case next.indent > indent:
				v, err := p.mapping(next.indent)
				if err != nil {
					return nil, err
				}
				m[key] = v
				continue
			}
		}
		m[key] = nil
	}
	return m, nil
}

func (p *yamlParser) sequence(indent int) ([]any, error) {
	out := []any{}
	for p.pos < len(p.lines) {
		l := p.lines[p.pos]
		if l.indent != indent || !strings.HasPrefix(l.text, "- ") {
			break
		}
		content := strings.TrimSpace(l.text[2:])
		if strings.HasPrefix(content, "- ") {
			// "- - x": a nested sequence starting on this line.
			p.lines[p.pos] = yamlLine{indent + 2, content}
			v, err := p.sequence(indent + 2)
			if err != nil {
				return nil, err
			}
			out = append(out, v)
			continue
		}
		p.pos++
		v, err := p.inline(content)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// inline parses a scalar or a flow sequence, joining continuation lines of
// a flow sequence.
func (p *yamlParser) inline(s string) (any, error) {
	if !strings.HasPrefix(s, "[") {
		return scalar(s), nil
	}
	for !strings.HasSuffix(s, "]") {
		if p.pos >= len(p.lines) {
			return nil, fmt.Errorf("yaml: unterminated flow sequence")
		}
		s += " " + p.lines[p.pos].text
		p.pos++
	}
	body := strings.TrimSpace(s[1 : len(s)-1])
	out := []any{}
	if body == "" {
		return out, nil
	}
	for _, f := range strings.Split(body, ",") {
		out = append(out, scalar(strings.TrimSpace(f)))
	}
	return out, nil
}

func scalar(s string) any {
	if s == "null" || s == "~" {
		return nil
	}
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return strings.ReplaceAll(s[1:len(s)-1], "''", "'")
	}
	return s
}

func TestYAMLSubset(t *testing.T) {
	src := `input:
  a: '0x01'
  idx: [1, 2,
    3]
  empty: []
  list:
  - '0xaa'
  - 'x''y'
  none:
output:
- - '1'
  - '2'
- - '3'
`
	m, err := parseYAML(src)
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(m)
	want := "map[input:map[a:0x01 empty:[] idx:[1 2 3] list:[0xaa x'y] none:<nil>] output:[[1 2] [3]]]"
	if got != want {
		t.Fatalf("got  %s\nwant %s", got, want)
	}
	for _, bad := range []string{"a: [1, 2", "a\n", "  - x\n"} {
		if _, err := parseYAML(bad); err == nil {
			t.Errorf("parseYAML(%q) succeeded", bad)
		}
	}
}
