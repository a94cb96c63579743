package indicator

// Indicator is one entry of the taxonomy.
type Indicator struct {
	ID      string // stable snake_case id, e.g. "job_creation"
	Name    string // Vietnamese name, e.g. "Giải quyết việc làm"
	English string // English name, e.g. "Job creation"
	// Units are the unit kinds (see KindOf) its figures come in, the
	// expected one first. Every indicator also takes a percent (a share or
	// the attainment of its plan).
	Units []string
	// Phrases are the phrasings reports use for it, as written; they are
	// matched folded.
	Phrases []string
}

// Unit returns the kind of unit the indicator's figures are expected in.
func (ind Indicator) Unit() string {
	if len(ind.Units) == 0 {
		return ""
	}
	return ind.Units[0]
}

// All returns the taxonomy in its fixed order. The slice is a copy; the
// Units and Phrases slices of its entries are shared and must not be
// modified.
func All() []Indicator {
	return append([]Indicator(nil), taxonomy...)
}

// ByID returns the indicator with the given id.
func ByID(id string) (Indicator, bool) {
	i, ok := byID[id]
	if !ok {
		return Indicator{}, false
	}
	return taxonomy[i], true
}

var byID = func() map[string]int {
	m := make(map[string]int, len(taxonomy))
	for i, ind := range taxonomy {
		m[ind.ID] = i
	}
	return m
}()
