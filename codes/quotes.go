package codes

// QuoteCloser returns the quotation mark that closes the one r opens, or 0
// when r opens none. Legal texts quote with «…» (nested „…“), "…" and
// “…”: "„" closes with "“", so "“" is a closer inside „…“ and an opener
// elsewhere. Amending laws' instructions (package amend) and the official
// texts' quoted blocks (corpus/official) are read by this one table.
func QuoteCloser(r rune) rune {
	switch r {
	case '"':
		return '"'
	case '«':
		return '»'
	case '“':
		return '”'
	case '„':
		return '“'
	}
	return 0
}
