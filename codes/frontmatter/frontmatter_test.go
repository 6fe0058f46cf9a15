package frontmatter

import (
	"strings"
	"testing"
)

type meta struct {
	Kind  string `yaml:"kind"`
	Title string `yaml:"title"`
}

func TestSplit(t *testing.T) {
	meta, body, line, err := Split("f.txt", []byte("---\nkind: code\n---\nArticle 1. A\n"))
	if err != nil || string(meta) != "kind: code\n" || string(body) != "Article 1. A\n" || line != 4 {
		t.Errorf("Split = %q, %q, %d, %v", meta, body, line, err)
	}
}

func TestErrorsHaveFilePositions(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"Article 1.\n", "f.txt:1:1: missing front matter"},
		{"---\nkind: code\n", "f.txt:1:1: front matter is not closed"},
		{"---\nkind: code\nauthor: x\n---\n", "f.txt:3:1: front matter: unknown field author"},
		{"---\nkind: code\ntitle: [a\n---\n", "f.txt:"},
		{"---\nkind: a\nkind: b\n---\n", `f.txt:3:1: front matter: mapping key "kind" already defined at line 2`},
	} {
		m, _, _, err := Split("f.txt", []byte(c.src))
		if err == nil {
			var v meta
			err = Decode("f.txt", m, &v)
		}
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want an error starting %q", c.src, err, c.want)
		}
	}
}

func TestEncodeReadsBack(t *testing.T) {
	b, err := Encode(meta{Kind: "code", Title: "Criminal Code: excerpt"})
	if err != nil {
		t.Fatal(err)
	}
	m, body, _, err := Split("f.txt", b)
	var v meta
	if err == nil {
		err = Decode("f.txt", m, &v)
	}
	if err != nil || v.Title != "Criminal Code: excerpt" || len(body) != 0 {
		t.Errorf("read back %+v, %q, %v", v, body, err)
	}
}
