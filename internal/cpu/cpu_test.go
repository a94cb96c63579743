package cpu

import "testing"

func TestTimeGrows(t *testing.T) {
	start := Time()
	if start <= 0 {
		t.Fatalf("Time() = %v at start, want > 0", start)
	}
	x := 0
	for i := range 50_000_000 {
		x += i % 7
	}
	if end := Time(); end <= start {
		t.Errorf("Time() went from %v to %v after busy work (%d)", start, end, x)
	}
}
