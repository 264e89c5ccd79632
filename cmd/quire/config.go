package main

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
)

// The shared configuration loader of quire node, disperser and sample:
// defaults, then the config file (JSON, // comments allowed), then the
// QUIRE_* environment, then flags. readConfigFile does the file;
// parseFlags applies the environment to every flag; each daemon applies
// its flags to its config.

// maxConfigFile bounds a config file.
const maxConfigFile = 1 << 20

// readConfigFile decodes the JSON config file at path over dst (a pointer
// to a struct holding the defaults): fields the file leaves out keep their
// defaults, unknown fields and trailing data are errors, and every error
// names the line and column. Each of pathFields (dotted JSON names such as
// "store.dir") that the file sets to a relative path is resolved against
// the file's directory.
func readConfigFile(path string, dst any, pathFields []string) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, maxConfigFile+1))
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if len(raw) > maxConfigFile {
		return fmt.Errorf("%w: %s: larger than %d bytes", errUsage, path, maxConfigFile)
	}
	if err := decodeConfig(raw, dst); err != nil {
		return fmt.Errorf("%w: %s:%v", errUsage, path, err)
	}
	var tree map[string]any
	_ = json.Unmarshal(stripComments(raw), &tree) // decodeConfig accepted it
	dir := filepath.Dir(path)
	for _, p := range pathFields {
		if _, set := lookupTree(tree, p); !set {
			continue
		}
		v, ok := fieldByJSONPath(reflect.ValueOf(dst).Elem(), p)
		if !ok || v.Kind() != reflect.String {
			return fmt.Errorf("config: no string field %q", p) // a bug in the caller
		}
		if s := v.String(); s != "" && !filepath.IsAbs(s) {
			v.SetString(filepath.Join(dir, s))
		}
	}
	return nil
}

// decodeConfig decodes raw (JSON with // comments) over dst. Its errors
// start with "LINE:COL: ".
func decodeConfig(raw []byte, dst any) error {
	data := stripComments(raw)
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(dst)
	if err == nil {
		if _, terr := dec.Token(); terr != io.EOF {
			off := dec.InputOffset()
			return fmt.Errorf("%s: trailing data after the JSON object", position(data, off))
		}
		return nil
	}
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Errorf("%s: %v", position(data, se.Offset), err)
	case errors.As(err, &te):
		return fmt.Errorf("%s: %v", position(data, te.Offset), err)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s: unexpected end of file", position(data, int64(len(data))))
	}
	// An unknown field ("json: unknown field \"x\""): point at the key.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if i := bytes.Index(data, []byte(name)); i >= 0 {
			return fmt.Errorf("%s: unknown field %s", position(data, int64(i)+1), name)
		}
	}
	return fmt.Errorf("%s: %v", position(data, dec.InputOffset()), err)
}

// position turns a byte offset into "LINE:COL" (both from 1; the column
// counts bytes). encoding/json's offsets point just past the bad byte.
func position(data []byte, off int64) string {
	off = min(max(off, 1), int64(len(data))+1)
	before := data[:off-1]
	line := bytes.Count(before, []byte("\n")) + 1
	col := len(before) - bytes.LastIndexByte(before, '\n')
	return fmt.Sprintf("%d:%d", line, col)
}

// stripComments blanks out // comments outside JSON strings, keeping
// every other byte (and so every line and column) where it was.
func stripComments(raw []byte) []byte {
	out := slices.Clone(raw)
	inString, escaped := false, false
	for i := 0; i < len(out); i++ {
		c := out[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '/' && i+1 < len(out) && out[i+1] == '/':
			for ; i < len(out) && out[i] != '\n'; i++ {
				out[i] = ' '
			}
		}
	}
	return out
}

// lookupTree finds a dotted path in a decoded JSON object.
func lookupTree(tree map[string]any, path string) (any, bool) {
	var cur any = tree
	for _, k := range strings.Split(path, ".") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		if cur, ok = m[k]; !ok {
			return nil, false
		}
	}
	return cur, true
}

