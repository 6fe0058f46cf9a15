package workbench

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
	"github.com/zan-law/zan/corpus/kz"
)

// today is the workbench's "today" in tests: after the seed law.
var today = codes.NewDate(2026, 11, 30)

func server(t testing.TB, opt Options) *httptest.Server {
	t.Helper()
	cp, err := corpus.Load(kz.FS, "corpus/kz")
	if err != nil {
		t.Fatal(err)
	}
	opt.Today = func() codes.Date { return today }
	s := httptest.NewServer(New(cp, opt).Handler())
	t.Cleanup(s.Close)
	return s
}

func get(t testing.TB, s *httptest.Server, path string) (int, string, http.Header) {
	t.Helper()
	resp, err := s.Client().Get(s.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// seedDraft is the Russian seed law as a reviewer pastes it: without front
// matter.
func seedDraft(t testing.TB) string {
	t.Helper()
	src, err := os.ReadFile("../kz/laws/252-VIII-ru.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, body, _ := strings.Cut(string(src[4:]), "---\n")
	return body
}

// postReview sends the review form.
func postReview(t testing.TB, s *httptest.Server, fields map[string]string) (int, []byte, http.Header) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	mw.Close()
	resp, err := s.Client().Post(s.URL+"/review", mw.FormDataContentType(), &b)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, body, resp.Header
}

func TestPages(t *testing.T) {
	s := server(t, Options{})
	for _, c := range []struct {
		path   string
		status int
		want   []string
	}{
		{"/", 200, []string{`<a href="/codes/ugolovnyi-kodeks" lang="ru">Уголовный кодекс Республики Казахстан</a>`, `href="/review"`}},
		// Any date, not only the dates of change; the date picker and the
		// previous edition's link.
		{"/codes/ugolovnyi-kodeks?as-of=2026-05-01", 200, []string{`<html lang="ru">`, `id="article-380-3"`,
			`<input type="date" name="as-of" value="2026-05-01"`, `href="/codes/ugolovnyi-kodeks?as-of=2025-09-16">Предыдущая редакция (2025-09-16)</a>`}},
		{"/codes/ugolovnyi-kodeks?as-of=2026-03-06", 200, []string{`Сноска. Вводится в действие по истечении шестидесяти календарных дней после дня его первого официального опубликования в соответствии с Законом РК от 03.01.2026 № 252-VIII.`, `Следующая редакция (2026-03-07)`}},
		{"/codes/ugolovno-protsessualnyi-kodeks?as-of=2026-03-06", 200, []string{`Примечание ИЗПИ! В статью 187 предусмотрены изменения`}},
		{"/codes/criminal-procedure-code/diff?from=2026-03-06&to=2026-03-07", 200, []string{
			`<a href="/codes/criminal-procedure-code?as-of=2026-03-07#article-187-part-2">Article 187, part 2 — changed`,
			`<ins>380-3 (parts four, five and six), </ins>`, `<a href="/laws/252-VIII?date=2026-01-03&amp;lang=en">`}},
		{"/laws/252-VIII?date=2026-01-03&lang=ru", 200, []string{`Закон № 252-VIII от 03.01.2026`, `Как прочитан закон`,
			`→ insert article:380-3`, `<b>380-3 (частями четвертой, пятой и шестой),</b>`}},
		{"/laws/252-VIII", 200, []string{`lang=en`, `lang=ru`}}, // two texts of one law: a choice
		{"/codes/no-such-code", 404, []string{`no code &#34;no-such-code&#34; in the corpus`}},
		{"/codes/criminal-code?as-of=2026-02-30", 400, []string{`as-of: &#34;2026-02-30&#34; is not a date`}},
		{"/codes/criminal-code?as-of=2025-12-31", 422, []string{`it has no text in force on 2025-12-31`}},
		{"/codes/criminal-code/diff?from=2026-03-07&to=2026-03-06", 400, []string{`is after to`}},
		{"/laws/999-X", 404, []string{`no law No. 999-X`}},
		{"/codes/../../etc/passwd", 404, nil},
		{"/review", 200, []string{`<form method="post" action="/review" enctype="multipart/form-data"`}},
	} {
		status, body, h := get(t, s, c.path)
		if status != c.status {
			t.Errorf("%s: status %d, want %d", c.path, status, c.status)
		}
		for _, want := range c.want {
			if !strings.Contains(body, want) {
				t.Errorf("%s: no %s", c.path, want)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || !strings.Contains(csp, "frame-ancestors 'none'") ||
			h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: security headers %v", c.path, h)
		}
		// A source's address may stand in the text (a code's source: line);
		// nothing is loaded or linked from elsewhere.
		if strings.Contains(body, "<script") || external.MatchString(body) {
			t.Errorf("%s: a script or a resource from elsewhere", c.path)
		}
	}
}

// The seed law pasted as a draft, as of the day before it is in force: its
// reading, the redline and the comparative table, in Russian.
func TestReview(t *testing.T) {
	s := server(t, Options{})
	status, body, _ := postReview(t, s, map[string]string{"law": seedDraft(t), "as_of": "2026-03-06"})
	page := string(body)
	if status != 200 {
		t.Fatalf("status %d: %s", status, page)
	}
	for _, want := range []string{
		`<html lang="ru">`, `Что изменяется: ugolovno-protsessualnyi-kodeks`,
		`380-2, <b>380-3 (частями четвертой, пятой и шестой),</b> 382`,
		`<th>Структурный элемент</th><th>Действующая редакция</th><th>Предлагаемая редакция</th>`,
		`<h3><a href="/codes/ugolovnyi-kodeks?as-of=2026-03-06#article-380-3">Статья 380-3 — дополнено</a></h3>`,
		`<tr id="line-5"><td class="nowrap muted">5</td><td>дополнить статьей 380-3 следующего содержания:`,
		`name="download" value="docx"`,
		`<p class="muted">60 календарных дней после дня первого официального опубликования; дата опубликования неизвестна</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	if strings.Contains(page, `class="error"`) {
		t.Error("the seed law reads with an error")
	}
}

// A draft with an error: the error at its line, everything read shown,
// nothing applied, nothing to download.
func TestReviewError(t *testing.T) {
	s := server(t, Options{})
	draft := strings.Replace(seedDraft(t), "после цифр «380-2»", "после цифр «380-9»", 1)
	status, body, _ := postReview(t, s, map[string]string{"law": draft, "as_of": "2026-03-06"})
	page := string(body)
	if status != 200 {
		t.Fatalf("status %d", status)
	}
	for _, want := range []string{`<section class="errors"><h2>Ошибки</h2>`, `<tr id="line-35" class="error">`,
		`35:4: anchor &#34;380-9&#34; not found in article:187/part:2`, `→ insert article:380-3`} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	if strings.Contains(page, "Что изменяется") || strings.Contains(page, `name="download"`) {
		t.Error("a draft with an error shows changes or downloads")
	}
	status, _, _ = postReview(t, s, map[string]string{"law": draft, "as_of": "2026-03-06", "download": "docx"})
	if status != http.StatusUnprocessableEntity {
		t.Errorf("download of a draft with errors: status %d", status)
	}
}

func TestDownloads(t *testing.T) {
	s := server(t, Options{})
	for what, check := range map[string]func([]byte) bool{
		"docx": func(b []byte) bool {
			z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			return err == nil && slices.ContainsFunc(z.File, func(f *zip.File) bool { return f.Name == "word/document.xml" })
		},
		"md": func(b []byte) bool {
			return bytes.Contains(b, []byte("| Структурный элемент | Действующая редакция | Предлагаемая редакция |"))
		},
		"html": func(b []byte) bool {
			return bytes.Contains(b, []byte("<b>380-3 (частями четвертой, пятой и шестой),</b>"))
		},
		"text:ugolovnyi-kodeks": func(b []byte) bool {
			return bytes.HasPrefix(b, []byte("---\n")) && bytes.Contains(b, []byte("\nСтатья 380-3. Угроза или применение насилия"))
		},
	} {
		status, body, h := postReview(t, s, map[string]string{"law": seedDraft(t), "as_of": "2026-03-06", "download": what})
		if status != 200 || !check(body) || !strings.HasPrefix(h.Get("Content-Disposition"), "attachment") {
			t.Errorf("%s: status %d, %s, %d bytes", what, status, h.Get("Content-Disposition"), len(body))
		}
	}
}

func TestAPIReview(t *testing.T) {
	s := server(t, Options{})
	req, _ := json.Marshal(map[string]string{"law": seedDraft(t), "as_of": "2026-03-06"})
	resp, err := s.Client().Post(s.URL+"/api/review", "application/json", bytes.NewReader(req))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Law        struct{ Number string }
		Operations []struct{ Kind, Target string }
		Changes    map[string][]struct{ Address, Old, New string }
		Errors     []struct {
			Line, Col int
			Message   string
		}
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || out.Law.Number != "draft" || len(out.Operations) != 3 || len(out.Errors) != 0 {
		t.Fatalf("status %d, %+v", resp.StatusCode, out)
	}
	cpc := out.Changes["ugolovno-protsessualnyi-kodeks"]
	if len(cpc) != 2 || cpc[0].Address != "article:187/part:2" || !strings.Contains(cpc[0].New, "380-2, 380-3 (частями четвертой, пятой и шестой), 382") ||
		strings.Contains(cpc[0].Old, "380-3") {
		t.Errorf("changes to the CPC: %+v", cpc)
	}
	// A draft with an error: errors with line and column, no changes.
	bad, _ := json.Marshal(map[string]string{"law": strings.Replace(seedDraft(t), "«380-2»", "«380-9»", 1), "as_of": "2026-03-06"})
	resp2, err := s.Client().Post(s.URL+"/api/review", "application/json", bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	defer resp2.Body.Close()
	out.Changes, out.Errors = nil, nil
	json.NewDecoder(resp2.Body).Decode(&out)
	if len(out.Errors) != 1 || out.Errors[0].Line != 35 || out.Errors[0].Col != 4 || len(out.Changes) != 0 {
		t.Errorf("errors %+v, changes %v", out.Errors, out.Changes)
	}
}

// The limits: a body over MaxBody is 413, a review over its time is 503,
// a bad request body is 400.
func TestLimits(t *testing.T) {
	s := server(t, Options{MaxBody: 1 << 10})
	status, _, _ := postReview(t, s, map[string]string{"law": strings.Repeat("а", 4<<10)})
	if status != http.StatusRequestEntityTooLarge {
		t.Errorf("a large form: status %d, want 413", status)
	}
	resp, err := s.Client().Post(s.URL+"/api/review", "application/json", strings.NewReader(`{"law": "`+strings.Repeat("a", 4<<10)+`"}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a large API request: status %d, want 413", resp.StatusCode)
	}
	slow := server(t, Options{ReviewTimeout: time.Nanosecond})
	status, body, _ := postReview(t, slow, map[string]string{"law": seedDraft(t), "as_of": "2026-03-06"})
	if status != http.StatusServiceUnavailable || !strings.Contains(string(body), "took longer than") {
		t.Errorf("a review over its time: status %d", status)
	}
	status, _, _ = postReview(t, server(t, Options{}), map[string]string{"law": " "})
	if status != http.StatusBadRequest {
		t.Errorf("an empty law: status %d, want 400", status)
	}
	resp, err = s.Client().Post(s.URL+"/api/review", "application/json", strings.NewReader(`{"law": 5}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Errorf("bad JSON: status %d, want 400", resp.StatusCode)
	}
}

// TestLoad sends 200 requests, 8 at a time, to a server on 127.0.0.1: an
// edition page and a review of the seed law against the default corpus.
// Every answer must be 200; the latencies are logged (-v), not asserted.
func TestLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("the load test is not short")
	}
	s := server(t, Options{})
	draft := seedDraft(t)
	for _, kind := range []string{"edition", "review"} {
		var mu sync.Mutex
		var times []time.Duration
		jobs := make(chan int)
		var wg sync.WaitGroup
		for range 8 {
			wg.Go(func() {
				for range jobs {
					start := time.Now()
					var status int
					if kind == "edition" {
						status, _, _ = get(t, s, "/codes/ugolovno-protsessualnyi-kodeks?as-of=2026-03-07")
					} else {
						status, _, _ = postReview(t, s, map[string]string{"law": draft, "as_of": "2026-03-06"})
					}
					if status != 200 {
						t.Errorf("%s: status %d", kind, status)
					}
					mu.Lock()
					times = append(times, time.Since(start))
					mu.Unlock()
				}
			})
		}
		for i := range 200 {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
		sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
		t.Logf("%s: median %v, 95th percentile %v (200 requests, 8 at a time)", kind, times[len(times)/2], times[len(times)*95/100])
	}
}

// external matches an attribute that loads or links something from another
// site.
var external = regexp.MustCompile(`(?i)(?:src|href|action)\s*=\s*["']?(?:https?:)?//`)

// A Kazakh draft is reviewed in Kazakh against the Kazakh editions.
func TestReviewKazakh(t *testing.T) {
	src, err := os.ReadFile("../kz/laws/252-VIII-kk.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, draft, _ := strings.Cut(string(src[4:]), "---\n")
	s := server(t, Options{})
	status, body, _ := postReview(t, s, map[string]string{"law": draft, "as_of": "2026-03-06"})
	page := string(body)
	if status != 200 {
		t.Fatalf("status %d: %s", status, page)
	}
	for _, want := range []string{
		`<html lang="kk">`, `Не өзгереді: qylmystyq-prosestik-kodeks`,
		`380-2, <b>380-3 (төртінші, бесінші және алтыншы бөліктерінде),</b> 382`,
		`<th>Құрылымдық элемент</th><th>Қолданыстағы редакция</th><th>Ұсынылып отырған редакция</th>`,
		`<h3><a href="/codes/qylmystyq-kodeks?as-of=2026-03-06#article-380-3">380-3-бап — толықтырылды</a></h3>`,
		`<p class="muted">алғашқы ресми жарияланған күнінен кейін күнтізбелік 60 күн; жарияланған күні белгісіз</p>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("no %s", want)
		}
	}
	if strings.Contains(page, `class="error"`) {
		t.Error("the Kazakh seed law reads with an error")
	}
}
