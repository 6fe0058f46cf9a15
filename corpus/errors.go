package corpus

import (
	"errors"
	"go/scanner"
	"strings"
)

// ErrorLines flattens an error into one message per line, each
// "file:line:col: message" where the position is known: joined errors and
// error lists are unfolded, and a wrapped list keeps its context as a line
// of its own.
func ErrorLines(err error) []string {
	if err == nil {
		return nil
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		var out []string
		for _, e := range joined.Unwrap() {
			out = append(out, ErrorLines(e)...)
		}
		return out
	}
	var list scanner.ErrorList
	if !errors.As(err, &list) {
		return []string{err.Error()}
	}
	var out []string
	if msg, inner := err.Error(), list.Error(); msg != inner {
		out = append(out, strings.TrimRight(strings.TrimSuffix(msg, inner), ": ")+":")
	}
	for _, e := range list {
		out = append(out, e.Error())
	}
	return out
}
