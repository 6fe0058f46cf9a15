package amend

import (
	"go/token"
	"strings"

	"github.com/zan-law/zan/codes"
)

// Law is an amending law as read from its file.
type Law struct {
	File    string
	Meta    Meta
	Acts    []ActRef // target acts, in the order the law names them
	Ops     []Op
	InForce InForce
	Ignored []Ignored // lines read but not instructions: signatures, page furniture
	// Text is the law's text after its front matter, as read, and TextLine
	// the line of its file it starts on: for showing each instruction in
	// its place.
	Text     string
	TextLine int
	draft    bool // a draft: no number yet in its heading (see ParseDraft)
}

// Draft reports whether the law is a draft read by ParseDraft.
func (l *Law) Draft() bool { return l.draft }

// Meta is a law file's front matter.
type Meta struct {
	Kind      string     `yaml:"kind"`                // always "law"
	Number    string     `yaml:"number"`              // 252-VIII
	Title     string     `yaml:"title"`               // On amendments to …
	Date      codes.Date `yaml:"date"`                // signed
	Published codes.Date `yaml:"published,omitempty"` // first official publication
	InForce   codes.Date `yaml:"in_force,omitempty"`  // overrides the clause
	Language  string     `yaml:"language"`            // a language with a word table (lexicons): en, ru, kk
	Source    string     `yaml:"source,omitempty"`    // where the text was taken from
}

// ActRef is a target act as the law names it: "the Criminal Code of the
// Republic of Kazakhstan dated July 3, 2014".
type ActRef struct {
	Title string     // Criminal Code of the Republic of Kazakhstan
	Date  codes.Date // adoption date
	Pos   token.Position
}

func (a ActRef) String() string { return a.Title + " of " + a.Date.String() }

// Titled reports whether title is the title the law names the act by: the
// same words in any case, a Latin "i" inside a word with Cyrillic letters
// read as the Kazakh «і», as in the words an instruction quotes. The
// official Kazakh Criminal Code heads itself «Қазақстан Республикасының
// Қылмыстық кодексi» (Latin "i"), and a law names it «… кодексіне». Any
// run of spaces reads as one: Adilet's text of Law No. 363 of 21.12.2002
// names «Уголовный кодекс  Республики Казахстан», two spaces where a link was.
func (a ActRef) Titled(title string) bool {
	key := func(s string) string { return strings.Join(strings.Fields(kazakhLetters(s)), " ") }
	return strings.EqualFold(key(title), key(a.Title))
}

// OpKind is what an operation does.
type OpKind int

const (
	Insert  OpKind = iota // a unit or words
	Replace               // words by words
	Delete                // words
	Restate               // a unit (or heading) in new wording
	Repeal                // a unit; a placeholder remains
)

var opKindNames = [...]string{"insert", "replace", "delete", "restate", "repeal"}

func (k OpKind) String() string { return opKindNames[k] }

// Position says where inserted words go relative to the anchor.
type Position string

const (
	After  Position = "after"
	Before Position = "before"
	End    Position = "end" // no anchor: at the end of the unit's text
)

// Op is one operation on one act.
type Op struct {
	Kind   OpKind
	Act    int           // index into Law.Acts
	Target codes.Address // the unit acted on; for a new unit, its own address
	// Parent is, for an inserted unit, the unit that receives it; nil means
	// "among all units of its kind, by number" (articles, chapters).
	Parent   codes.Address
	Unit     *codes.Unit // inserted or restated unit (parsed from the quoted text)
	Position Position    // for inserted words
	Anchor   string      // words next to which the text goes
	Text     string      // inserted or replacing words; the quoted text of a unit
	Old      string      // replaced or deleted words
	// Everywhere widens the target to the whole act ("throughout the text").
	Everywhere bool
	// Occurrence names which occurrence of the anchor ("in the first
	// case"); 0 when the instruction names none.
	Occurrence int
	// Heading narrows the op to the unit's heading ("the heading of Article
	// 5 shall be set out …", «в заголовке статьи 5 слова …»).
	Heading bool
	// Numbers says the law calls the words numbers ("the numbers", «цифры»).
	Numbers     bool
	Place       Place          // where the instruction stands in the law, for exceptions to its entry into force
	Pos         token.Position // the instruction's first character
	Instruction string         // the instruction as written
}

// Ignored is a line of the law that holds no instruction, with the reason.
type Ignored struct {
	Pos    token.Position
	Text   string
	Reason string
}
