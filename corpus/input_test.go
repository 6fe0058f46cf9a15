package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

// corpusDir writes a corpus folder with the default corpus's CPC excerpt as
// its one code, and returns its path.
func corpusDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src, err := os.ReadFile("kz/codes/criminal-procedure-code.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"codes", "laws"} {
		if err := os.Mkdir(filepath.Join(dir, sub), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "codes", "cpc.txt"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// loadWithin loads the corpus, failing the test if Load does not return
// within a few seconds (a FIFO would block it for ever).
func loadWithin(t *testing.T, dir string) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Load(os.DirFS(dir), dir)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("Load hangs")
		return nil
	}
}

// Files in laws/ that are not plain files are errors naming them, read
// without opening: a FIFO would hang and /dev/zero would exhaust memory.
func TestLoadRefusesSpecialFiles(t *testing.T) {
	t.Run("fifo", func(t *testing.T) {
		dir := corpusDir(t)
		if err := syscall.Mkfifo(filepath.Join(dir, "laws", "pipe.txt"), 0o644); err != nil {
			t.Skip("no FIFOs here:", err)
		}
		err := loadWithin(t, dir)
		if err == nil || !strings.Contains(err.Error(), "laws/pipe.txt: not a regular file (a named pipe)") {
			t.Errorf("got %v, want the FIFO refused", err)
		}
	})
	t.Run("dev-zero", func(t *testing.T) {
		dir := corpusDir(t)
		if err := os.Symlink("/dev/zero", filepath.Join(dir, "laws", "zero.txt")); err != nil {
			t.Skip(err)
		}
		err := loadWithin(t, dir)
		if err == nil || !strings.Contains(err.Error(), "laws/zero.txt: not a regular file (a device)") {
			t.Errorf("got %v, want /dev/zero refused", err)
		}
	})
	t.Run("too-large", func(t *testing.T) {
		dir := corpusDir(t)
		f, err := os.Create(filepath.Join(dir, "laws", "huge.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(MaxFileSize + 1); err != nil { // sparse: no disk used
			t.Fatal(err)
		}
		f.Close()
		err = loadWithin(t, dir)
		if err == nil || !strings.Contains(err.Error(), "laws/huge.txt: larger than 64 MB") {
			t.Errorf("got %v, want the file refused for its size", err)
		}
	})
}

// unreadable is a file system whose laws/ folder cannot be listed.
type unreadable struct{ fstest.MapFS }

func (u unreadable) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == "laws" {
		return nil, &fs.PathError{Op: "readdirent", Path: name, Err: errors.New("permission denied")}
	}
	return u.MapFS.ReadDir(name)
}

// A laws/ folder that cannot be read is an error, never a corpus without laws.
func TestLoadUnreadableLawsFolder(t *testing.T) {
	src, err := os.ReadFile("kz/codes/criminal-procedure-code.txt")
	if err != nil {
		t.Fatal(err)
	}
	fsys := unreadable{fstest.MapFS{
		"codes/cpc.txt": {Data: src},
		"laws/law.txt":  {Data: []byte("---\n")},
	}}
	_, err = Load(fsys, "corpus")
	if err == nil || err.Error() != "corpus/laws: cannot read the folder: permission denied" {
		t.Errorf("got %v, want the folder's error", err)
	}
	// A corpus with no laws/ folder at all is a corpus of base editions.
	delete(fsys.MapFS, "laws/law.txt")
	c, err := Load(fsys.MapFS, "corpus")
	if err != nil || len(c.Laws) != 0 {
		t.Errorf("no laws/ folder: %v, %d laws", err, len(c.Laws))
	}
}
