package workbench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/scanner"
	"html/template"
	"io"
	"net/http"
	"strings"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/diff"
	"github.com/zan-law/zan/corpus"
)

// draftFile names a pasted draft in its errors: "draft:12:4: …".
const draftFile = "draft"

// reviewForm is the empty form: paste or upload a draft, choose "as of".
func (w *Workbench) reviewForm(rw http.ResponseWriter, r *http.Request) {
	lang := r.URL.Query().Get("lang")
	if lang != "ru" {
		lang = "en"
	}
	page, err := render(lang, codes.WordsFor(lang).Review, nav(lang), "review-form", formData{
		Words: codes.WordsFor(lang), AsOf: w.opt.Today().String()})
	send(rw, page, err)
}

// formData fills the review form.
type formData struct {
	Words codes.PageWords
	Law   string
	AsOf  string
}

// draft is a review's input.
type draft struct {
	text []byte
	asOf codes.Date
}

// readDraft reads the form: the pasted text, or an uploaded file, and the
// date.
func (w *Workbench) readDraft(r *http.Request) (draft, error) {
	if err := r.ParseMultipartForm(w.opt.MaxBody); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return draft{}, err
	}
	d := draft{text: []byte(r.FormValue("law")), asOf: w.opt.Today()}
	if f, _, err := r.FormFile("file"); err == nil {
		defer f.Close()
		b, err := io.ReadAll(f)
		if err != nil {
			return draft{}, err
		}
		if len(b) > 0 {
			d.text = b
		}
	}
	if v := r.FormValue("as_of"); v != "" {
		date, err := codes.ParseDate(v)
		if err != nil {
			return draft{}, fail(http.StatusBadRequest, "as of: %v", err)
		}
		d.asOf = date
	}
	if len(strings.TrimSpace(string(d.text))) == 0 {
		return draft{}, fail(http.StatusBadRequest, "no law: paste its text or choose its file")
	}
	return d, nil
}

// reviewed is what a review found.
type reviewed struct {
	law     *amend.Law         // nil when the draft could not be read at all
	errs    scanner.ErrorList  // the draft's errors, with their places
	fatal   error              // an error without a place (front matter)
	changes []corpus.LawChange // what it changes, when it has no errors
	note    error              // why the changes are as of the date chosen
}

// check reads the draft and, when it has no errors, applies it: within the
// review's time limit.
func (w *Workbench) check(ctx context.Context, d draft) (reviewed, error) {
	ctx, cancel := context.WithTimeout(ctx, w.opt.ReviewTimeout)
	defer cancel()
	done := make(chan reviewed, 1)
	go func() {
		var rv reviewed
		law, err := amend.ParseDraft(draftFile, d.text, d.asOf)
		rv.law = law
		if err != nil && !errors.As(err, &rv.errs) {
			rv.fatal = err
		}
		if law != nil && err == nil {
			for act, ids := range w.cp.Targets(law) {
				if len(ids) == 0 {
					a := law.Acts[act]
					rv.errs.Add(a.Pos, fmt.Sprintf("the corpus holds no %s dated %s in language %q", a.Title, a.Date, law.Meta.Language))
				}
			}
		}
		if law != nil && len(rv.errs) == 0 && rv.fatal == nil {
			rv.changes, rv.note = w.hist.LawChanges(law, d.asOf)
			if rv.changes == nil && rv.note != nil {
				if !errors.As(rv.note, &rv.errs) {
					rv.fatal = rv.note
				}
				rv.note = nil
			}
		}
		rv.errs.Sort()
		done <- rv
	}()
	select {
	case rv := <-done:
		return rv, nil
	case <-ctx.Done():
		return reviewed{}, fail(http.StatusServiceUnavailable, "the review took longer than %s and was stopped", w.opt.ReviewTimeout)
	}
}

// review answers the form: the page, or a download of what it found.
func (w *Workbench) review(rw http.ResponseWriter, r *http.Request) {
	d, err := w.readDraft(r)
	if err != nil {
		send(rw, nil, err)
		return
	}
	rv, err := w.check(r.Context(), d)
	if err != nil {
		send(rw, nil, err)
		return
	}
	if dl := r.FormValue("download"); dl != "" {
		w.download(rw, rv, dl)
		return
	}
	if rv.law == nil {
		send(rw, nil, fail(http.StatusUnprocessableEntity, "%s", joinLines(rv.fatal)))
		return
	}
	page, err := w.reviewPage(rv.law, rv.errs, rv.fatal, rv.changes, rv.note, d.asOf.String())
	send(rw, page, err)
}

// lineData is a line of the law's text with what was read from it.
type lineData struct {
	N       int
	Text    string
	Ops     []string
	Errors  []string
	Ignored string
}

