package codes

// Doc is one edition of an act: its front matter and its unit tree.
type Doc struct {
	File string // where it was read from, for messages
	Meta Meta
	Root *Unit // Kind Act
	idx  *unitIndex
	// gen marks the units this doc copied for itself since it was made by
	// Clone: it changes them in place. Nil for a doc that is frozen: every
	// edit copies (see Freeze).
	gen *generation
}

// generation tells the units one clone of a doc made apart from all others
// (a zero-sized type would not: its pointers may all be equal).
type generation struct{ _ byte }

// Meta is the front matter of a code file.
type Meta struct {
	Kind     string `yaml:"kind" json:"kind"`                           // always "code"
	ID       string `yaml:"id" json:"id"`                               // stable slug: criminal-code
	Title    string `yaml:"title" json:"title"`                         // Criminal Code of the Republic of Kazakhstan
	Date     Date   `yaml:"date" json:"date"`                           // adoption date
	Number   string `yaml:"number,omitempty" json:"number,omitempty"`   // 226-V
	Language string `yaml:"language" json:"language"`                   // en | ru
	Edition  Date   `yaml:"edition,omitempty" json:"edition,omitempty"` // the text is as in force on this date
	Source   string `yaml:"source,omitempty" json:"source,omitempty"`   // where the text was taken from
}

// Clone returns a copy of d that shares every unit with d; edits of the
// copy copy the units they change, so d is never altered. d is frozen
// first (see Freeze): its own later edits copy what they change too, and
// never reach the copy. (A frozen doc is only read here, so frozen docs
// may be cloned concurrently.)
func (d *Doc) Clone() *Doc {
	if d.gen != nil {
		d.gen = nil
	}
	c := *d
	c.gen = new(generation)
	return &c
}

// Freeze makes every later edit of d copy the units it changes, so that d
// may be cloned and the clones edited and d edited too, each apart.
func (d *Doc) Freeze() { d.gen = nil }
