package codes

import "testing"

// Numbers longer than an int compare by value, not as text, and never
// as letters.
func TestCompareNumsLong(t *testing.T) {
	order := []string{"9", "10", "9223372036854775807", "9223372036854775808", "99999999999999999999",
		"100000000000000000000", "100000000000000000000-1", "100000000000000000000-99999999999999999999", "100000000000000000001", "a", "б"}
	for i := range order {
		for j := range order {
			want := 0
			if i < j {
				want = -1
			} else if i > j {
				want = 1
			}
			if got := CompareNums(order[i], order[j]); got != want {
				t.Errorf("CompareNums(%s, %s) = %d, want %d", order[i], order[j], got, want)
			}
		}
	}
}
