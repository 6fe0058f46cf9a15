// Command zan consolidates the codes of the Republic of Kazakhstan: it
// reads amending laws, applies their instructions to the codes and prints
// the text in force on any date. Each subcommand is a file of its own; the
// legal logic lives in packages codes, amend and corpus.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/alecthomas/kong"

	"github.com/zan-law/zan/corpus"
)

// cli is the command line: one field per subcommand.
type cli struct {
	Consolidate consolidateCmd `cmd:"" help:"Print codes as in force on a date, with every law in force by then applied."`
	Apply       applyCmd       `cmd:"" help:"Apply one amending law to code files."`
	Parse       parseCmd       `cmd:"" help:"Show how an amending law was read: its operations, entry into force and ignored lines."`
	Timeline    timelineCmd    `cmd:"" help:"List the corpus's laws in order of entry into force, with how each date was computed."`
	Export      exportCmd      `cmd:"" help:"Export a code's edition as Markdown or an HTML page, or the whole corpus as a static website."`
	Import      importCmd      `cmd:"" help:"Convert kazakhstan-law/codes Markdown (a code's folder or .md files) into a code file."`
	Verify      verifyCmd      `cmd:"" help:"Apply a law to the code before it and compare the result with the official edition after it, unit by unit (text and footnotes); exit 1 when they differ."`
	Diff        diffCmd        `cmd:"" help:"Compare two editions of a code (or what one law changes): structural and word-level, as a redline or the comparative table."`
	Serve       serveCmd       `cmd:"" help:"Serve the review workbench: the codes on any date, redlines, the corpus's laws, and the review of a draft law (a local web application)."`
}

// env is what commands write to.
type env struct {
	stdout, stderr io.Writer
}

func main() {
	tuneGC()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// tuneGC trades memory for time: a run of zan is short and keeps most of
// what it allocates (the editions it folds), so the collector's usual pace
// (GOGC=100) spends a fifth of a consolidation finding little to free. It
// runs a quarter as often, and as usual when the heap nears 2 GiB. (Not at
// all would be slower still for large corpora: fresh memory costs page
// faults.) GOGC and GOMEMLIMIT in the environment still decide when set;
// zan serve, which runs for long, collects as usual (serveCmd).
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(2 << 30)
	}
}

// defaultGC is the collector's usual pace, for a long run (zan serve).
func defaultGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(100)
	}
}

// run executes the command line and returns the exit status: 0 on success,
// 1 when the input is wrong (bad law, missing article, …), 2 on usage errors.
func run(args []string, stdout, stderr io.Writer) int {
	var c cli
	exit := -1
	parser, err := kong.New(&c,
		kong.Name("zan"),
		kong.Description("zan consolidates Kazakh legislation: it applies amending laws to the Criminal Code and the "+
			"Criminal Procedure Code and gives their text in force on any date. Without --corpus it uses the embedded "+
			"default corpus: in Kazakh and Russian the Criminal Code's Chapter 16 and Article 467 and the CPC's Articles 187 "+
			"to 191, whole official texts; English excerpts; Law No. 252-VIII of 3 January 2026 in all three languages."),
		kong.Writers(stdout, stderr),
		kong.Exit(func(code int) { exit = code }),
		kong.UsageOnError(),
	)
	if err != nil {
		fmt.Fprintf(stderr, "zan: %v\n", err)
		return 2
	}
	ctx, err := parser.Parse(args)
	if exit >= 0 { // --help
		return exit
	}
	if err != nil {
		fmt.Fprintf(stderr, "zan: error: %v\n", err)
		return 2
	}
	if err := ctx.Run(&env{stdout, stderr}); err != nil {
		printErrors(stderr, err)
		return 1
	}
	return 0
}

// printErrors writes each error on its own line, "file:line:col: message".
func printErrors(w io.Writer, err error) {
	for _, l := range corpus.ErrorLines(err) {
		fmt.Fprintln(w, l)
	}
}
