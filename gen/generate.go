package gen

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// Options describe a corpus.
type Options struct {
	Dir  string // folder to write into; created if missing
	N    int    // number of reports
	Seed uint64 // the same seed gives byte-identical files

	// Formats weights the formats reports are written in; nil means
	// DefaultFormats. Keys: "txt", "html", "docx", "pdf", "tcvn3", "vni".
	Formats map[string]int

	PlantShare     float64 // share of checkable claims made inconsistent (default 0.05)
	TypoShare      float64 // share of filler sentences with a diacritic typo (default 0.05)
	CorruptShare   float64 // share of extra corrupt files (default 0.02)
	DuplicateShare float64 // share of extra byte-identical copies under other names (default 0.01)

	// Font is a TrueType font with Vietnamese glyphs for PDFs; "" searches
	// the usual system places (Debian fonts-dejavu-core).
	Font string
}

// DefaultFormats is the format mix of a corpus when Options.Formats is nil.
var DefaultFormats = map[string]int{"txt": 40, "html": 20, "docx": 20, "pdf": 10, "tcvn3": 5, "vni": 5}

// A corpus folder holds the reports under ReportsDir (import that folder)
// and the ground truth in TruthFile beside it, so importing the reports
// never imports the truth.
const (
	ReportsDir = "reports"
	TruthFile  = "truth.jsonl"
)

// ErrNoFont is returned when PDFs are asked for and no font is found.
var ErrNoFont = errors.New("gen: no TrueType font with Vietnamese glyphs (install fonts-dejavu-core or give --font)")

// Stats counts what Generate wrote.
type Stats struct {
	Reports, Corrupt, Duplicates, Records, Checks, Planted int
	Bytes                                                  int64
	ByFormat                                               map[string]int
}

// Generate writes opt.N reports, the corrupt and duplicate extras and the
// ground truth into opt.Dir.
func Generate(opt Options) (Stats, error) {
	opt = withDefaults(opt)
	st := Stats{ByFormat: map[string]int{}}
	formats := formatList(opt.Formats)
	var font []byte
	if opt.Formats["pdf"] > 0 {
		var err error
		if font, err = loadFont(opt.Font); err != nil {
			return st, err
		}
	}
	if err := os.MkdirAll(opt.Dir, 0o755); err != nil {
		return st, err
	}
	tf, err := os.Create(filepath.Join(opt.Dir, TruthFile))
	if err != nil {
		return st, err
	}
	defer tf.Close()
	tw := bufio.NewWriter(tf)
	enc := json.NewEncoder(tw)
	enc.SetEscapeHTML(false)

	var written []string // reports written, for duplicates
	for i := range opt.N {
		// one random stream per report: any report can be regenerated alone
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(i)))
		r := newReport(rng, opt)
		format := pickWeighted(rng, formats)
		name := fmt.Sprintf(ReportsDir+"/r%03d/%06d-%s.%s", i/1000, i, slug(r.province), extOf(format))
		data, err := render(r, format, font)
		if err != nil {
			return st, fmt.Errorf("report %d (%s): %w", i, format, err)
		}
		if err := writeFile(opt.Dir, name, data); err != nil {
			return st, err
		}
		st.Reports++
		st.ByFormat[format]++
		st.Bytes += int64(len(data))
		written = append(written, name)
		if err := enc.Encode(Truth{File: name, Format: format, Kind: "file", Province: r.province, Year: r.year}); err != nil {
			return st, err
		}
		for _, t := range r.truths {
			t.File, t.Format = name, format
			switch {
			case t.Kind == "record":
				st.Records++
			case t.Kind == "check":
				st.Checks++
				if t.Planted {
					st.Planted++
				}
			}
			if err := enc.Encode(t); err != nil {
				return st, err
			}
		}
		if rng.Float64() < opt.DuplicateShare && len(written) > 1 {
			orig := written[rng.IntN(len(written)-1)]
			b, err := os.ReadFile(filepath.Join(opt.Dir, orig))
			if err != nil {
				return st, err
			}
			dup := fmt.Sprintf(ReportsDir+"/r%03d/%06d-ban-sao%s", i/1000, i, filepath.Ext(orig))
			if err := writeFile(opt.Dir, dup, b); err != nil {
				return st, err
			}
			st.Duplicates++
			if err := enc.Encode(Truth{File: dup, Format: formatOfExt(orig), Kind: "file", DuplicateOf: orig}); err != nil {
				return st, err
			}
		}
		if rng.Float64() < opt.CorruptShare {
			name, data := corrupt(rng, i)
			if err := writeFile(opt.Dir, name, data); err != nil {
				return st, err
			}
			st.Corrupt++
			if err := enc.Encode(Truth{File: name, Format: formatOfExt(name), Kind: "file", Corrupt: true}); err != nil {
				return st, err
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return st, err
	}
	return st, tf.Close()
}

func withDefaults(o Options) Options {
	if o.Formats == nil {
		o.Formats = DefaultFormats
	}
	if o.PlantShare == 0 {
		o.PlantShare = 0.05
	}
	if o.TypoShare == 0 {
		o.TypoShare = 0.05
	}
	if o.CorruptShare == 0 {
		o.CorruptShare = 0.02
	}
	if o.DuplicateShare == 0 {
		o.DuplicateShare = 0.01
	}
	return o
}

type weighted struct {
	name   string
	weight int
}

// formatList orders the weights by name so the draw does not depend on map
// iteration order.
func formatList(m map[string]int) []weighted {
	var out []weighted
	for _, name := range []string{"docx", "html", "pdf", "tcvn3", "txt", "vni"} {
		if m[name] > 0 {
			out = append(out, weighted{name, m[name]})
		}
	}
	return out
}

func pickWeighted(rng *rand.Rand, ws []weighted) string {
	total := 0
	for _, w := range ws {
		total += w.weight
	}
	n := rng.IntN(total)
	for _, w := range ws {
		if n < w.weight {
			return w.name
		}
		n -= w.weight
	}
	return ws[len(ws)-1].name
}

func extOf(format string) string {
	switch format {
	case "tcvn3", "vni":
		return format + ".txt"
	}
	return format
}

func formatOfExt(name string) string {
	switch {
	case strings.HasSuffix(name, ".tcvn3.txt"):
		return "tcvn3"
	case strings.HasSuffix(name, ".vni.txt"):
		return "vni"
	}
	return strings.TrimPrefix(filepath.Ext(name), ".")
}

func writeFile(dir, name string, data []byte) error {
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// slug is a file-name form of a province name: "Hà Giang" → "ha-giang".
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r == 'đ':
			b.WriteByte('d')
		case r == ' ':
			b.WriteByte('-')
		case r < 0x80:
			b.WriteRune(r)
		default:
			b.WriteRune(baseLetter(r))
		}
	}
	return b.String()
}

// Texts returns n reports as plain UTF-8 text, drawn exactly as Generate
// draws them (the same seed gives the same reports), without writing files:
// for benchmarks of the text pipeline.
func Texts(n int, seed uint64) []string {
	opt := withDefaults(Options{N: n, Seed: seed})
	out := make([]string, n)
	for i := range n {
		r := newReport(rand.New(rand.NewPCG(seed, uint64(i))), opt)
		out[i] = strings.Join(r.lines(), "\n") + "\n"
	}
	return out
}

// Size is the total length in bytes of texts, for b.SetBytes.
func Size(texts []string) int {
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	return n
}
