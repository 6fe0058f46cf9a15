package main

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// withUmask runs the test under umask 022, the usual one.
func withUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	t.Cleanup(func() { syscall.Umask(old) })
}

// TestOutputModes checks the permissions of what zan writes: a new -o file
// and the site's files and folders get the usual ones (0644, 0755 under
// umask 022), not 0600; a file replaced keeps its own.
func TestOutputModes(t *testing.T) {
	withUmask(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "cc.md")
	var stderr bytes.Buffer
	if code := run([]string{"export", "--code", "criminal-code", "--format", "md", "-o", out}, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	checkMode(t, out, 0o644)

	if err := os.Chmod(out, 0o640); err != nil {
		t.Fatal(err)
	}
	if code := run([]string{"export", "--code", "criminal-code", "--format", "html", "-o", out}, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	checkMode(t, out, 0o640)
	if data, _ := os.ReadFile(out); !bytes.HasPrefix(data, []byte("<!DOCTYPE html>")) {
		t.Errorf("%s was not replaced", out)
	}

	site := filepath.Join(dir, "site")
	if code := run([]string{"export", "--site", site}, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	checkMode(t, site, fs.ModeDir|0o755)
	checkMode(t, filepath.Join(site, "criminal-code"), fs.ModeDir|0o755)
	checkMode(t, filepath.Join(site, "index.html"), 0o644)
	checkMode(t, filepath.Join(site, "criminal-code", "2026-03-07.html"), 0o644)

	// A site replaced keeps its folder's mode.
	if err := os.Chmod(site, 0o750); err != nil {
		t.Fatal(err)
	}
	if code := run([]string{"export", "--site", site}, io.Discard, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	checkMode(t, site, fs.ModeDir|0o750)
	if stderr.Len() != 0 {
		t.Errorf("stderr: %q", stderr.String())
	}
}

func checkMode(t *testing.T, name string, want fs.FileMode) {
	t.Helper()
	fi, err := os.Lstat(name)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode() != want {
		t.Errorf("%s: mode %v, want %v", name, fi.Mode(), want)
	}
}

// TestOutputNotRegular checks that -o to a FIFO or /dev/null writes into
// it, leaving it what it was, not a regular file renamed over it.
func TestOutputNotRegular(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	got := make(chan []byte)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- nil
			return
		}
		data, _ := io.ReadAll(f)
		f.Close()
		got <- data
	}()
	var stderr bytes.Buffer
	code := run([]string{"export", "--code", "criminal-code", "--as-of", "2026-03-07", "--format", "md", "-o", fifo}, io.Discard, &stderr)
	if code != 0 {
		t.Errorf("exit %d: %s", code, stderr.String())
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode().Type() != fs.ModeNamedPipe {
		t.Errorf("%s is no longer a FIFO: %v", fifo, err)
	}
	select {
	case data := <-got:
		if !strings.HasPrefix(string(data), "# Criminal Code of the Republic of Kazakhstan\n") {
			t.Errorf("read from the FIFO: %.60q", data)
		}
	case <-time.After(5 * time.Second):
		t.Error("nothing was written to the FIFO") // the reader is left waiting
	}

	if code := run([]string{"export", "--code", "criminal-code", "--format", "md", "-o", os.DevNull}, io.Discard, &stderr); code != 0 {
		t.Errorf("-o %s: exit %d: %s", os.DevNull, code, stderr.String())
	}
	if fi, err := os.Lstat(os.DevNull); err != nil || fi.Mode().Type() != fs.ModeDevice|fs.ModeCharDevice {
		t.Errorf("%s is no longer a device: %v", os.DevNull, err)
	}
}
