package codes

// Doc is one edition of an act: its front matter and its unit tree.
type Doc struct {
	File string // where it was read from, for messages
	Meta Meta
	Root *Unit // Kind Act
}

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

// Clone returns a copy of d that shares every unit with d; edits through
// Edit copy the units they change, so d is never altered.
func (d *Doc) Clone() *Doc {
	c := *d
	return &c
}
