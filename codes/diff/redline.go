package diff

// Describe is the unit's heading line as the redlines write it: its
// address, what happened, and the article it belongs to ("article:187/part:2
// changed (Article 187. Investigative jurisdiction)"). For pages that lay
// out a redline themselves (a site's law pages).
func (u Unit) Describe() string { return describe(u) }

// Redline is the unit's words as the redlines show them: equal, deleted
// and inserted runs, a unit added or removed whole as one insertion or
// deletion.
func (u Unit) Redline() []Word { return words(u) }
