// Package corpustest reads test corpora: the codes/*.txt and laws/*.txt
// files of a txtar archive (testdata/*.txtar) as a file system for
// corpus.Load.
package corpustest

import (
	"strings"
	"testing/fstest"

	"golang.org/x/tools/txtar"
)

// FS returns the corpus files of the archive: codes/*.txt and laws/*.txt.
func FS(ar *txtar.Archive) fstest.MapFS {
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		if strings.HasPrefix(f.Name, "codes/") || strings.HasPrefix(f.Name, "laws/") {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	return fsys
}

// Load reads the corpus files of the archive at path.
func Load(path string) (fstest.MapFS, error) {
	ar, err := txtar.ParseFile(path)
	if err != nil {
		return nil, err
	}
	return FS(ar), nil
}
