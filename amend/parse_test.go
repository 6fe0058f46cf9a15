package amend

import (
	"os"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	law, _ := readSeedText()
	f.Add(law)
	f.Add("---\nkind: law\nnumber: 1\ntitle: t\ndate: 2026-01-01\nlanguage: ru\n---\nT\nСтатья 1. Внести в Уголовный кодекс Республики Казахстан от 3 июля 2014 года следующие изменения:\n1) в статье 187:\nа) часть вторую изложить в следующей редакции:\n«2. Текст.»;\nСтатья 2. Настоящий Закон вводится в действие по истечении десяти календарных дней после дня его первого официального опубликования.\n")
	f.Fuzz(func(t *testing.T, src string) {
		law, err := Parse("law.txt", []byte(src))
		if err == nil && law == nil {
			t.Fatal("no law and no error")
		}
		if err == nil {
			for _, op := range law.Ops {
				if op.Pos.Line == 0 || op.Act < 0 || op.Act >= len(law.Acts) {
					t.Fatalf("operation without a position or act: %+v", op)
				}
			}
		}
		if err != nil && !strings.Contains(err.Error(), "law.txt:") {
			t.Fatalf("error without a position: %v", err)
		}
	})
}

func readSeedText() (string, error) {
	b, err := os.ReadFile("../corpus/kz/laws/252-VIII.txt")
	return string(b), err
}
