package amend

import (
	"os"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
)

// adiletNoise writes a law the way it comes from Adilet's pages and other
// publishers: a BOM, CRLF line ends, a blank line after every paragraph,
// indentation of spaces and no-break spaces, straight quotes, the number
// with «ЗРК.», the list of the act's publications after its name and date,
// and editor's notes after the heading (a marker line, then the note) and
// between the target acts (marker and note on one line).
func adiletNoise(src string, lx *lexicon, note, gazette string) string {
	end := strings.Index(src[4:], "---\n") + 4 + len("---\n")
	front, body := src[:end], src[end:]
	var b strings.Builder
	b.WriteString("\ufeff")
	b.WriteString(strings.ReplaceAll(front, "\n", "\r\n"))
	for i, l := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		l = strings.NewReplacer("«", "\"", "»", "\"").Replace(l)
		if strings.Contains(l, lx.lawHeading) {
			l += " ЗРК."
		}
		for _, d := range []string{"2014 года:", "2014:"} {
			l = strings.Replace(l, d, strings.TrimSuffix(d, ":")+" "+gazette+":", 1)
		}
		indent := "      "
		if i%2 == 0 {
			indent = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0"
		}
		if strings.HasPrefix(l, "2. ") && strings.Contains(l, "2014") { // between the two target acts
			b.WriteString("      " + lx.editorNotes[0] + " " + note + "\r\n\r\n")
		}
		b.WriteString(indent + l + "\r\n\r\n")
		if strings.Contains(l, lx.lawHeading) {
			b.WriteString("      " + lx.editorNotes[0] + "\r\n\r\n      " + note + "\r\n\r\n")
		}
	}
	return b.String()
}

// Text as it comes from Adilet is read exactly as the clean text: the same
// operations, the same consolidated codes; the notes and the publication
// lists are listed as ignored, never an error.
func TestAdiletNoiseChangesNothing(t *testing.T) {
	for _, c := range []struct {
		law, note, gazette string
		codes              []string
	}{
		{"252-VIII-ru.txt", "Порядок введения в действие настоящего Закона см. ст. 2.",
			"(Ведомости Парламента Республики Казахстан, 2014 г., № 13-I, № 13-II, ст. 83; № 21, ст. 123)",
			[]string{"ugolovnyi-kodeks.txt", "ugolovno-protsessualnyi-kodeks.txt"}},
		{"252-VIII.txt", "See Article 2 for the procedure of entry into force of this Law.",
			"(Vedomosti of the Parliament of the Republic of Kazakhstan, 2014, No. 13-I, 13-II, Article 83)",
			[]string{"criminal-code.txt", "criminal-procedure-code.txt"}},
	} {
		src, err := os.ReadFile("../corpus/kz/laws/" + c.law)
		if err != nil {
			t.Fatal(err)
		}
		clean, err := Parse(c.law, src)
		if err != nil {
			t.Fatal(err)
		}
		lx, _ := lexiconOf(clean.Meta.Language)
		noisy, err := Parse(c.law, []byte(adiletNoise(string(src), lx, c.note, c.gazette)))
		if err != nil {
			t.Fatalf("%s with Adilet's noise: %v", c.law, err)
		}
		if len(noisy.Ops) != len(clean.Ops) {
			t.Fatalf("%s: %d operations with noise, %d without", c.law, len(noisy.Ops), len(clean.Ops))
		}
		for act, name := range c.codes {
			text, err := os.ReadFile("../corpus/kz/codes/" + name)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := codes.Parse(name, text)
			if err != nil {
				t.Fatal(err)
			}
			want, _, err := Apply(doc, clean, act)
			if err != nil {
				t.Fatal(err)
			}
			got, _, err := Apply(doc, noisy, act)
			if err != nil {
				t.Fatalf("%s with noise on %s: %v", c.law, name, err)
			}
			opt := codes.RenderOptions{Provenance: true}
			if g, w := codes.RenderText(got.Root, opt), codes.RenderText(want.Root, opt); g != w {
				t.Errorf("%s on %s: the noise changed the result:\n%s", c.law, name, firstDiff(g, w))
			}
		}
		var notes, lists int
		for _, ig := range noisy.Ignored {
			switch ig.Reason {
			case "editor's note":
				notes++
			case "the act's publications, after its name":
				lists++
			}
		}
		if notes != 3 || lists != 2 {
			t.Errorf("%s: ignored %d note lines and %d publication lists, want 3 and 2: %+v", c.law, notes, lists, noisy.Ignored)
		}
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(al), len(bl)) {
		if al[i] != bl[i] {
			return "got:  " + al[i] + "\nwant: " + bl[i]
		}
	}
	return "lengths differ"
}
