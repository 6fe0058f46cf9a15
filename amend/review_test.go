package amend

import (
	"strings"
	"testing"
)

// ruLaw is a Russian law of one instruction block under its target act.
func ruLaw(t *testing.T, instructions string) (*Law, error) {
	t.Helper()
	src := strings.Replace(testFront, "language: en", "language: ru", 1) + "T\n" +
		"Статья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующие изменения:\n" +
		instructions +
		"Статья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.\n"
	return Parse("law.txt", []byte(src))
}

// opsRead lists the operations as "kind target old|text".
func opsRead(l *Law) []string {
	var out []string
	for _, op := range l.Ops {
		s := op.Kind.String() + " " + op.Target.String()
		if op.Heading {
			s += " heading"
		}
		out = append(out, s+" "+op.Old+"|"+op.Text)
	}
	return out
}

// Every list, plural and heading an instruction names reaches each of its
// operations: a word, a part or a heading left out would be a wrong text.
func TestNothingLeftOut(t *testing.T) {
	for _, c := range []struct {
		instr string
		want  []string
	}{
		{"1) в статье 187 слова «X», слова «Y» исключить.\n",
			[]string{"delete article:187 X|", "delete article:187 Y|"}},
		{"1) в статье 187 слова «X» и слова «Y» исключить.\n",
			[]string{"delete article:187 X|", "delete article:187 Y|"}},
		{"1) в частях первой и второй статьи 187 слова «X» заменить словами «Y», слова «Z» исключить.\n",
			[]string{"replace article:187/part:1 X|Y", "replace article:187/part:2 X|Y", "delete article:187/part:1 Z|", "delete article:187/part:2 Z|"}},
	} {
		law, err := ruLaw(t, c.instr)
		if err != nil {
			t.Errorf("%q: %v", c.instr, err)
			continue
		}
		got := opsRead(law)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("%q:\ngot  %q\nwant %q", c.instr, got, c.want)
		}
	}
}

// A context of several units, or of a heading, is refused: its items would
// act on the first unit only, or on the article's body.
func TestContextOfSeveralUnitsIsAnError(t *testing.T) {
	for _, instr := range []string{
		"1) в частях первой и второй статьи 187:\nа) слова «X» заменить словами «Y»;\n",
		"1) в заголовке статьи 187:\nа) слова «X» заменить словами «Y»;\n",
	} {
		law, err := ruLaw(t, instr)
		if err == nil || !strings.Contains(err.Error(), "law.txt:12:1: a context of several units or of a heading is not read") {
			t.Errorf("%q: %v, ops %q", instr, err, opsRead(law))
		}
	}
}

// Added words are one text: two of them in one instruction is an error.
func TestTwoWordsAddedIsAnError(t *testing.T) {
	_, err := ruLaw(t, "1) часть вторую статьи 187 дополнить словами «X», словами «Y».\n")
	if err == nil || !strings.Contains(err.Error(), "law.txt:") {
		t.Errorf("got %v, want an error with its place", err)
	}
}