// changeData is what the law changes in one code.
type changeData struct {
	Code    string
	Redline template.HTML
	Table   template.HTML
	None    bool
}

// reviewPage shows a law as read, and what it changes. asOf is set for a
// draft under review: the page then carries the form again, and downloads.
func (w *Workbench) reviewPage(law *amend.Law, errs scanner.ErrorList, fatal error, changes []corpus.LawChange, note error, asOf string) ([]byte, error) {
	lang := law.Meta.Language
	words := codes.WordsFor(lang)
	lines := readLines(law, errs)
	var list []changeData
	for _, ch := range changes {
		units := diff.Diff(ch.Old, ch.New)
		// Each unit links to the edition the law makes, or for a draft with
		// no date yet, to the edition it was compared with.
		linkDate := ch.Last
		if linkDate.IsZero() {
			linkDate = ch.Before
		}
		opt := diff.Options{Language: lang, Link: "/codes/" + ch.Code + "?as-of=" + linkDate.String()}
		redline, err := diff.RedlineHTML(units, opt)
		if err != nil {
			return nil, err
		}
		table, err := diff.TableBody(units, opt)
		if err != nil {
			return nil, err
		}
		list = append(list, changeData{Code: ch.Code, Redline: redline, Table: table, None: len(units) == 0})
	}
	date, derr := law.Date()
	inForce := date.String()
	if derr != nil {
		inForce = words.Unknown
	}
	title := law.Meta.Title
	if !law.Draft() {
		title = words.LawChanges(law.Meta.Number, law.Meta.Date, strings.Join(w.cp.Amends(law), ", "))
	}
	notes := ""
	if note != nil {
		notes = words.DraftNote
	}
	var errLines []string
	for _, e := range errs {
		errLines = append(errLines, e.Error())
	}
	if fatal != nil {
		errLines = append(errLines, corpus.ErrorLines(fatal)...)
	}
	return render(lang, title, nav(lang), "law", struct {
		Words       codes.PageWords
		Law         *amend.Law
		InForce     string
		Explanation string
		Lines       []lineData
		Errors      []string
		Changes     []changeData
		Note        string
		Form        *formData
	}{words, law, inForce, law.ExplainIn(law.Meta.Language), lines, errLines, list, notes, formOf(law, words, asOf)})
}

func formOf(law *amend.Law, words codes.PageWords, asOf string) *formData {
	if asOf == "" {
		return nil
	}
	return &formData{Words: words, Law: law.Text, AsOf: asOf}
}

// readLines lays the law's text out line by line, each with the
// operations read from it, its errors and why it was ignored.
func readLines(law *amend.Law, errs scanner.ErrorList) []lineData {
	var lines []lineData
	for i, l := range strings.Split(strings.TrimRight(law.Text, "\n"), "\n") {
		lines = append(lines, lineData{N: law.TextLine + i, Text: strings.TrimRight(l, "\r")})
	}
	at := func(n int) *lineData {
		i := n - law.TextLine
		if i < 0 || i >= len(lines) {
			return nil
		}
		return &lines[i]
	}
	for _, op := range law.Reading().Operations {
		if l := at(op.Line); l != nil {
			l.Ops = append(l.Ops, opLine(op))
		}
	}
	for _, ig := range law.Ignored {
		if l := at(ig.Pos.Line); l != nil {
			l.Ignored = ig.Reason
		}
	}
	for _, e := range errs {
		if l := at(e.Pos.Line); l != nil {
			l.Errors = append(l.Errors, fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Column, e.Msg))
		}
	}
	return lines
}

// opLine says what an operation does: "replace in article:187/part:2:
// "a" → "b"".
func opLine(op amend.ReadingOp) string {
	target := op.Target
	if target == "" {
		target = "the whole act"
	}
	s := op.Kind + " " + target
	switch {
	case op.Old != "" && op.Text != "":
		s += fmt.Sprintf(": %q → %q", op.Old, op.Text)
	case op.Old != "":
		s += fmt.Sprintf(": %q", op.Old)
	case op.Anchor != "":
		s += fmt.Sprintf(": %q %s %q", op.Text, op.Position, op.Anchor)
	case op.Text != "" && !strings.Contains(op.Text, "\n"):
		s += fmt.Sprintf(": %q", op.Text)
	}
	return s
}

