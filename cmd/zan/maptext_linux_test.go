package main

import (
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
)

// A mapped file reads as its text; cut short meanwhile, a read past its
// new end is a fault that diffCmd.Run recovers from (it becomes an error).
func TestMapTextFaultIsRecovered(t *testing.T) {
	name := filepath.Join(t.TempDir(), "code.txt")
	want := strings.Repeat("Article 1. One\n", 1000)
	if err := os.WriteFile(name, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	text, ok := mapText(f)
	f.Close()
	if !ok || text != want {
		t.Fatalf("mapText = %d bytes, %v; want the file's %d bytes", len(text), ok, len(want))
	}
	if err := os.Truncate(name, 0); err != nil {
		t.Fatal(err)
	}
	faulted := func() (fault bool) {
		defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
		defer func() {
			_, fault = recover().(interface{ Addr() uintptr })
		}()
		_ = strings.Count(text, "\n")
		return false
	}()
	if !faulted {
		t.Error("reading a mapped file cut short did not fault")
	}
}
