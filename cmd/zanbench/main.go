// Command zanbench times whole runs of zan, as a user waits for them, beside
// git on the same files: it builds zan, generates the corpora of the
// README's Performance section into a folder, runs hyperfine on each
// command and prints the table. Run it from the module's root:
//
//	go run ./cmd/zanbench
//
// It needs hyperfine and git on the PATH (Debian: apt-get install hyperfine).
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/alecthomas/kong"

	"github.com/zan-law/zan/codes/codestest"
	"github.com/zan-law/zan/corpus/corpustest"
)

type cli struct {
	Dir    string `help:"Folder for the binary and the generated corpora (default: a temporary folder, removed afterwards)." placeholder:"DIR"`
	Runs   int    `help:"Runs per command (hyperfine --runs)." default:"10"`
	Large  bool   `help:"Also time the corpus of 10,000 laws on 5,000 articles (takes a minute to generate and run)." default:"true" negatable:""`
	Output string `short:"o" help:"Also write the table to this file." placeholder:"FILE"`
}

func main() {
	var c cli
	kong.Parse(&c, kong.Description("Time whole runs of zan beside git diff --no-index --word-diff, with hyperfine."))
	if err := c.run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "zanbench:", err)
		os.Exit(1)
	}
}

// row is one line of the table: a zan command, and whether its aim is a
// ratio to git diff's time on the code pair (else an absolute time).
type row struct {
	name, zan, aim string
	ratio          bool
}

func (c *cli) run(w io.Writer) error {
	for _, tool := range []string{"hyperfine", "git", "go"} {
		if _, err := exec.LookPath(tool); err != nil {
			return fmt.Errorf("%s is not on the PATH", tool)
		}
	}
	dir := c.Dir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "zanbench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = tmp
	}
	zan := filepath.Join(dir, "zan")
	if out, err := exec.Command("go", "build", "-o", zan, "./cmd/zan").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	old, new, err := diffPair(dir)
	if err != nil {
		return err
	}
	small := filepath.Join(dir, "corpus-200")
	if err := writeCorpus(small, 500, 200); err != nil {
		return err
	}
	gitDiff := fmt.Sprintf("git diff --no-index --word-diff %s %s", old, new)
	rows := []row{
		{"`zan diff OLD NEW` (1.2 MB code, 50 changed sanction lines)", fmt.Sprintf("%s diff %s %s", zan, old, new), "≤ 1.0× git", true},
		{"`zan consolidate`, one edition, code + 200 laws", fmt.Sprintf("%s consolidate --corpus %s --as-of 2100-01-01", zan, small), "≤ 4× git", true},
		{"`zan export --site`, code + 200 laws (201 editions)", fmt.Sprintf("%s export --corpus %s --site %s", zan, small, filepath.Join(dir, "site")), "< 3 s", false},
	}
	if c.Large {
		large := filepath.Join(dir, "corpus-10000")
		if err := writeCorpus(large, 5000, 10000); err != nil {
			return err
		}
		rows = append(rows, row{"`zan consolidate`, 10,000 laws on 5,000 articles", fmt.Sprintf("%s consolidate --corpus %s --as-of 2100-01-01", zan, large), "< 1.5 s", false})
	}
	var table strings.Builder
	table.WriteString("| run | zan | git diff --word-diff | ratio | aim |\n|---|---|---|---|---|\n")
	for _, r := range rows {
		// git runs beside every command, so each ratio is of one moment.
		times, err := c.time(dir, r.zan, gitDiff)
		if err != nil {
			return fmt.Errorf("%s: %w", r.name, err)
		}
		ratio := "—"
		if r.ratio {
			ratio = fmt.Sprintf("%.2f×", times[0].mean/times[1].mean)
		}
		fmt.Fprintf(&table, "| %s | %s | %s | %s | %s |\n", r.name, times[0], times[1], ratio, r.aim)
	}
	fmt.Fprint(w, table.String())
	if c.Output != "" {
		return os.WriteFile(c.Output, []byte(table.String()), 0o644)
	}
	return nil
}

// timing is hyperfine's measure of one command, in seconds.
type timing struct{ mean, stddev float64 }

func (t timing) String() string { return fmt.Sprintf("%.1f ms ± %.1f", t.mean*1000, t.stddev*1000) }

// time runs hyperfine on the commands and returns their timings. git diff
// exits with 1 when the files differ, so failures are ignored; zan's
// output is checked by the test suite, not here.
func (c *cli) time(dir string, commands ...string) ([]timing, error) {
	out := filepath.Join(dir, "hyperfine.json")
	args := []string{"-N", "--warmup", "2", "--runs", fmt.Sprint(c.Runs), "-i", "--export-json", out}
	cmd := exec.Command("hyperfine", append(args, commands...)...)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("hyperfine: %v", err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return nil, err
	}
	var res struct {
		Results []struct {
			Mean   float64 `json:"mean"`
			Stddev float64 `json:"stddev"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &res); err != nil {
		return nil, err
	}
	var t []timing
	for _, r := range res.Results {
		t = append(t, timing{r.Mean, r.Stddev})
	}
	return t, nil
}

// diffPair writes a generated full-size code and the same code with 50
// sanction lines changed, as code files.
func diffPair(dir string) (string, string, error) {
	text, err := codestest.FullSize()
	if err != nil {
		return "", "", err
	}
	head := "---\nkind: code\nid: generated\ntitle: Generated Code of the Republic of Kazakhstan\ndate: 2014-07-03\n" +
		"language: en\nedition: 2026-01-01\nsource: constructed example\n---\n"
	var b strings.Builder
	articles, changed, done := 0, 0, false
	for line := range strings.Lines(text) {
		switch {
		case strings.HasPrefix(line, "Article "):
			articles, done = articles+1, false
		case strings.HasPrefix(line, "is punishable by") && articles%10 == 3 && !done && changed < 50:
			line = strings.Replace(line, "is punishable by", "is punishable, as amended, by", 1)
			changed, done = changed+1, true
		}
		b.WriteString(line)
	}
	if changed != 50 {
		return "", "", fmt.Errorf("changed %d sanction lines, want 50", changed)
	}
	old, new := filepath.Join(dir, "old.txt"), filepath.Join(dir, "new.txt")
	if err := os.WriteFile(old, []byte(head+text), 0o644); err != nil {
		return "", "", err
	}
	return old, new, os.WriteFile(new, []byte(head+b.String()), 0o644)
}

// writeCorpus writes a generated corpus (see corpustest.Generated) of ten
// word replacements per law into dir, afresh.
func writeCorpus(dir string, articles, laws int) error {
	fsys, _, err := corpustest.Generated(articles, laws, 10)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	return os.CopyFS(dir, fsys)
}
