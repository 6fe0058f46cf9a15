package main

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/rogpeppe/go-internal/txtar"
)

// go test ./cmd/zan -update rewrites the expected files of failing cmp
// commands in the scripts (testscript's UpdateScripts).
var update = flag.Bool("update", false, "update testdata/script/*.txtar in place when a cmp fails")

// TestMain makes the test binary double as the zan command: the scripts run
// "zan …" (or "exec zan …") as a real process, so exit statuses, stdout and
// stderr are those a user sees.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"zan": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs testdata/script/*.txtar, one script per behaviour.
//
// Besides testscript's built-in commands the scripts have
//
//	status N prog [args...]
//
// which runs prog like exec and fails unless it exits with status N
// (0, 1 for bad input, 2 for usage errors); its stdout and stderr can be
// checked by the following stdout/stderr commands, as after exec. $SOURCES
// is the folder of the official texts, testdata/sources (too large to copy
// into scripts).
func TestScripts(t *testing.T) {
	sources, err := filepath.Abs("../../testdata/sources")
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SOURCES", sources)
			return nil
		},
		UpdateScripts:      *update,
		RequireUniqueNames: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status": cmdStatus,
		},
	})
}

func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! status")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: status N prog [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: %q is not an exit status", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// TestExitCodes checks run's exit statuses directly: 0 on success, 1 when
// the input is wrong, 2 on usage errors.
func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"--bogus"}, 2},
		{[]string{"bogus"}, 2},
		{[]string{}, 2},
		{[]string{"consolidate", "--format", "xml"}, 2},
		{[]string{"apply", "--code", "x.txt"}, 2},    // --law is required
		{[]string{"parse"}, 2},                       // the law argument is required
		{[]string{"consolidate", "--as-of", "x"}, 2}, // a flag that is not a date is a usage error
		{[]string{"consolidate", "--as-of", "2026-02-30"}, 2},
		{[]string{"consolidate", "--as-of", "0001-01-01"}, 1}, // a date, but before the codes' text
		{[]string{"consolidate", "--code", "no-such-code", "--as-of", "2026-03-07"}, 1},
		{[]string{"parse", filepath.Join(t.TempDir(), "missing.txt")}, 1},
		{[]string{"--help"}, 0},
		{[]string{"timeline"}, 0},
		{[]string{"consolidate", "--as-of", "2026-03-07"}, 0},
	} {
		var stdout, stderr bytes.Buffer
		got := run(tc.args, &stdout, &stderr)
		if got != tc.want {
			t.Errorf("run(%q) = %d, want %d\nstderr: %s", tc.args, got, tc.want, stderr.String())
		}
		if got != 0 && stderr.Len() == 0 {
			t.Errorf("run(%q) = %d with nothing on stderr", tc.args, got)
		}
		if got != 0 && stdout.Len() != 0 {
			t.Errorf("run(%q) = %d but wrote to stdout:\n%s", tc.args, got, stdout.String())
		}
	}
}

// TestSeedLawCopies checks that the copies of Law No. 252-VIII held in the
// scripts (sections named 252-VIII.txt, 252-VIII-kk.txt …) are the embedded
// corpus's law of that name, so the scripts test the law the corpus ships.
// A txtar section always ends in a newline; the corpus file may not.
func TestSeedLawCopies(t *testing.T) {
	files, err := filepath.Glob("testdata/script/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range ar.Files {
			name := filepath.Base(sec.Name)
			if !strings.HasPrefix(name, "252-VIII") {
				continue
			}
			want, err := os.ReadFile("../../corpus/kz/laws/" + name)
			if err != nil {
				t.Errorf("%s: section %s: %v", f, sec.Name, err)
				continue
			}
			n++
			want = bytes.TrimSuffix(want, []byte("\n"))
			if got := bytes.TrimSuffix(sec.Data, []byte("\n")); !bytes.Equal(got, want) {
				t.Errorf("%s: section %s differs from corpus/kz/laws/%s (copy the file again)", f, sec.Name, name)
			}
		}
	}
	if n == 0 {
		t.Error("no script holds a copy of the seed law")
	}
}
