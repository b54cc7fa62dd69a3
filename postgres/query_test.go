package postgres_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jackc/pgx/v5"

	"github.com/truce-project/truce/postgres"
)

func TestTSQuery(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"term", "negotiations", `'negotiations'`},
		{"implicit and", "Russia Ukraine", `'Russia' & 'Ukraine'`},
		{"operators", "Russia OR Kyiv NOT Moscow", `'Russia' | 'Kyiv' & ! 'Moscow'`},
		{"phrase", `"closed doors" talks`, `'closed doors' & 'talks'`},
		{"prefix", "negot*", `'negot':*`},
		{"lone star", "*", `'*'`},
		{"stars only", "**", `'**'`},
		{"stars after a term", "peace**", `'peace':*`},
		{"lower-case operators are words", "peace and war", `'peace' & 'and' & 'war'`},
		{"quotes in terms", `Kyiv's o\'neil`, `'Kyiv''s' & 'o\\''neil'`},
		{"parentheses", "(Russia OR Ukraine) talks", `( 'Russia' | 'Ukraine' ) & 'talks'`},
		{"unclosed parenthesis", "(Russia OR", `( 'Russia' )`},
		{"stray close", "Russia) talks", `'Russia' & 'talks'`},
		{"leading operator", "AND NOT Russia", `'Russia'`},
		{"dangling operator", "Russia AND", `'Russia'`},
		{"unclosed phrase", `"closed doors`, `'closed doors'`},
		{"control characters", "Kyiv\x00\x1fGeneva", `'Kyiv' & 'Geneva'`},
		{"invalid UTF-8", "Ky\xffiv", `'Ky' & 'iv'`},
		{"only spaces", "   ", ``},
		{"empty phrase", `""`, ``},
		{"Cyrillic", "переговоры Украиной", `'переговоры' & 'Украиной'`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := postgres.TSQuery(tt.in); got != tt.want {
				t.Errorf("TSQuery(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzTSQuery checks that any input gives balanced, valid UTF-8 tsquery text
// and, with a test server, that PostgreSQL parses it.
func FuzzTSQuery(f *testing.F) {
	for _, q := range []string{"a AND", "(( OR", `"x`, "NOT NOT a", "a) (b", "*", `""`, "a:b-c",
		`'\`, "a & !b | c:*", "Gen-f: (weird", "переговоры*", "a <-> b"} {
		f.Add(q)
	}
	var conn *pgx.Conn
	if dbURL != "" {
		var err error
		if conn, err = pgx.Connect(context.Background(), dbURL); err != nil {
			f.Fatal(err)
		}
		defer conn.Close(context.Background())
		open(f).Close() // the schema, for the 'truce' configuration
	}
	f.Fuzz(func(t *testing.T, q string) {
		got := postgres.TSQuery(q)
		if !utf8.ValidString(got) || strings.ContainsRune(got, 0) {
			t.Fatalf("TSQuery(%q) = %q: not valid text", q, got)
		}
		if postgres.TSQuery(q) != got {
			t.Fatalf("TSQuery(%q) not deterministic", q)
		}
		if conn == nil || got == "" {
			return
		}
		if _, err := conn.Exec(context.Background(), `SELECT to_tsquery('truce', $1)`, got); err != nil {
			t.Errorf("TSQuery(%q) = %q: %v", q, got, err)
		}
	})
}
