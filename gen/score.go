package gen

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"baocao"
)

// ReadTruth reads a truth.jsonl file.
func ReadTruth(path string) ([]Truth, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Truth
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var t Truth
		if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		out = append(out, t)
	}
	return out, sc.Err()
}

// Tally is a count of hits out of a total.
type Tally struct{ Hit, Total int }

// Rate is Hit/Total, 1 when there is nothing to find.
func (t Tally) Rate() float64 {
	if t.Total == 0 {
		return 1
	}
	return float64(t.Hit) / float64(t.Total)
}

func (t Tally) String() string { return fmt.Sprintf("%.4f (%d/%d)", t.Rate(), t.Hit, t.Total) }

// Scores is how an import did against a corpus's truth.
type Scores struct {
	Docs, Reports        int   // documents stored; distinct readable reports in the truth
	CorruptStored        int   // corrupt files that became documents (should be 0)
	RecordRecall         Tally // truth records found
	RecordPrecision      Tally // extracted records that state a true figure
	OKRecall             Tally // consistent claims checked and found ok
	PlantedFound         Tally // planted inconsistencies flagged mismatch
	FalseAlarms          Tally // mismatches flagged on consistent figures, out of all mismatches flagged
	RecallByForm         map[string]*Tally
	PlantedByForm        map[string]*Tally
	RecallByFormat       map[string]*Tally
	PrecisionByFormat    map[string]*Tally
	FalseAlarmExamples   []string
	MissedPlantedExample []string
}