// jsonName returns the JSON name of a struct field ("" for "-"), and
// whether the field is an embedded struct whose fields are promoted.
func jsonName(f reflect.StructField) (string, bool) {
	tag := f.Tag.Get("json")
	name, _, _ := strings.Cut(tag, ",")
	if name == "-" || !f.IsExported() {
		return "", false
	}
	if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
		return "", true
	}
	if name == "" {
		name = f.Name
	}
	return name, false
}

// fieldByJSONPath finds the settable field at a dotted JSON path of the
// struct v, allocating nil struct pointers on the way.
func fieldByJSONPath(v reflect.Value, path string) (reflect.Value, bool) {
	for _, k := range strings.Split(path, ".") {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		f, ok := structField(v, k)
		if !ok {
			return reflect.Value{}, false
		}
		v = f
	}
	return v, true
}

func structField(v reflect.Value, name string) (reflect.Value, bool) {
	t := v.Type()
	for i := range t.NumField() {
		n, embedded := jsonName(t.Field(i))
		if embedded {
			if f, ok := structField(v.Field(i), name); ok {
				return f, true
			}
			continue
		}
		if n == name {
			return v.Field(i), true
		}
	}
	return reflect.Value{}, false
}

// A configNode is one value of a configuration as printed: a leaf
// (already JSON) or an object with ordered members.
type configNode struct {
	leaf    json.RawMessage
	members []configMember
	// example is, for a nil struct pointer in a template, the fields it
	// may hold, written as a comment under its null.
	example *configNode
}

type configMember struct {
	name    string
	comment string // the field's Go type, for templates
	value   configNode
}

var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
var jsonMarshaler = reflect.TypeFor[json.Marshaler]()

// configTree turns a config struct into a configNode with every field,
// omitempty or not, in declaration order. With expand, nil struct
// pointers are shown as their zero value (for templates).
func configTree(v reflect.Value, expand bool) (configNode, error) {
	t := v.Type()
	if !v.CanAddr() {
		c := reflect.New(t).Elem()
		c.Set(v)
		v = c
	}
	switch {
	case t.Implements(textMarshaler) || t.Implements(jsonMarshaler):
		raw, err := json.Marshal(v.Interface())
		return configNode{leaf: raw}, err
	case reflect.PointerTo(t).Implements(textMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler):
		raw, err := json.Marshal(v.Addr().Interface())
		return configNode{leaf: raw}, err
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			n := configNode{leaf: json.RawMessage("null")}
			if expand && t.Elem().Kind() == reflect.Struct {
				zero := reflect.New(t.Elem()).Elem()
				fillExample(zero)
				ex, err := configTree(zero, expand)
				if err != nil {
					return n, err
				}
				n.example = &ex
			}
			return n, nil
		}
		return configTree(v.Elem(), expand)
	case reflect.Struct:
		var n configNode
		if err := addMembers(&n, v, expand); err != nil {
			return n, err
		}
		return n, nil
	}
	raw, err := json.Marshal(v.Interface())
	return configNode{leaf: raw}, err
}

// fillExample gives every empty list of objects in v one zero element, so
// that a template's example shows the element's fields.
func fillExample(v reflect.Value) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillExample(v.Field(i))
			}
		}
	case reflect.Slice:
		if v.Len() == 0 && v.Type().Elem().Kind() == reflect.Struct {
			v.Set(reflect.MakeSlice(v.Type(), 1, 1))
			fillExample(v.Index(0))
		}
	}
}

