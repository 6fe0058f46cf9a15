package site

import (
	"errors"
	"slices"
	"sync/atomic"
	"testing"
)

// TestInOrder checks that results come in order, and that an error stops
// the work: nothing after it is given, and the error is returned.
func TestInOrder(t *testing.T) {
	var got []int
	err := inOrder(100, func(i int) (int, error) { return i * i, nil }, func(i, v int) error {
		got = append(got, v)
		return nil
	})
	want := make([]int, 100)
	for i := range want {
		want[i] = i * i
	}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("got %v, %v", got, err)
	}

	var started atomic.Int32
	got = nil
	bad := errors.New("bad page")
	err = inOrder(1000, func(i int) (int, error) {
		started.Add(1)
		if i == 5 {
			return 0, bad
		}
		return i, nil
	}, func(i, v int) error {
		got = append(got, v)
		return nil
	})
	if err != bad || !slices.Equal(got, []int{0, 1, 2, 3, 4}) {
		t.Errorf("got %v, %v; want [0 1 2 3 4], bad page", got, err)
	}
	if n := started.Load(); n >= 1000 {
		t.Errorf("all %d pieces of work started after an error", n)
	}
	if err := inOrder(0, func(int) (int, error) { return 0, nil }, func(int, int) error { return bad }); err != nil {
		t.Errorf("no work: %v", err)
	}
}
