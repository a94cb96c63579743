package store

import (
	"bytes"
	"encoding/json"
	"math"
	"testing"

	"baocao"
	"baocao/check"
	"baocao/extract"
	"baocao/gen"
)

func fp(f float64) *float64 { return &f }

// awkward strings and numbers: everything encoding/json escapes or formats
// in a way of its own.
var (
	jsonStrings = []string{"", "Hà Nội", `a"b\c`, "<b>&amp;</b>", "tab\there\nline\r", "\x00\x1f", "\u2028\u2029",
		"bad \xff\xfe utf-8", "\ufffd", "28.101/38.000 lao động, đạt 73,95%", "emoji 😀", "\x7f"}
	jsonFloats = []float64{0, math.Copysign(0, -1), 1, -5, 0.1, 73.95, 28101, 13676500000, 1e-6, 9.99e-7, 1e-7,
		1.5e-10, 1e20, 9.99e20, 1e21, 1.2345e22, -1e-7, math.MaxFloat64, math.SmallestNonzeroFloat64, 98.125, 1.0 / 3}
)

func TestItemJSON(t *testing.T) {
	var recs []baocao.Record
	var checks []baocao.Check
	for i, s := range jsonStrings {
		f := jsonFloats[i%len(jsonFloats)]
		recs = append(recs, baocao.Record{Doc: s, File: s, Indicator: s, IndicatorID: s, Unit: s, Value: f,
			Qualifier: s, Year: i, Text: s, Start: -i, End: i, ValueText: s, TargetText: s, PercentText: s,
			Kind: s, Period: s, Plan: i%2 == 0, Province: s, Page: i})
		checks = append(checks, baocao.Check{Doc: s, File: s, Kind: s, Status: s, Stated: f, Text: s,
			Start: i, End: -i, Reason: s, Severity: s, StatedText: s, ComputedText: s, Page: i})
	}
	for i, f := range jsonFloats {
		recs = append(recs, baocao.Record{Value: f, Target: fp(f), Percent: fp(-f), Year: i})
		checks = append(checks, baocao.Check{Stated: f, Computed: fp(f)})
	}
	for _, text := range gen.Texts(60, 3) {
		r, n := extract.RecordsNumbers(text)
		recs = append(recs, r...)
		checks = append(checks, check.RunNumbers(text, n, r)...)
	}
	if len(recs) < 500 || len(checks) < 200 {
		t.Fatalf("only %d records and %d checks to compare", len(recs), len(checks))
	}
	for i := range recs {
		want, _ := json.Marshal(&recs[i])
		got, ok := appendRecord(nil, &recs[i])
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("appendRecord = %s, %v\njson.Marshal = %s", got, ok, want)
		}
	}
	for i := range checks {
		want, _ := json.Marshal(&checks[i])
		got, ok := appendCheck(nil, &checks[i])
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("appendCheck = %s, %v\njson.Marshal = %s", got, ok, want)
		}
	}
	// what json.Marshal refuses, the appenders leave to it
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if _, ok := appendRecord(nil, &baocao.Record{Percent: fp(bad)}); ok {
			t.Errorf("appendRecord wrote a percent of %v", bad)
		}
		if _, ok := appendCheck(nil, &baocao.Check{Stated: bad}); ok {
			t.Errorf("appendCheck wrote a stated %v", bad)
		}
	}
}

func FuzzItemJSON(f *testing.F) {
	for i, s := range jsonStrings {
		f.Add(s, jsonFloats[i%len(jsonFloats)])
	}
	f.Fuzz(func(t *testing.T, s string, v float64) {
		r := baocao.Record{Doc: s, Text: s, Value: v, Target: &v, Kind: s}
		want, err := json.Marshal(&r)
		got, ok := appendRecord(nil, &r)
		if ok != (err == nil) || (ok && !bytes.Equal(got, want)) {
			t.Errorf("appendRecord = %s, %v\njson.Marshal = %s, %v", got, ok, want, err)
		}
	})
}
