package corpus

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"
)

// MaxFileSize is the largest code or law file zan reads. The whole Criminal
// Code is about 2 MB; a file a thousand times that is not a legal text, and
// reading it would only exhaust memory.
const MaxFileSize = 64 << 20

// ReadFile reads the named file of fsys. Only regular files (or links to
// them) are read, and none larger than MaxFileSize: a FIFO would hang the
// run and /dev/zero would never end.
func ReadFile(fsys fs.FS, name string) ([]byte, error) {
	info, err := fs.Stat(fsys, name) // before opening: opening a FIFO waits for a writer
	if err != nil {
		return nil, err
	}
	if err := checkRegular(info); err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := readRegular(f)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	return b, nil
}

// CheckOSFile says whether the file named on the command line may be read
// (see ReadFile), before it is opened. Errors name the path.
func CheckOSFile(name string) error {
	info, err := os.Stat(name)
	if err != nil {
		return fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	if err := checkRegular(info); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// ReadOSFile is ReadFile for a path of the operating system: a file named on
// the command line. Errors name the path.
func ReadOSFile(name string) ([]byte, error) {
	if err := CheckOSFile(name); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, unwrapPath(err))
	}
	defer f.Close()
	b, err := readRegular(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	return b, nil
}

// readRegular checks that f is a regular file of a readable size and reads
// it, never more than MaxFileSize bytes (the file may grow while read).
func readRegular(f fs.File) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, unwrapPath(err)
	}
	if err := checkRegular(info); err != nil {
		return nil, err
	}
	// One buffer of the file's size (and a byte to see it grow); ReadAll
	// would double its way up to a code's megabytes.
	b := make([]byte, 0, info.Size()+1)
	for {
		n, err := f.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if len(b) > MaxFileSize {
			return nil, errTooLarge
		}
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return nil, unwrapPath(err)
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // the file grew while read
		}
	}
}

var errTooLarge = fmt.Errorf("larger than %d MB: not a code or a law", MaxFileSize>>20)

func checkRegular(info fs.FileInfo) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%s); zan reads codes and laws from plain files only", fileKind(info.Mode()))
	}
	if info.Size() > MaxFileSize {
		return errTooLarge
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return m.Type().String()
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// textFiles lists the .txt files of the folder dir of fsys, sorted. A
// missing folder holds none; a folder that cannot be read is an error,
// never an empty list.
func textFiles(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot read the folder: %v", dir, unwrapPath(err))
	}
	var out []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			out = append(out, path.Join(dir, e.Name()))
		}
	}
	slices.Sort(out)
	return out, nil
}
