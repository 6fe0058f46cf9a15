package diff

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// twoEditions returns a generated full-size code and the same code with 50
// units changed: words added to part 1 of every tenth article.
func twoEditions(b *testing.B) (old, new *codes.Doc, changed int) {
	b.Helper()
	text, err := codestest.FullSize()
	if err != nil {
		b.Fatal(err)
	}
	old = &codes.Doc{Root: codes.ParseText(text, 1)}
	new = &codes.Doc{Root: codes.ParseText(text, 1)}
	n := 0
	codes.Walk(new.Root, func(u *codes.Unit, entering bool) bool {
		if entering && u.Kind == codes.Article {
			n++
			if n%10 == 3 && len(u.Children) > 0 { // (every fifth body is Article 381, which has no parts)
				p := u.Children[0]
				p.Text = "(amended) " + p.Text
				changed++
			}
		}
		return entering && u.Kind < codes.Article
	})
	return old, new, changed
}

// BenchmarkDiffFullSize compares two full-size editions, parsed beforehand,
// with 50 changed units: Diff alone, without reading or parsing the files
// and without a process's start-up (BenchmarkDiffProcess has those).
func BenchmarkDiffFullSize(b *testing.B) {
	old, new, changed := twoEditions(b)
	for b.Loop() {
		if units := Diff(old, new); len(units) != changed || changed != 50 {
			b.Fatalf("%d units differ, want %d", len(units), changed)
		}
	}
}

// BenchmarkDiffProcess times whole processes on the two files of a
// full-size code with 50 sanction lines changed: `zan diff old.txt
// new.txt` (built for the benchmark) and `git diff --no-index --word-diff`
// on the same files, for the ratio. hyperfine gives steadier figures:
//
//	ZAN_BENCH_DIR=/tmp/zanbench go test ./codes/diff -run WriteBenchFiles
//	go build -o /tmp/zan ./cmd/zan && cd /tmp/zanbench
//	hyperfine -N -i --warmup 5 '/tmp/zan diff old.txt new.txt' 'git diff --no-index --word-diff old.txt new.txt'
func BenchmarkDiffProcess(b *testing.B) {
	dir := b.TempDir()
	old, new := sanctionEditions(b, 50)
	files := [2]string{filepath.Join(dir, "old.txt"), filepath.Join(dir, "new.txt")}
	for i, text := range [][]byte{old, new} {
		if err := os.WriteFile(files[i], text, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	run := func(b *testing.B, name string, args ...string) {
		for b.Loop() {
			out, _ := exec.Command(name, args...).Output() // git exits 1 on differences
			if len(out) == 0 {
				b.Fatalf("%s printed nothing", name)
			}
		}
	}
	b.Run("zan", func(b *testing.B) {
		gotool, err := exec.LookPath("go")
		if err != nil {
			b.Skip("no go command to build zan")
		}
		zan := filepath.Join(dir, "zan")
		if out, err := exec.Command(gotool, "build", "-o", zan, "../../cmd/zan").CombinedOutput(); err != nil {
			b.Fatalf("building zan: %v\n%s", err, out)
		}
		run(b, zan, "diff", files[0], files[1])
	})
	b.Run("git", func(b *testing.B) {
		if _, err := exec.LookPath("git"); err != nil {
			b.Skip("no git")
		}
		run(b, "git", "diff", "--no-index", "--word-diff", files[0], files[1])
	})
}

// BenchmarkTextsFullSize compares the two editions of the whole-process
// benchmark (50 sanction lines changed in a full-size code) as texts, and
// as whole trees parsed from them, which Texts stands for.
func BenchmarkTextsFullSize(b *testing.B) {
	oldFile, newFile := sanctionEditions(b, 50)
	var texts [2]string
	for i, src := range [][]byte{oldFile, newFile} {
		_, body, _, err := codes.ParseFrontMatter("edition.txt", string(src))
		if err != nil {
			b.Fatal(err)
		}
		texts[i] = body
	}
	b.Run("spans", func(b *testing.B) {
		b.SetBytes(int64(len(texts[0]) + len(texts[1])))
		b.ReportAllocs()
		for b.Loop() {
			if units := Texts(texts[0], texts[1]); len(units) != 50 {
				b.Fatalf("%d units differ, want 50", len(units))
			}
		}
	})
	b.Run("trees", func(b *testing.B) {
		b.SetBytes(int64(len(texts[0]) + len(texts[1])))
		b.ReportAllocs()
		for b.Loop() {
			if units := fullTrees(texts[0], texts[1]); len(units) != 50 {
				b.Fatalf("%d units differ, want 50", len(units))
			}
		}
	})
}
