package postgres_test

import (
	"context"
	"testing"

	"github.com/truce-project/truce"
	"github.com/truce-project/truce/storetest"
)

func TestFindNames(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := context.Background()
	people := []string{"Volodymyr Zelensky", "Vladimir Putin", "Sergei Lavrov", "Recep Tayyip Erdoğan"}
	for i, name := range people {
		rec := storetest.Sample(string(rune('a'+i)), name+".txt", "", "Talks with "+name)
		rec.Entities = []truce.Entity{{Name: name, Type: truce.Person, KBID: "p" + string(rune('a'+i))}}
		if _, err := s.Put(ctx, rec); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct{ query, want string }{
		{"Zelenskiy", "Volodymyr Zelensky"},
		{"zelensky", "Volodymyr Zelensky"},
		{"Lavrow", "Sergei Lavrov"},
		{"Erdogan", "Recep Tayyip Erdoğan"},
		{"Putin", "Vladimir Putin"},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			got, err := s.FindNames(ctx, tt.query, 3)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) == 0 || got[0].Name != tt.want || got[0].Documents != 1 {
				t.Errorf("FindNames(%q) = %+v, want %q first", tt.query, got, tt.want)
			}
		})
	}
	if _, err := s.FindNames(ctx, " \x00", 3); truce.ErrorCode(err) != truce.EINVALID {
		t.Errorf("FindNames of nothing: %v, want %s", err, truce.EINVALID)
	}
}
