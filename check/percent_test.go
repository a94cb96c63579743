package check

import (
	"testing"

	"baocao"
	"baocao/extract"
)

var percentTests = []struct {
	value, target, stated string
	status, severity      string
}{
	{"28.101", "38.000", "73,95%", baocao.StatusOK, ""},
	{"11.828", "7.000", "168,97%", baocao.StatusOK, ""},
	{"1.548", "1.297", "119%", baocao.StatusOK, ""},
	{"157", "160", "98,13%", baocao.StatusOK, ""}, // 98,125 sits on the lower bound
	{"157", "160", "98,12%", baocao.StatusOK, ""}, // and on the upper bound of 98,12
	{"157", "160", "98,14%", baocao.StatusMismatch, "minor"},
	{"157", "160", "98,1%", baocao.StatusOK, ""},
	{"98", "80", "122%", baocao.StatusOK, ""}, // 122,5 rounds either way
	{"98", "80", "123%", baocao.StatusOK, ""},
	{"98", "80", "124%", baocao.StatusMismatch, "minor"},
	{"502", "500", "100,4%", baocao.StatusOK, ""},
	{"495", "500", "100%", baocao.StatusMismatch, "gross"}, // 99% is not the plan met
	{"28.101", "38.000", "7,395%", baocao.StatusMismatch, "gross"},
	{"khoảng 7.000", "8.000", "87,5%", baocao.StatusUnverifiable, ""},
	{"khoảng 7.000", "8.000", "50%", baocao.StatusMismatch, "minor"},
	{"trên 16.000", "20.000", "85%", baocao.StatusUnverifiable, ""},
	{"trên 16.000", "20.000", "70%", baocao.StatusMismatch, "minor"},
	{"120-150", "100", "120-150%", baocao.StatusOK, ""},
	{"120-150", "100", "135%", baocao.StatusUnverifiable, ""},
	{"3", "0", "10%", baocao.StatusUnverifiable, ""},
}

func TestPercent(t *testing.T) {
	for _, tt := range percentTests {
		v, t1, s := mustParse(t, tt.value), mustParse(t, tt.target), mustParse(t, tt.stated)
		c := Percent(v, t1, s)
		if c.Status != tt.status || c.Severity != tt.severity || c.Kind != "percent" {
			t.Errorf("Percent(%s, %s, %s) = %s %s, want %s %s (%s)", tt.value, tt.target, tt.stated, c.Status, c.Severity, tt.status, tt.severity, c.Reason)
		}
		if c.Reason == "" {
			t.Errorf("Percent(%s, %s, %s) has no reason", tt.value, tt.target, tt.stated)
		}
	}
}

func mustParse(t *testing.T, s string) extract.Number {
	t.Helper()
	n, err := extract.Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return n
}
