package diff

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/codestest"
)

// sanctionEditions returns two code files: the generated full-size code
// (codestest.FullSizeDoc) and the same code with n sanction lines ("is punishable by …")
// amended, spread over the whole code.
func sanctionEditions(tb testing.TB, n int) (old, new []byte) {
	tb.Helper()
	d, _, err := codestest.FullSizeDoc()
	if err != nil {
		tb.Fatal(err)
	}
	old, err = codes.Render(d, codes.RenderOptions{})
	if err != nil {
		tb.Fatal(err)
	}
	lines := strings.SplitAfter(string(old), "\n")
	var sanctions []int
	for i, l := range lines {
		if strings.HasPrefix(l, "is punishable by ") {
			sanctions = append(sanctions, i)
		}
	}
	if len(sanctions) < n {
		tb.Fatalf("%d sanction lines, want at least %d", len(sanctions), n)
	}
	for k := range n { // spread over the whole code
		i := sanctions[k*len(sanctions)/n]
		lines[i] = strings.Replace(lines[i], "is punishable by ", "is punishable by a fine or by ", 1)
	}
	return old, []byte(strings.Join(lines, ""))
}

// TestWriteBenchFiles writes the two editions of the whole-process
// benchmark (50 changed sanction lines) to $ZAN_BENCH_DIR, for timing
// `zan diff old.txt new.txt` against `git diff --no-index --word-diff`:
//
//	ZAN_BENCH_DIR=/tmp/zanbench go test ./codes/diff -run WriteBenchFiles
func TestWriteBenchFiles(t *testing.T) {
	dir := os.Getenv("ZAN_BENCH_DIR")
	if dir == "" {
		t.Skip("ZAN_BENCH_DIR not set")
	}
	old, new := sanctionEditions(t, 50)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, b := range map[string][]byte{"old.txt": old, "new.txt": new} {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
