package codes

import "strings"

// Kind is the kind of a structural unit of an act.
type Kind int

const (
	Act      Kind = iota // the whole act; the root of the tree
	CodePart             // General Part / Special Part (Общая / Особенная часть)
	Section              // Section 2. / Раздел 2.
	Chapter              // Chapter 16. / Глава 16.
	Article              // Article 380-3. / Статья 380-3.
	Part                 // "1. text" inside an article (or an item of a note)
	Point                // "1) text"
	Subpoint             // "a) text" / "а) текст"
	Note                 // Note. / Примечание.
	// Paragraph is an unnumbered paragraph (абзац) of a unit's text: not a
	// unit of the tree but a step of an address ("part:8/paragraph:2"),
	// counting the unit's paragraphs (text, then wrap-up) from the first:
	// for a part or point, the one on its numbered head line.
	Paragraph
	// Sentence is a sentence of a unit's text (предложение), like Paragraph
	// a step of an address, not a unit of the tree ("part:2/sentence:1").
	// Where sentences end is the business of package amend, which knows
	// each language's abbreviations.
	Sentence
	// List is a step of an address, not a unit of the tree: the run of
	// points (or parts, subpoints) of one unit that a point stands in, when
	// the unit has several lists numbered alike ("part:4-3/list:2/point:1";
	// see lists.go).
	List
)

var kindNames = [...]string{
	Act:       "act",
	CodePart:  "code-part",
	Section:   "section",
	Chapter:   "chapter",
	Article:   "article",
	Part:      "part",
	Point:     "point",
	Subpoint:  "subpoint",
	Note:      "note",
	Paragraph: "paragraph",
	Sentence:  "sentence",
	List:      "list",
}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// KindOf returns the kind named s ("article", "part", …).
func KindOf(s string) (Kind, bool) {
	for k, name := range kindNames {
		if name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// Titled reports whether units of kind k carry a heading on their first
// line ("Article 5. Heading"); the other kinds carry text there ("1. text").
func (k Kind) Titled() bool {
	return k == CodePart || k == Section || k == Chapter || k == Article
}

// Unit is one node of the tree. Its text is laid out, in order, as:
// the head line (Label + Heading for titled kinds, Label + the first
// paragraph of Text otherwise), Footnotes, the rest of Text, Children, WrapUp.
// Text and WrapUp hold paragraphs separated by "\n".
type Unit struct {
	Kind      Kind
	Num       string // "380-3", "2", "а"; "" for notes and the act
	Label     string // the exact prefix of the head line: "Article 380-3. ", "2. ", "Note. "
	Heading   string // titled kinds: the title after the label
	Text      string // intro paragraphs
	Footnotes []Footnote
	Children  []*Unit
	WrapUp    string // paragraphs after the children (a sanction after points)
	Line      int    // 1-based line of the head line in the source file; 0 if made by an edit
	owner     *generation
}

// Footnote is an Adilet provenance line ("Footnote. …" / "Сноска. …") shown
// right after a unit's head line.
type Footnote struct {
	Text string // the whole line
	Law  string // number of the last law whose change it records; "" if it came with the text
	// Base is the line as it came with the text, before laws added their
	// entries to it ("…; от 03.01.2026 № 252-VIII (…)."); "" for a footnote
	// a law wrote anew.
	Base string
	// Pending marks a note on a change signed but not yet in force
	// ("IZPI's note! …" / «Примечание ИЗПИ! …»).
	Pending bool
}

// Shown returns the footnote as rendered: without provenance, the entries
// added by laws are left out (and a footnote a law wrote anew altogether).
func (f Footnote) Shown(opt RenderOptions) (string, bool) {
	switch {
	case f.Pending:
		return f.Text, opt.Pending
	case f.Law == "" || opt.Provenance:
		return f.Text, true
	case f.Base != "":
		return f.Base, true
	}
	return "", false
}

// Walk calls fn for u and every unit below it in document order, with
// entering true before a unit's children and false after them. When fn
// returns false on entering, the unit's children are skipped.
func Walk(u *Unit, fn func(u *Unit, entering bool) bool) {
	if fn(u, true) {
		for _, c := range u.Children {
			Walk(c, fn)
		}
	}
	fn(u, false)
}

// WalkPaths is Walk keeping the path to each unit: fn gets the units from
// root down to it (root first) and its address (AddressOf), on entering
// only; when fn returns false, the unit's children are skipped.
func WalkPaths(root *Unit, fn func(path []*Unit, a Address) bool) {
	var path []*Unit
	Walk(root, func(u *Unit, entering bool) bool {
		if !entering {
			path = path[:len(path)-1]
			return true
		}
		path = append(path, u)
		return fn(path, AddressOf(path))
	})
}

// headLine is the unit's first line as it stands in the text.
func (u *Unit) headLine() string {
	if u.Kind == Act {
		return ""
	}
	if u.Kind.Titled() {
		return u.Label + u.Heading
	}
	first, _, _ := strings.Cut(u.Text, "\n")
	return u.Label + first
}

// Intro is the unit's text before its children: the head line and the
// rest of its paragraphs, one per line ("" for an act without title lines).
func (u *Unit) Intro() string {
	var lines []string
	if u.Kind != Act {
		lines = append(lines, u.headLine())
	}
	rest := u.Text
	if u.Kind != Act && !u.Kind.Titled() {
		_, rest, _ = strings.Cut(u.Text, "\n")
	}
	if rest != "" {
		lines = append(lines, rest)
	}
	return strings.Join(lines, "\n")
}

// OwnText is the unit's own text, without its children and footnotes: its
// intro and its wrap-up, one paragraph per line.
func (u *Unit) OwnText() string {
	if u.WrapUp == "" {
		return u.Intro()
	}
	if intro := u.Intro(); intro != "" {
		return intro + "\n" + u.WrapUp
	}
	return u.WrapUp
}

// Child returns the child of kind k numbered num, or nil.
func (u *Unit) Child(k Kind, num string) *Unit {
	for _, c := range u.Children {
		if c.Kind == k && c.Num == num {
			return c
		}
	}
	return nil
}

// clone returns a shallow copy of u with its own Children and Footnotes
// slices, so the copy can be edited without touching u; the copy belongs to
// the doc of generation gen.
func (u *Unit) clone(gen *generation) *Unit {
	c := *u
	c.owner = gen
	c.Children = append([]*Unit(nil), u.Children...)
	c.Footnotes = append([]Footnote(nil), u.Footnotes...)
	return &c
}
