package workbench

import (
	"errors"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
	"github.com/zan-law/zan/codes/html"
	"github.com/zan-law/zan/corpus"
)

// Options bound the workbench's work.
type Options struct {
	Today         func() codes.Date // the default "as of" date; codes.Today when nil
	MaxBody       int64             // the largest request body; 5 MB when 0
	ReviewTimeout time.Duration     // the longest a review may take; 10 s when 0
}

// Workbench serves one corpus.
type Workbench struct {
	cp   *corpus.Corpus
	hist *corpus.History
	opt  Options
}

// New makes the workbench of a corpus; it folds every edition once.
func New(cp *corpus.Corpus, opt Options) *Workbench {
	if opt.Today == nil {
		opt.Today = codes.Today
	}
	if opt.MaxBody == 0 {
		opt.MaxBody = 5 << 20
	}
	if opt.ReviewTimeout == 0 {
		opt.ReviewTimeout = 10 * time.Second
	}
	return &Workbench{cp: cp, hist: cp.History(), opt: opt}
}

// Handler returns the workbench's routes, with its security headers and
// its bound on request bodies.
func (w *Workbench) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", w.index)
	mux.HandleFunc("GET /codes/{id}", w.edition)
	mux.HandleFunc("GET /codes/{id}/diff", w.diff)
	mux.HandleFunc("GET /laws/{number}", w.law)
	mux.HandleFunc("GET /review", w.reviewForm)
	mux.HandleFunc("POST /review", w.review)
	mux.HandleFunc("POST /api/review", w.apiReview)
	return http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		h := rw.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		r.Body = http.MaxBytesReader(rw, r.Body, w.opt.MaxBody)
		mux.ServeHTTP(rw, r)
	})
}

// httpError is a page that says why a request cannot be answered.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func fail(status int, format string, args ...any) error {
	return &httpError{status, fmt.Sprintf(format, args...)}
}

// send writes a page, or the page of its error.
func send(rw http.ResponseWriter, page []byte, err error) {
	if err != nil {
		status := http.StatusInternalServerError
		var he *httpError
		var mb *http.MaxBytesError
		switch {
		case errors.As(err, &he):
			status = he.status
		case errors.As(err, &mb):
			status = http.StatusRequestEntityTooLarge
			err = fmt.Errorf("the request is larger than %d MB", mb.Limit>>20)
		}
		page, perr := render("en", http.StatusText(status), nil, "error", err.Error())
		if perr != nil {
			page = []byte(template.HTMLEscapeString(err.Error()))
		}
		rw.Header().Set("Content-Type", "text/html; charset=utf-8")
		rw.WriteHeader(status)
		rw.Write(page)
		return
	}
	rw.Header().Set("Content-Type", "text/html; charset=utf-8")
	rw.Write(page)
}

// dateParam reads a date from the query, or def when it is not given.
func dateParam(r *http.Request, name string, def codes.Date) (codes.Date, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	d, err := codes.ParseDate(v)
	if err != nil {
		return d, fail(http.StatusBadRequest, "%s: %v", name, err)
	}
	return d, nil
}

// code returns the code named in the path.
func (w *Workbench) code(r *http.Request) (*codes.Doc, error) {
	d, err := w.cp.Code(r.PathValue("id"))
	if err != nil {
		return nil, fail(http.StatusNotFound, "%v", err)
	}
	return d, nil
}

// nav is the links above every page: the codes, the review.
func nav(lang string) []html.Link {
	w := codes.WordsFor(lang)
	return []html.Link{{Text: w.AllCodes, Href: "/"}, {Text: w.Review, Href: "/review"}}
}

type indexCode struct {
	ID, Title, Language, Href string
	Editions                  int
	Latest                    string
}

func (w *Workbench) index(rw http.ResponseWriter, r *http.Request) {
	var list []indexCode
	for _, d := range w.cp.Codes {
		eds, _ := w.hist.Editions(d.Meta.ID)
		list = append(list, indexCode{ID: d.Meta.ID, Title: d.Meta.Title, Language: d.Meta.Language,
			Href: "/codes/" + url.PathEscape(d.Meta.ID), Editions: len(eds), Latest: eds[len(eds)-1].Date.String()})
	}
	page, err := render("en", "Codes", nav("en"), "index", list)
	send(rw, page, err)
}

// edition shows the code as in force on a date, with links to the editions
// before and after it and a form to choose another date.
func (w *Workbench) edition(rw http.ResponseWriter, r *http.Request) {
	page, err := w.editionPage(r)
	send(rw, page, err)
}

func (w *Workbench) editionPage(r *http.Request) ([]byte, error) {
	d, err := w.code(r)
	if err != nil {
		return nil, err
	}
	date, err := dateParam(r, "as-of", w.opt.Today())
	if err != nil {
		return nil, err
	}
	ed, err := w.hist.Edition(d.Meta.ID, date, true)
	if err != nil {
		return nil, fail(http.StatusUnprocessableEntity, "%s", joinLines(err))
	}
	words := codes.WordsFor(d.Meta.Language)
	base := "/codes/" + url.PathEscape(d.Meta.ID)
	links := nav(d.Meta.Language)
	eds, _ := w.hist.Editions(d.Meta.ID)
	if prev := editionBefore(eds, date); prev != nil {
		links = append(links,
			html.Link{Text: words.Previous + " (" + prev.Date.String() + ")", Href: base + "?as-of=" + prev.Date.String()},
			html.Link{Text: words.CompareWith, Href: base + "/diff?from=" + prev.Date.String() + "&to=" + date.String()})
	}
	if next := editionAfter(eds, date); next != nil {
		links = append(links, html.Link{Text: words.Next + " (" + next.Date.String() + ")", Href: base + "?as-of=" + next.Date.String()})
	}
	tools, err := execute("date-form", struct {
		Words  codes.PageWords
		Action string
		Date   string
	}{words, base, date.String()})
	if err != nil {
		return nil, err
	}
	return html.RenderPageTools(ed.Doc, codes.RenderOptions{Provenance: true, Pending: true}, links, tools)
}