func addMembers(n *configNode, v reflect.Value, expand bool) error {
	t := v.Type()
	for i := range t.NumField() {
		name, embedded := jsonName(t.Field(i))
		if embedded {
			if err := addMembers(n, v.Field(i), expand); err != nil {
				return err
			}
			continue
		}
		if name == "" {
			continue
		}
		child, err := configTree(v.Field(i), expand)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		comment := typeComment(t.Field(i).Type)
		if doc := configDoc[path.Base(t.PkgPath())+"."+t.Name()+"."+t.Field(i).Name]; doc != "" {
			comment += ". " + doc
		}
		n.members = append(n.members, configMember{name: name, comment: comment, value: child})
	}
	return nil
}

// typeComment describes a field's type for the template.
func typeComment(t reflect.Type) string {
	switch t.String() {
	case "p2p.Duration", "light.Duration":
		return "duration such as \"90s\", \"12h\""
	case "p2p.Address", "light.Address":
		return "0x-prefixed 20-byte address"
	}
	switch t.Kind() {
	case reflect.Slice:
		if t.Elem().Kind() == reflect.String {
			return "list of strings"
		}
		return "list"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "integer"
	case reflect.Uint, reflect.Uint64, reflect.Uint32:
		return "unsigned integer"
	case reflect.String:
		return "string"
	case reflect.Pointer, reflect.Struct:
		return "object"
	}
	return t.String()
}

// redact replaces secrets in a printed configuration: values of fields
// named like passwords, secrets or private keys (not the paths of files
// holding them), and the user, path and query of endpoint URLs, where
// hosted RPC providers put API keys.
func redact(n *configNode, name string) {
	if n.leaf == nil {
		for i := range n.members {
			redact(&n.members[i].value, n.members[i].name)
		}
		return
	}
	var s string
	if json.Unmarshal(n.leaf, &s) != nil || s == "" {
		return
	}
	switch {
	case strings.HasSuffix(name, "_file") || strings.HasSuffix(name, "_dir"):
	case strings.Contains(name, "password") || strings.Contains(name, "secret") || strings.Contains(name, "private"):
		n.leaf = json.RawMessage(`"REDACTED"`)
	default:
		u, err := url.Parse(s)
		if err != nil || u.Host == "" || (u.User == nil && (u.Path == "" || u.Path == "/") && u.RawQuery == "") {
			return
		}
		red := u.Scheme + "://" + u.Host + "/REDACTED"
		n.leaf, _ = json.Marshal(red)
	}
}

// wrapText splits s into lines of at most width bytes (longer words
// stand alone), closing the parenthesis typeComment opened.
func wrapText(s string, width int) []string {
	s = strings.Replace(s, ". ", "): ", 1)
	if !strings.Contains(s, "): ") {
		s += ")"
	}
	width = max(width, 30)
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	return append(lines, line)
}

// writeConfig prints n as indented JSON; with comments, each member is
// preceded by a // line naming its type (the template form, which
// readConfigFile accepts).
func writeConfig(w io.Writer, n configNode, comments bool) error {
	var b bytes.Buffer
	writeNode(&b, n, "", comments)
	b.WriteByte('\n')
	_, err := w.Write(b.Bytes())
	return err
}

func writeNode(b *bytes.Buffer, n configNode, indent string, comments bool) {
	if n.leaf != nil {
		var ind bytes.Buffer
		if json.Indent(&ind, n.leaf, indent, "  ") == nil {
			b.Write(ind.Bytes())
		} else {
			b.Write(n.leaf)
		}
		return
	}
	if len(n.members) == 0 {
		b.WriteString("{}")
		return
	}
	b.WriteString("{\n")
	in := indent + "  "
	for i, m := range n.members {
		if comments {
			for _, line := range wrapText(m.name+" ("+m.comment, 76-len(in)) {
				fmt.Fprintf(b, "%s// %s\n", in, line)
			}
		}
		key, _ := json.Marshal(m.name)
		fmt.Fprintf(b, "%s%s: ", in, key)
		writeNode(b, m.value, in, comments)
		if i < len(n.members)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
		if comments && m.value.example != nil {
			var ex bytes.Buffer
			writeNode(&ex, *m.value.example, "", comments)
			fmt.Fprintf(b, "%s// %s, when set, has this form:\n", in, m.name)
			for _, line := range strings.Split(ex.String(), "\n") {
				fmt.Fprintf(b, "%s//   %s\n", in, strings.TrimPrefix(line, "// "))
			}
		}
	}
	b.WriteString(indent + "}")
}

