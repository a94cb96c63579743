package meta

import (
	"fmt"
	"strconv"
	"testing"
	"time"
)

// TestMakeDateCalendar checks makeDate's hand-made calendar against the
// time package for every day number 0-32 of every month it accepts.
func TestMakeDateCalendar(t *testing.T) {
	for y := 1945; y <= 2100; y++ {
		for mo := 1; mo <= 12; mo++ {
			for dd := 0; dd <= 32; dd++ {
				day := fmt.Sprintf("%02d", dd)
				d, ok := makeDate(day, strconv.Itoa(mo), strconv.Itoa(y))
				tm := time.Date(y, time.Month(mo), dd, 0, 0, 0, 0, time.UTC)
				valid := dd >= 1 && tm.Day() == dd
				if ok != valid {
					t.Fatalf("makeDate(%q, %d, %d) ok = %v, want %v", day, mo, y, ok, valid)
				}
				if !ok {
					continue
				}
				if want := tm.Format("2006-01-02"); d.full != want || d.month != want[:7] || d.year != y {
					t.Fatalf("makeDate(%q, %d, %d) = %+v, want %s", day, mo, y, d, want)
				}
			}
		}
	}
}
