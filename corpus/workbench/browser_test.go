package workbench

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browser starts headless Chromium (Debian's package chromium) for the
// test. Without it the test is skipped, except in CI, whose .ci/run
// installs it: there the browser tests always run.
func browser(t *testing.T) context.Context {
	t.Helper()
	path := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			path = p
			break
		}
	}
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no chromium: .ci/run installs it (apt-get install chromium)")
		}
		t.Skip("no chromium (apt-get install chromium): the browser tests are skipped")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
	)
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(alloc)
	ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
	t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
	return ctx
}

// A reviewer pastes the seed law, submits it and reads the comparative
// table; pastes a law with an error and sees it at its line; follows a
// unit's link to its place in the edition. Screenshots of the review page
// at 1280 and 390 pixels go to $ZAN_SCREENSHOTS when it is set.
func TestBrowserReview(t *testing.T) {
	ctx := browser(t)
	s := server(t, Options{})
	draft := seedDraft(t)

	err := chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Navigate(s.URL+"/review?lang=ru"),
		chromedp.SetValue(chromedp.CSS(`textarea[name="law"]`), draft),
		chromedp.SetValue(chromedp.CSS(`input[name="as_of"]`), "2026-03-06"),
		chromedp.Click(chromedp.CSS(`form.review button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.compare`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	table, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`section.changes:nth-of-type(2) table.compare`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(table, "380-3 (частями четвертой, пятой и шестой)") || !strings.Contains(table, "Предлагаемая редакция") {
		t.Errorf("the table reads:\n%s", table)
	}
	screenshot(t, ctx, "review-1280.png", 1280)
	screenshot(t, ctx, "review-390.png", 390)

	// A unit's link leads to its place in the edition.
	err = chromedp.Do(ctx,
		chromedp.EmulateViewport(1280, 900),
		chromedp.Click(chromedp.CSS(`section.changes:nth-of-type(2) section.change h3 a`)),
		chromedp.WaitVisible(chromedp.CSS(`#article-187-part-2`)),
	)
	if err != nil {
		t.Errorf("following the link: %v", err)
	}
	if loc, err := chromedp.Run(ctx, chromedp.Location()); err != nil || !strings.HasSuffix(loc, "/codes/ugolovno-protsessualnyi-kodeks?as-of=2026-03-06#article-187-part-2") {
		t.Errorf("the link led to %q (%v)", loc, err)
	}

	// A law with an error: the error at its line, nothing applied.
	bad := strings.Replace(draft, "«380-2»", "«380-9»", 1)
	err = chromedp.Do(ctx,
		chromedp.Navigate(s.URL+"/review"),
		chromedp.SetValue(chromedp.CSS(`textarea[name="law"]`), bad),
		chromedp.SetValue(chromedp.CSS(`input[name="as_of"]`), "2026-03-06"),
		chromedp.Click(chromedp.CSS(`form.review button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`tr.error`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	errorRow, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`tr.error`)))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errorRow, `35:4: anchor "380-9" not found in article:187/part:2`) {
		t.Errorf("the error row reads: %s", errorRow)
	}
}

// screenshot takes the top of the page at the given width into $ZAN_SCREENSHOTS.
func screenshot(t *testing.T, ctx context.Context, name string, width int64) {
	t.Helper()
	dir := os.Getenv("ZAN_SCREENSHOTS")
	if dir == "" {
		return
	}
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 900)); err != nil {
		t.Fatal(err)
	}
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		t.Fatal(err)
	}
}
