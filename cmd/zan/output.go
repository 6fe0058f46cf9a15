package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/renameio/v2"

	"github.com/zan-law/zan/amend"
	"github.com/zan-law/zan/corpus"
)

// output writes data to the file named by -o, or to stdout. A regular file
// (or a new one) is replaced atomically by renameio: a temporary file next
// to it, renamed into place, so a failed run never leaves half a file. It
// is made with the usual permissions (0666 less the umask: 0644 under umask
// 022); a file it replaces keeps its own. Anything else — /dev/stdout, a
// FIFO, /dev/null — is written directly: renaming onto it would replace the
// device or the pipe, not write to it.
func (e *env) output(file string, data []byte) error {
	if file == "" || file == "-" {
		_, err := e.stdout.Write(data)
		return err
	}
	target, direct, err := outputTarget(file)
	if err != nil {
		return fmt.Errorf("%s: cannot write: %v", file, err)
	}
	if direct {
		f, err := os.OpenFile(target, os.O_WRONLY|os.O_TRUNC, 0)
		if err != nil {
			return fmt.Errorf("%s: cannot write: %v", file, unwrapPath(err))
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("%s: cannot write: %v", file, unwrapPath(err))
		}
		return nil
	}
	if err := renameio.WriteFile(target, data, 0o666); err != nil {
		return fmt.Errorf("%s: cannot write: %v", file, unwrapPath(err))
	}
	return nil
}

// outputTarget returns the file to write for -o file and whether to write
// it directly. A symbolic link to a regular file is followed, so the link
// stays and the file it names is replaced; links through /dev or /proc
// (/dev/stdout → /proc/self/fd/1) are written directly, since the shell
// holds the file they name open.
func outputTarget(file string) (string, bool, error) {
	fi, err := os.Lstat(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return file, false, nil
	case err != nil:
		return "", false, unwrapPath(err)
	case fi.Mode().IsRegular():
		return file, false, nil
	case fi.Mode()&fs.ModeSymlink == 0:
		return file, true, nil // a device, a FIFO, a socket
	}
	resolved, err := filepath.EvalSymlinks(file)
	if err != nil {
		return file, true, nil // a dangling link or one into /proc's pipes: write through it
	}
	abs, err := filepath.Abs(resolved)
	if err != nil {
		return "", false, err
	}
	if special(abs) || special(file) {
		return file, true, nil
	}
	if fi, err := os.Stat(abs); err != nil || !fi.Mode().IsRegular() {
		return file, true, nil
	}
	return abs, false, nil
}

// special reports whether name is in /dev or /proc, whose files stand for
// open files and devices rather than hold data.
func special(name string) bool {
	if abs, err := filepath.Abs(name); err == nil {
		name = abs
	}
	return strings.HasPrefix(name, "/dev/") || strings.HasPrefix(name, "/proc/")
}

// unwrapPath drops the operation and path of an *fs.PathError, which the
// caller's message names already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// readLaw reads and parses a law named on the command line. A law with
// errors is returned too, with them, for display.
func readLaw(name string) (*amend.Law, error) {
	src, err := readFile(name)
	if err != nil {
		return nil, err
	}
	return amend.Parse(name, src)
}

// readFile reads a file named on the command line: a regular file of at
// most corpus.MaxFileSize bytes, with an error naming it.
func readFile(name string) ([]byte, error) { return corpus.ReadOSFile(name) }