// editionBefore is the last edition that came into force before date's
// edition: the one a reader steps back to.
func editionBefore(eds []*corpus.Edition, date codes.Date) *corpus.Edition {
	i := slices.IndexFunc(eds, func(e *corpus.Edition) bool { return date.Before(e.Date) })
	if i < 0 {
		i = len(eds)
	}
	if i >= 2 {
		return eds[i-2]
	}
	return nil
}

// editionAfter is the first edition after date.
func editionAfter(eds []*corpus.Edition, date codes.Date) *corpus.Edition {
	if i := slices.IndexFunc(eds, func(e *corpus.Edition) bool { return date.Before(e.Date) }); i >= 0 {
		return eds[i]
	}
	return nil
}

type lawLink struct {
	Number, Date, InForce, Title, Href string
}

// diff shows the redline between the editions in force on two dates, each
// unit linked to its place in the later one, and the laws in force between.
func (w *Workbench) diff(rw http.ResponseWriter, r *http.Request) {
	page, err := w.diffPage(r)
	send(rw, page, err)
}

func (w *Workbench) diffPage(r *http.Request) ([]byte, error) {
	d, err := w.code(r)
	if err != nil {
		return nil, err
	}
	to, err := dateParam(r, "to", w.opt.Today())
	if err != nil {
		return nil, err
	}
	from, err := dateParam(r, "from", to)
	if err != nil {
		return nil, err
	}
	if to.Before(from) {
		return nil, fail(http.StatusBadRequest, "from %s is after to %s", from, to)
	}
	id := d.Meta.ID
	old, err := w.hist.Edition(id, from, false)
	if err != nil {
		return nil, fail(http.StatusUnprocessableEntity, "%s", joinLines(err))
	}
	new, err := w.hist.Edition(id, to, false)
	if err != nil {
		return nil, fail(http.StatusUnprocessableEntity, "%s", joinLines(err))
	}
	lang := d.Meta.Language
	opt := diff.Options{Language: lang, Link: "/codes/" + url.PathEscape(id) + "?as-of=" + to.String()}
	units := diff.Diff(old.Doc, new.Doc)
	redline, err := diff.RedlineHTML(units, opt)
	if err != nil {
		return nil, err
	}
	var laws []lawLink
	for _, e := range w.cp.LawEntries() {
		if e.Err == nil && from.Before(e.InForce) && !to.Before(e.InForce) && slices.Contains(w.cp.Amends(e.Law), id) {
			laws = append(laws, lawOf(e))
		}
	}
	words := codes.WordsFor(lang)
	title := fmt.Sprintf("%s: %s → %s", d.Meta.Title, from, to)
	return render(lang, title, nav(lang), "diff", struct {
		Words   codes.PageWords
		Laws    []lawLink
		Redline template.HTML
		None    bool
		Action  string
		From    string
		To      string
	}{words, laws, redline, len(units) == 0, "/codes/" + url.PathEscape(id) + "/diff", from.String(), to.String()})
}

func lawOf(e corpus.Entry) lawLink {
	return lawLink{Number: e.Law.Meta.Number, Date: e.Law.Meta.Date.String(), InForce: e.InForce.String(), Title: e.Law.Meta.Title,
		Href: "/laws/" + url.PathEscape(e.Law.Meta.Number) + "?date=" + e.Law.Meta.Date.String() + "&lang=" + url.QueryEscape(e.Law.Meta.Language)}
}

// joinLines writes an error of many lines (a law's every error) as text.
func joinLines(err error) string {
	return strings.Join(corpus.ErrorLines(err), "\n")
}

// law shows a law of the corpus: how it was read, when it enters into
// force, and what it changes in each code.
func (w *Workbench) law(rw http.ResponseWriter, r *http.Request) {
	page, err := w.lawPage(r)
	send(rw, page, err)
}

func (w *Workbench) lawPage(r *http.Request) ([]byte, error) {
	number := r.PathValue("number")
	date, lang := r.URL.Query().Get("date"), r.URL.Query().Get("lang")
	var found []*amend.Law
	for _, l := range w.cp.Laws {
		if l.Meta.Number == number && (date == "" || l.Meta.Date.String() == date) && (lang == "" || l.Meta.Language == lang) {
			found = append(found, l)
		}
	}
	switch {
	case len(found) == 0:
		return nil, fail(http.StatusNotFound, "no law No. %s in the corpus", number)
	case len(found) > 1:
		var links []lawLink
		for _, e := range w.cp.LawEntries() {
			if slices.Contains(found, e.Law) {
				links = append(links, lawOf(e))
			}
		}
		return render("en", "Law No. "+number, nav("en"), "laws", links)
	}
	law := found[0]
	changes, err := w.hist.LawChanges(law, w.opt.Today())
	if err != nil && changes == nil {
		return nil, fail(http.StatusUnprocessableEntity, "%s", joinLines(err))
	}
	return w.reviewPage(law, nil, nil, changes, err, "")
}
