package html

import (
	"bytes"
	"html/template"
	"strconv"
	"sync"

	"github.com/yuin/goldmark"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/codes/markdown"
)

// Renderer renders editions of a code as pages, keeping the HTML of every
// block of Markdown it converts — the title, and each code part, section,
// chapter and article with its parts and points up to the next heading — so
// that the next edition converts only the blocks that changed. A site of
// 200 editions of one code converts its 500 articles once, plus the ones
// each law changed. A Renderer may be used by several goroutines at once;
// the zero value is not ready for use: call NewRenderer.
//
// The page is the same as goldmark's over the whole Markdown: the
// footnote references, whose numbers shift from one edition to the next,
// are taken out of the blocks before they are converted and written back
// after, in goldmark's own form, and the footnotes listed at the end are
// each converted as a paragraph and laid out as goldmark lays them out.
// Markdown this cannot take apart (holding the mark used for a reference)
// is converted whole.
type Renderer struct {
	mu     sync.Mutex
	blocks map[string][]byte        // block's Markdown, references marked → its HTML
	notes  map[string][]byte        // a footnote's Markdown → its HTML
	tocs   map[string]template.HTML // contentsKey → the table of contents
	wholes int                      // pages converted whole
}

// whole converts md whole, as convert does, when it cannot be taken apart.
func (r *Renderer) whole(md []byte, places []markdown.Place) ([]byte, error) {
	r.mu.Lock()
	r.wholes++
	r.mu.Unlock()
	return convert(md, places)
}

// NewRenderer returns a Renderer with nothing converted yet.
func NewRenderer() *Renderer {
	return &Renderer{blocks: map[string][]byte{}, notes: map[string][]byte{}, tocs: map[string]template.HTML{}}
}

// RenderPage writes the edition d as a page with the navigation links nav
// above it, as the package's RenderPage does, and returns the places of
// its units: those with an anchor have it on the page.
func (r *Renderer) RenderPage(d *codes.Doc, opt codes.RenderOptions, nav []Link) ([]byte, []markdown.Place, error) {
	return renderPage(d, opt, nav, "", r.convert, r.contents)
}

// contents writes a table of contents, or returns the one written for an
// edition before with the same entries: most editions change no heading.
func (r *Renderer) contents(entries []*entry) (template.HTML, error) {
	key := contentsKey(entries)
	r.mu.Lock()
	toc, ok := r.tocs[key]
	r.mu.Unlock()
	if ok {
		return toc, nil
	}
	toc, err := writeContents(entries)
	if err != nil {
		return "", err
	}
	r.mu.Lock()
	r.tocs[key] = toc
	r.mu.Unlock()
	return toc, nil
}

// refMark stands for a footnote reference in a block while it is
// converted: a character of the Private Use Area, which legal text does
// not hold (Markdown that does is converted whole).
const refMark = "\uE000"

