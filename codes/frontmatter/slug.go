package frontmatter

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

// slug is the form of a front matter value that may name a file or a
// folder as it is: lower-case Latin letters and digits, joined by single
// hyphens or underscores ("criminal-code", "ugolovnyi-kodeks", "en").
var slug = regexp.MustCompile(`^[a-z0-9]+(?:[-_][a-z0-9]+)*$`)

// CheckSlug reports whether value, the front matter field of file, can
// name a file or folder as it is: a code's id, a language. The error names
// the file and the field: `codes/t.txt: front matter field id: "../x" cannot
// name a file or folder (want lower-case Latin letters and digits joined by
// hyphens)`.
func CheckSlug(file, field, value string) error {
	if slug.MatchString(value) {
		return nil
	}
	return fmt.Errorf("%s: front matter field %s: %q cannot name a file or folder (want lower-case Latin letters and digits joined by hyphens)", file, field, value)
}

// latin spells the Cyrillic letters of Russian and Kazakh in Latin letters,
// for page names: «12-VII ЗРК» → "12-vii-zrk". The Cyrillic «І» of Kazakh
// numbers («292-VІ») is the Latin "i".
var latin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh",
	'з': "z", 'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o",
	'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts",
	'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "", 'э': "e", 'ю': "iu",
	'я': "ia",
	'ә': "a", 'ғ': "g", 'қ': "q", 'ң': "n", 'ө': "o", 'ұ': "u", 'ү': "u", 'һ': "h", 'і': "i",
}

// PageName derives a file name from value, the front matter field of file
// that names an act but may not be a slug itself — a law's number:
// "252-VIII" → "252-viii", «292-VІ» → "292-vi", «12-VII ЗРК» →
// "12-vii-zrk". Letters are lower-cased and Cyrillic ones spelled in Latin;
// spaces, hyphens, slashes and dots between letters and digits become one
// hyphen. Anything else ("../", a quote, a letter of another script), or a
// value with no letter or digit, cannot name a page and is an error naming
// the file and the field.
func PageName(file, field, value string) (string, error) {
	var b strings.Builder
	sep := false // a separator is due before the next letter or digit
	for _, r := range value {
		r = unicode.ToLower(r)
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
		case latin[r] != "" || r == 'ъ' || r == 'ь':
		case r == ' ' || r == '-' || r == '/' || r == '.':
			sep = b.Len() > 0
			continue
		default:
			return "", fmt.Errorf("%s: front matter field %s: %q cannot name a page (%q is not a letter, digit, space, hyphen, slash or dot)", file, field, value, r)
		}
		if sep {
			b.WriteByte('-')
			sep = false
		}
		if s, ok := latin[r]; ok {
			b.WriteString(s)
		} else {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if !slug.MatchString(name) || strings.Contains(value, "..") {
		return "", fmt.Errorf("%s: front matter field %s: %q cannot name a page (want letters and digits, e.g. 252-VIII)", file, field, value)
	}
	return name, nil
}