// configCommand is `quire NAME config`: it prints the effective
// configuration that cfg (defaults, file, environment, flags) produced, or
// with --init writes a commented template of every field with its
// default value to --config (which must not exist yet) or stdout.
func configCommand(name string, fs *flag.FlagSet, cfg, defaults any, doInit bool, initTo string, stdout, stderr io.Writer) error {
	if doInit {
		tree, err := configTree(reflect.ValueOf(defaults), true)
		if err != nil {
			return err
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "// quire %s configuration: every field with its default value.\n", name)
		fmt.Fprintf(&b, "// Delete what you do not change. Relative paths are resolved against this\n")
		fmt.Fprintf(&b, "// file's directory. $QUIRE_* variables override the file; flags override both\n")
		fmt.Fprintf(&b, "// (run 'quire %s -h'). 'quire %s config --config FILE' prints the result.\n", name, name)
		if err := writeConfig(&b, tree, true); err != nil {
			return err
		}
		if initTo == "" {
			_, err := stdout.Write(b.Bytes())
			return err
		}
		f, err := os.OpenFile(initTo, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if err != nil {
			return fmt.Errorf("%w: --init: %v", errUsage, err)
		}
		if _, err := f.Write(b.Bytes()); err != nil {
			f.Close()
			return err
		}
		if err := f.Close(); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "wrote %s\n", initTo)
		return nil
	}
	tree, err := configTree(reflect.ValueOf(cfg), false)
	if err != nil {
		return err
	}
	redact(&tree, "")
	fmt.Fprintf(stderr, "# effective configuration of quire %s: %s\n", name, configSources(fs))
	return writeConfig(stdout, tree, false)
}

// configSources describes where a configuration came from.
func configSources(fs *flag.FlagSet) string {
	parts := []string{"defaults"}
	if f := fs.Lookup("config"); f != nil && f.Value.String() != "" {
		parts = append(parts, "file "+f.Value.String())
	}
	var env, flags []string
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "config" || f.Name == "init" {
			return
		}
		if v, ok := lookupEnv(envName(f.Name)); ok && v != "" && v == f.Value.String() {
			env = append(env, "$"+envName(f.Name))
		} else {
			flags = append(flags, "--"+f.Name)
		}
	})
	if len(env) > 0 {
		parts = append(parts, "environment "+strings.Join(env, " "))
	}
	if len(flags) > 0 {
		parts = append(parts, "flags "+strings.Join(flags, " "))
	}
	return strings.Join(parts, ", ")
}

// environ lists the environment; tests replace it.
var environ = os.Environ

// warnUnknownEnv warns about every QUIRE_* variable that is neither the
// variable of one of fs's flags nor one of extra: most likely a typo.
func warnUnknownEnv(fs *flag.FlagSet, extra []string, w io.Writer) {
	known := map[string]bool{}
	for _, e := range extra {
		known[e] = true
	}
	fs.VisitAll(func(f *flag.Flag) {
		if !isAlias(f) {
			known[envName(f.Name)] = true
		}
	})
	var unknown []string
	for _, kv := range environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "QUIRE_") && !known[k] {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		msg := fmt.Sprintf("warning: $%s is not a setting of quire %s", k, strings.TrimPrefix(fs.Name(), "quire "))
		names := make([]string, 0, len(known))
		for n := range known {
			names = append(names, n)
		}
		if s := suggest(k, names); len(s) > 0 {
			msg += "; did you mean $" + s[0] + "?"
		}
		fmt.Fprintln(w, msg)
	}
}
