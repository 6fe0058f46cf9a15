package frontmatter

import "testing"

// TestCheckSlug checks which values may name a file or folder as they are:
// code ids and languages; anything that could leave a folder is refused
// with the file and the field named.
func TestCheckSlug(t *testing.T) {
	for _, ok := range []string{"criminal-code", "ugolovnyi-kodeks", "en", "ru", "kk", "code_2"} {
		if err := CheckSlug("f.txt", "id", ok); err != nil {
			t.Errorf("CheckSlug(%q): %v", ok, err)
		}
	}
	for _, bad := range []string{"", "/../../../escaped", "..", "a/b", "En", "a--b", "-a", "a-", "код", "a b", "a.b"} {
		err := CheckSlug("laws/x.txt", "language", bad)
		want := `laws/x.txt: front matter field language: "` + bad + `" cannot name a file or folder (want lower-case Latin letters and digits joined by hyphens)`
		if err == nil || err.Error() != want {
			t.Errorf("CheckSlug(%q) = %v, want %s", bad, err, want)
		}
	}
}

// TestPageName checks the page names derived from law numbers, Latin and
// Cyrillic, and the numbers refused.
func TestPageName(t *testing.T) {
	for _, c := range []struct{ number, want string }{
		{"252-VIII", "252-viii"},
		{"292-VІ", "292-vi"}, // Cyrillic І
		{"12-VII ЗРК", "12-vii-zrk"},
		{"5-T", "5-t"},
		{"118/2", "118-2"},
		{"№ 15", ""},
	} {
		got, err := PageName("laws/x.txt", "number", c.number)
		if c.want == "" {
			if err == nil {
				t.Errorf("PageName(%q) = %q, want an error", c.number, got)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("PageName(%q) = %q, %v, want %q", c.number, got, err, c.want)
		}
	}
	for _, c := range []struct{ number, want string }{
		{"/../../../escaped", `laws/x.txt: front matter field number: "/../../../escaped" cannot name a page (want letters and digits, e.g. 252-VIII)`},
		{"1\\2", `laws/x.txt: front matter field number: "1\\2" cannot name a page ('\\' is not a letter, digit, space, hyphen, slash or dot)`},
		{"-", `laws/x.txt: front matter field number: "-" cannot name a page (want letters and digits, e.g. 252-VIII)`},
		{"1-中", `laws/x.txt: front matter field number: "1-中" cannot name a page ('中' is not a letter, digit, space, hyphen, slash or dot)`},
	} {
		if _, err := PageName("laws/x.txt", "number", c.number); err == nil || err.Error() != c.want {
			t.Errorf("PageName(%q): %v, want %s", c.number, err, c.want)
		}
	}
}
