// Package frontmatter splits a corpus file into its YAML front matter and
// its body, and decodes the front matter strictly (unknown fields are
// errors), reporting problems as file:line:col.
package frontmatter

import (
	"bytes"
	"errors"
	"fmt"
	"go/scanner"
	"go/token"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

const fence = "---"

// Split separates "---\n<yaml>---\n<body>". It returns the YAML, the body
// and the 1-based line of the file on which the body starts.
func Split(file string, src []byte) (meta, body []byte, bodyLine int, err error) {
	src = bytes.TrimPrefix(src, []byte("\ufeff"))
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok || string(bytes.TrimRight(first, " \r")) != fence {
		return nil, nil, 0, errorAt(file, 1, 1, "missing front matter: the file must start with a line \"---\"")
	}
	line := 2
	for off := 0; off <= len(rest); {
		end := bytes.IndexByte(rest[off:], '\n')
		var l []byte
		next := len(rest) + 1
		if end >= 0 {
			l, next = rest[off:off+end], off+end+1
		} else {
			l = rest[off:]
		}
		if string(bytes.TrimRight(l, " \r")) == fence {
			if next > len(rest) {
				next = len(rest)
			}
			return rest[:off], rest[next:], line + 1, nil
		}
		off = next
		line++
	}
	return nil, nil, 0, errorAt(file, 1, 1, "front matter is not closed: no line \"---\" after the opening one")
}

// Decode decodes meta (the YAML from Split) into v, refusing unknown
// fields. Errors carry file positions (the YAML starts on line 2).
func Decode(file string, meta []byte, v any) error {
	dec := yaml.NewDecoder(bytes.NewReader(meta))
	dec.KnownFields(true)
	err := dec.Decode(v)
	if err == nil {
		return nil
	}
	if errors.Is(err, io.EOF) {
		return errorAt(file, 1, 1, "front matter is empty")
	}
	var list scanner.ErrorList
	var te *yaml.TypeError
	if errors.As(err, &te) {
		for _, msg := range te.Errors {
			list.Add(position(file, msg))
		}
	} else {
		pos, msg := position(file, err.Error())
		list.Add(pos, msg)
	}
	list.Sort()
	return list.Err()
}

// yamlLine matches the line prefix of yaml's messages: "yaml: line 3: …".
var yamlLine = regexp.MustCompile(`^(?:yaml: )?(?:line (\d+): )?`)

var (
	innerLine    = regexp.MustCompile(`line (\d+)`)
	unknownField = regexp.MustCompile(`field (\S+) not found in type \S+`)
)

func position(file, msg string) (token.Position, string) {
	m := yamlLine.FindStringSubmatch(msg)
	line := 1
	if m[1] != "" {
		n, _ := strconv.Atoi(m[1])
		line = n + 1 // the YAML starts on the file's second line
	}
	text := strings.TrimPrefix(msg[len(m[0]):], "yaml: ")
	// Lines named inside the message count from the YAML too.
	text = innerLine.ReplaceAllStringFunc(text, func(s string) string {
		n, _ := strconv.Atoi(innerLine.FindStringSubmatch(s)[1])
		return "line " + strconv.Itoa(n+1)
	})
	// "field author not found in type amend.Meta": name no Go type.
	text = unknownField.ReplaceAllString(text, "unknown field $1")
	return token.Position{Filename: file, Line: line, Column: 1}, "front matter: " + text
}

func errorAt(file string, line, col int, msg string) error {
	var list scanner.ErrorList
	list.Add(token.Position{Filename: file, Line: line, Column: col}, msg)
	return list.Err()
}

// Field is a front matter field and whether it was left empty.
type Field struct {
	Name  string
	Empty bool
}

// Require checks that a file of the given kind ("code", "law") has every
// field it needs: "missing number, date" or "kind is "code", want "law"".
func Require(wantKind, kind string, fields ...Field) error {
	var missing []string
	for _, f := range append([]Field{{"kind", kind == ""}}, fields...) {
		if f.Empty {
			missing = append(missing, f.Name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("missing %s", strings.Join(missing, ", "))
	}
	if kind != wantKind {
		return fmt.Errorf("kind is %q, want %q", kind, wantKind)
	}
	return nil
}

// Encode renders v as a front matter block, fences included.
func Encode(v any) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(fence + "\n")
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	b.WriteString(fence + "\n")
	return b.Bytes(), nil
}
