package extract

import "testing"

func TestPeriodIn(t *testing.T) {
	text := "Năm 2019 đạt 98,13%"
	for _, tt := range []struct {
		p    string
		want string
	}{
		{"", ""},
		{text[5:9], "2019"},              // a slice of the text
		{string([]byte("2019")), "2019"}, // a copy: found by search
		{"2020", ""},                     // not in the text
	} {
		if got := periodIn(text, tt.p).of(text); got != tt.want {
			t.Errorf("periodIn(%q, %q) = %q, want %q", text, tt.p, got, tt.want)
		}
	}
}