// Score compares the documents, records and checks an import of the corpus
// in dir stored with the truth. Files are matched by their path relative to
// dir.
func Score(dir string, truth []Truth, docs []baocao.Document, recs []baocao.Record, checks []baocao.Check) Scores {
	s := Scores{RecallByForm: map[string]*Tally{}, PlantedByForm: map[string]*Tally{},
		RecallByFormat: map[string]*Tally{}, PrecisionByFormat: map[string]*Tally{}}
	rel := func(file string) string {
		r, err := filepath.Rel(dir, file)
		if err != nil {
			return file
		}
		return filepath.ToSlash(r)
	}
	byFile := map[string][]Truth{}
	corrupt := map[string]bool{}
	format := map[string]string{}
	for _, t := range truth {
		switch {
		case t.Kind == "file" && t.Corrupt:
			corrupt[t.File] = true
		case t.Kind == "file" && t.DuplicateOf == "":
			s.Reports++
			format[t.File] = t.Format
		case t.Kind != "file":
			byFile[t.File] = append(byFile[t.File], t)
		}
	}
	docFile := map[string]string{} // doc id → truth file
	for _, d := range docs {
		f := rel(d.File)
		if corrupt[f] {
			s.CorruptStored++
		}
		if _, ok := format[f]; ok {
			s.Docs++
		}
		docFile[d.ID] = f
	}
	recsByFile := map[string][]baocao.Record{}
	for _, r := range recs {
		recsByFile[docFile[r.Doc]] = append(recsByFile[docFile[r.Doc]], r)
	}
	checksByFile := map[string][]baocao.Check{}
	for _, c := range checks {
		checksByFile[docFile[c.Doc]] = append(checksByFile[docFile[c.Doc]], c)
	}
	tally := func(m map[string]*Tally, k string, hit bool) {
		if m[k] == nil {
			m[k] = &Tally{}
		}
		m[k].Total++
		if hit {
			m[k].Hit++
		}
	}
	for file, ts := range byFile {
		if _, ok := format[file]; !ok {
			continue
		}
		s.scoreRecords(file, format[file], ts, recsByFile[file], tally)
		s.scoreChecks(file, ts, checksByFile[file], tally)
	}
	return s
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func (s *Scores) scoreRecords(file, format string, ts []Truth, recs []baocao.Record, tally func(map[string]*Tally, string, bool)) {
	used := make([]bool, len(recs))
	figures := map[float64]bool{}
	for _, t := range ts {
		for _, p := range []*float64{t.Value, t.Target, t.Percent, t.Stated} {
			if p != nil {
				figures[*p] = true
			}
		}
	}
	for _, t := range ts {
		if t.Kind != "record" {
			continue
		}
		hit := false
		for i, r := range recs {
			if used[i] || !near(r.Value, *t.Value) {
				continue
			}
			if t.Target != nil && (r.Target == nil || !near(*r.Target, *t.Target)) {
				continue
			}
			used[i], hit = true, true
			break
		}
		s.RecordRecall.Total++
		if hit {
			s.RecordRecall.Hit++
		}
		tally(s.RecallByForm, t.Form, hit)
		tally(s.RecallByFormat, format, hit)
	}
	for _, r := range recs {
		ok := false
		for f := range figures {
			if near(r.Value, f) {
				ok = true
				break
			}
		}
		s.RecordPrecision.Total++
		if ok {
			s.RecordPrecision.Hit++
		}
		tally(s.PrecisionByFormat, format, ok)
	}
}

// kindsMatch says whether an extracted check kind can be the truth's.
func kindsMatch(truth, got string) bool {
	if truth == got {
		return true
	}
	return (truth == "share" && got == "percent") || (truth == "percent" && got == "share")
}

func (s *Scores) scoreChecks(file string, ts []Truth, checks []baocao.Check, tally func(map[string]*Tally, string, bool)) {
	used := make([]bool, len(checks))
	for _, t := range ts {
		if t.Kind != "check" {
			continue
		}
		var got *baocao.Check
		for i := range checks {
			c := &checks[i]
			if !used[i] && kindsMatch(t.Check, c.Kind) && near(c.Stated, *t.Stated) {
				used[i], got = true, c
				break
			}
		}
		if t.Planted {
			hit := got != nil && got.Status == baocao.StatusMismatch
			s.PlantedFound.Total++
			if hit {
				s.PlantedFound.Hit++
			} else if len(s.MissedPlantedExample) < 10 {
				s.MissedPlantedExample = append(s.MissedPlantedExample, file+": "+t.Text)
			}
			tally(s.PlantedByForm, t.Form, hit)
			continue
		}
		hit := got != nil && got.Status == baocao.StatusOK
		s.OKRecall.Total++
		if hit {
			s.OKRecall.Hit++
		}
		tally(s.RecallByForm, "check:"+t.Form, hit)
	}
	for i, c := range checks {
		if c.Status != baocao.StatusMismatch {
			continue
		}
		s.FalseAlarms.Total++
		planted := false
		if used[i] {
			for _, t := range ts {
				if t.Kind == "check" && t.Planted && kindsMatch(t.Check, c.Kind) && near(c.Stated, *t.Stated) {
					planted = true
				}
			}
		}
		if !planted {
			s.FalseAlarms.Hit++
			if len(s.FalseAlarmExamples) < 10 {
				s.FalseAlarmExamples = append(s.FalseAlarmExamples, file+": "+c.Reason+" | "+c.Text)
			}
		}
	}
}

// Write prints the scores as a table for people.
func (s Scores) Write(w io.Writer) {
	fmt.Fprintf(w, "documents stored %d of %d distinct reports; corrupt files stored %d\n", s.Docs, s.Reports, s.CorruptStored)
	fmt.Fprintf(w, "record recall     %s\nrecord precision  %s\n", s.RecordRecall, s.RecordPrecision)
	fmt.Fprintf(w, "ok checks found   %s\nplanted found     %s\nfalse alarms      %s (mismatches on consistent figures / all mismatches)\n",
		s.OKRecall, s.PlantedFound, s.FalseAlarms)
	section := func(title string, m map[string]*Tally) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Fprintf(w, "\n%s\n", title)
		for _, k := range keys {
			fmt.Fprintf(w, "  %-22s %s\n", k, m[k])
		}
	}
	section("recall by claim form (records; check:FORM = ok checks)", s.RecallByForm)
	section("planted mismatches found by form", s.PlantedByForm)
	section("record recall by format", s.RecallByFormat)
	section("record precision by format", s.PrecisionByFormat)
	if len(s.FalseAlarmExamples) > 0 {
		fmt.Fprintf(w, "\nfalse alarms (first %d):\n  %s\n", len(s.FalseAlarmExamples), strings.Join(s.FalseAlarmExamples, "\n  "))
	}
	if len(s.MissedPlantedExample) > 0 {
		fmt.Fprintf(w, "\nmissed planted (first %d):\n  %s\n", len(s.MissedPlantedExample), strings.Join(s.MissedPlantedExample, "\n  "))
	}
}
