package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zan-law/zan/codes"
	"github.com/zan-law/zan/corpus"
)

// output writes data to the file named by -o, atomically (a temporary file
// in the same directory, renamed into place), or to stdout.
func (e *env) output(file string, data []byte) error {
	if file == "" || file == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".*")
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", file, errors.Unwrap(err))
	}
	defer os.Remove(tmp.Name()) // after a successful rename this finds nothing
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), file); err != nil {
		return fmt.Errorf("%s: cannot write: %v", file, errors.Unwrap(err))
	}
	return nil
}

// readFile reads a file named on the command line: a regular file of at
// most corpus.MaxFileSize bytes, with an error naming it.
func readFile(name string) ([]byte, error) { return corpus.ReadOSFile(name) }

// dateFlag reads a date flag, with the flag's name in the error.
func dateFlag(name, value string) (codes.Date, error) {
	if value == "" {
		return codes.Today(), nil
	}
	d, err := codes.ParseDate(value)
	if err != nil {
		return d, fmt.Errorf("--%s: %v", name, err)
	}
	return d, nil
}