// download sends what a review found as a file: the comparative table
// (docx, md, html) or a consolidated code (text:ID).
func (w *Workbench) download(rw http.ResponseWriter, rv reviewed, what string) {
	if rv.law == nil || len(rv.errs) > 0 || rv.fatal != nil {
		send(rw, nil, fail(http.StatusUnprocessableEntity, "the law has errors: nothing to download"))
		return
	}
	lang := rv.law.Meta.Language
	words := codes.WordsFor(lang)
	var comparisons []diff.Comparison
	for _, ch := range rv.changes {
		comparisons = append(comparisons, diff.Comparison{
			Title: words.LawChanges(rv.law.Meta.Number, rv.law.Meta.Date, ch.Code), Language: lang, Units: diff.Diff(ch.Old, ch.New)})
	}
	var body []byte
	var err error
	var kind, name string
	switch {
	case what == "docx":
		body, err = diff.Docx(comparisons)
		kind, name = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "table.docx"
	case what == "md" || what == "html":
		for _, c := range comparisons {
			b, terr := diff.Table(c.Units, diff.Options{Language: lang, Title: c.Title}, what == "html")
			if terr != nil {
				err = terr
			}
			if what == "md" {
				b = append([]byte("## "+c.Title+"\n\n"), b...)
			}
			body = append(body, b...)
		}
		kind, name = "text/markdown; charset=utf-8", "table.md"
		if what == "html" {
			kind, name = "text/html; charset=utf-8", "table.html"
		}
	case strings.HasPrefix(what, "text:"):
		id := strings.TrimPrefix(what, "text:")
		for _, ch := range rv.changes {
			if ch.Code == id {
				body, err = codes.Render(ch.New, codes.RenderOptions{Provenance: true})
				kind, name = "text/plain; charset=utf-8", id+".txt"
			}
		}
		if name == "" {
			err = fail(http.StatusNotFound, "the law does not amend %q", id)
		}
	default:
		err = fail(http.StatusBadRequest, "download %q: want docx, md, html or text:CODE", what)
	}
	if err != nil {
		send(rw, nil, err)
		return
	}
	rw.Header().Set("Content-Type", kind)
	rw.Header().Set("Content-Disposition", `attachment; filename="`+name+`"`)
	rw.Write(body)
}

// apiRequest is POST /api/review's body.
type apiRequest struct {
	Law  string `json:"law"`
	AsOf string `json:"as_of"`
}

// apiError is an error of the draft, at its place.
type apiError struct {
	Line    int    `json:"line"`
	Col     int    `json:"col"`
	Message string `json:"message"`
}

// apiResponse is zan parse --json's object, what the law changes in each
// code (old and new words per unit, as zan diff --format json), and the
// draft's errors.
type apiResponse struct {
	*amend.Reading
	Changes map[string]json.RawMessage `json:"changes"`
	Errors  []apiError                 `json:"errors"`
}

func (w *Workbench) apiReview(rw http.ResponseWriter, r *http.Request) {
	var req apiRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		var mb *http.MaxBytesError
		if errors.As(err, &mb) {
			sendJSON(rw, http.StatusRequestEntityTooLarge, map[string]string{"error": fmt.Sprintf("the request is larger than %d MB", mb.Limit>>20)})
			return
		}
		sendJSON(rw, http.StatusBadRequest, map[string]string{"error": "want JSON {\"law\": \"…\", \"as_of\": \"YYYY-MM-DD\"}: " + err.Error()})
		return
	}
	d := draft{text: []byte(req.Law), asOf: w.opt.Today()}
	if req.AsOf != "" {
		date, err := codes.ParseDate(req.AsOf)
		if err != nil {
			sendJSON(rw, http.StatusBadRequest, map[string]string{"error": "as_of: " + err.Error()})
			return
		}
		d.asOf = date
	}
	rv, err := w.check(r.Context(), d)
	if err != nil {
		sendJSON(rw, http.StatusServiceUnavailable, map[string]string{"error": err.Error()})
		return
	}
	resp := apiResponse{Changes: map[string]json.RawMessage{}, Errors: []apiError{}}
	if rv.law != nil {
		reading := rv.law.Reading()
		resp.Reading = &reading
	}
	for _, e := range rv.errs {
		resp.Errors = append(resp.Errors, apiError{e.Pos.Line, e.Pos.Column, e.Msg})
	}
	if rv.fatal != nil {
		resp.Errors = append(resp.Errors, apiError{1, 1, rv.fatal.Error()})
	}
	for _, ch := range rv.changes {
		b, err := diff.JSON(diff.Diff(ch.Old, ch.New))
		if err != nil {
			sendJSON(rw, http.StatusInternalServerError, map[string]string{"error": err.Error()})
			return
		}
		resp.Changes[ch.Code] = b
	}
	sendJSON(rw, http.StatusOK, resp)
}

func sendJSON(rw http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		status, b = http.StatusInternalServerError, []byte(`{"error": "cannot write the answer"}`)
	}
	rw.Header().Set("Content-Type", "application/json")
	rw.WriteHeader(status)
	rw.Write(append(b, '\n'))
}