// convert is convert of the package, by blocks.
func (r *Renderer) convert(md []byte, places []markdown.Place) ([]byte, error) {
	if bytes.Contains(md, []byte(refMark)) {
		return r.whole(md, places)
	}
	body, notes := splitNotes(md)
	var conv goldmark.Markdown // made when a block is not known yet
	// html returns the HTML of src, a block or a footnote's text, from
	// known or converted anew. (Looking up m[string(src)] copies nothing.)
	html := func(known map[string][]byte, src []byte) ([]byte, error) {
		r.mu.Lock()
		out, ok := known[string(src)]
		r.mu.Unlock()
		if ok {
			return out, nil
		}
		if conv == nil {
			conv = converter(kindsOf(places))
		}
		var b bytes.Buffer
		if err := conv.Convert(src, &b); err != nil {
			return nil, err
		}
		out = b.Bytes()
		r.mu.Lock()
		known[string(src)] = out
		r.mu.Unlock()
		return out, nil
	}
	var out bytes.Buffer
	out.Grow(len(md) * 3 / 2)
	next := 1 // the number of the next footnote reference
	for _, block := range splitBlocks(body) {
		marked, refs, ok := markRefs(block, next)
		if !ok {
			return r.whole(md, places)
		}
		h, err := html(r.blocks, marked)
		if err != nil {
			return nil, err
		}
		if bytes.Count(h, []byte(refMark)) != refs {
			return r.whole(md, places) // goldmark moved or dropped a mark: not ours to guess
		}
		for i, part := range bytes.Split(h, []byte(refMark)) {
			if i > 0 {
				n := strconv.Itoa(next)
				out.WriteString(`<sup id="fnref:` + n + `"><a href="#fn:` + n + `" class="footnote-ref" role="doc-noteref">` + n + `</a></sup>`)
				next++
			}
			out.Write(part)
		}
	}
	if len(notes) != next-1 {
		return r.whole(md, places) // footnotes and references do not pair up one to one
	}
	if len(notes) == 0 {
		return out.Bytes(), nil
	}
	out.WriteString("<div class=\"footnotes\" role=\"doc-endnotes\">\n<hr>\n<ol>\n")
	for i, text := range notes {
		h, err := html(r.notes, text)
		if err != nil {
			return nil, err
		}
		p, ok := bytes.CutSuffix(h, []byte("</p>\n"))
		if !ok || !bytes.HasPrefix(p, []byte("<p>")) || bytes.Contains(p, []byte("</p>")) {
			return r.whole(md, places) // not one paragraph
		}
		n := strconv.Itoa(i + 1)
		out.WriteString(`<li id="fn:` + n + "\">\n")
		out.Write(p)
		out.WriteString(`&#160;<a href="#fnref:` + n + `" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>` + "\n</li>\n")
	}
	out.WriteString("</ol>\n</div>\n")
	return out.Bytes(), nil
}

// splitNotes cuts the Markdown of package markdown before the footnote
// definitions, which come last, each a paragraph "[^n]: text"; it returns
// the text of each, in order. No line of the act's text starts with "["
// (package markdown escapes it).
func splitNotes(md []byte) (body []byte, notes [][]byte) {
	i := bytes.Index(md, []byte("\n[^"))
	if i < 0 {
		return md, nil
	}
	body, rest := md[:i+1], md[i+1:]
	for len(rest) > 0 {
		para, after, _ := bytes.Cut(rest, []byte("\n\n"))
		_, text, ok := bytes.Cut(para, []byte("]: "))
		if !ok || !bytes.HasPrefix(para, []byte("[^")) {
			return md, nil // not as package markdown writes them: no notes taken out
		}
		notes = append(notes, append(text, '\n'))
		rest = after
	}
	return body, notes
}

// splitBlocks cuts Markdown before each heading: a line starting with "#",
// which in package markdown's output only a heading does.
func splitBlocks(md []byte) [][]byte {
	var out [][]byte
	for len(md) > 0 {
		i := bytes.Index(md[1:], []byte("\n#"))
		if i < 0 {
			out = append(out, md)
			break
		}
		out = append(out, md[:i+2])
		md = md[i+2:]
	}
	return out
}

// markRefs replaces each footnote reference of block ("[^7]", the
// numbers counting up from next) by refMark, and returns how many there
// were. A reference out of order is not ok. Escaped characters ("\\[")
// are skipped.
func markRefs(block []byte, next int) ([]byte, int, bool) {
	if !bytes.Contains(block, []byte("[^")) {
		return block, 0, true
	}
	out := make([]byte, 0, len(block))
	refs := 0
	for len(block) > 0 {
		i := bytes.IndexAny(block, `\[`)
		if i < 0 || i+1 == len(block) {
			out = append(out, block...)
			break
		}
		out = append(out, block[:i]...)
		block = block[i:]
		if block[0] == '\\' { // an escaped character
			out = append(out, block[:2]...)
			block = block[2:]
			continue
		}
		if block[1] != '^' { // a "[" of no reference
			out = append(out, '[')
			block = block[1:]
			continue
		}
		end := bytes.IndexByte(block, ']')
		if end < 0 {
			return nil, 0, false
		}
		n, err := strconv.Atoi(string(block[2:end]))
		if err != nil || n != next+refs {
			return nil, 0, false
		}
		out = append(out, refMark...)
		refs++
		block = block[end+1:]
	}
	return out, refs, true
}
