package truce_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/storetest"
)

func TestRecordRoundTrip(t *testing.T) {
	rec := storetest.Sample("a1", "a.txt", "2023-12-03", "Russia and Ukraine")
	rec.Ingested = rec.Ingested.AddDate(0, 0, 0)
	data, err := truce.MarshalRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	got, err := truce.UnmarshalRecord(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rec, got, cmpopts.IgnoreFields(truce.Document{}, "Ingested"), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestRecordNulls(t *testing.T) {
	rec := &truce.Record{Document: truce.Document{ID: "x", Source: "s", Text: "t"}}
	rec.Events = []truce.Event{{Type: "talks", Status: "held"}}
	data, err := truce.MarshalRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"title":null`, `"published":null`, `"outlet":null`, `"figures":[]`,
		`"place":null`, `"date":null`, `"participants":[]`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("record %s lacks %s", data, want)
		}
	}
}
