package kb

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestDefault checks the data compiled into the binary, so a bad edit to
// kb/data fails the build's tests with every problem listed.
func TestDefault(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Validate(); err != nil {
		t.Fatalf("kb/data does not validate:\n%v", err)
	}
	t.Logf("%d entries, %d roles, %d issues", len(k.Entries()), len(k.Roles()), len(k.Issues()))
}

func TestDefaultIssues(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"territory", "crimea", "nato_neutrality", "security_guarantees", "military_limits",
		"foreign_troops", "language_religion", "leadership_elections", "sanctions", "economic", "prisoners",
		"ceasefire", "accountability", "nuclear_safety", "black_sea", "eu_membership", "denazification"}
	var got []string
	for _, is := range k.Issues() {
		got = append(got, is.ID)
		if len(is.Terms) < 8 || is.Label == "" {
			t.Errorf("issue %s: label %q, %d terms; want a label and a rich vocabulary", is.ID, is.Label, len(is.Terms))
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("issue ids (-want +got):\n%s", diff)
	}
}

func TestDefaultParties(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for id, party := range map[string]string{
		"russia": "Russia", "kremlin": "Russia", "moscow": "Russia", "kyiv": "Ukraine",
		"bankova": "Ukraine", "white-house": "United States", "washington": "United States",
		"brussels": "European Union",
	} {
		e, ok := k.Entry(id)
		if !ok {
			t.Errorf("entry %s missing", id)
			continue
		}
		if got := k.Party(e); got != party {
			t.Errorf("Party(%s) = %q, want %q", id, got, party)
		}
	}
}

const roles = `
- id: president
  titles: [president]
- id: foreign_minister
  titles: [foreign minister]
- id: ambassador
  titles: [ambassador]
`

const people = `
- id: ukraine
  name: Ukraine
  type: place
  kind: country
  party: ukraine
- id: dmytro-kuleba
  name: Dmytro Kuleba
  type: person
  country: ukraine
  aliases: [Kuleba]
  roles:
    - {role: foreign_minister, of: ukraine, from: 2020-03-04, to: 2024-09-04}
    - {role: ambassador, of: ukraine, from: 2025-01-01}
- id: andrii-sybiha
  name: Andrii Sybiha
  type: person
  country: ukraine
  roles:
    - {role: foreign_minister, of: ukraine, from: 2024-09-05}
    - {role: ambassador, of: ukraine, from: 2025-03-01}
- id: volodymyr-zelensky
  name: Volodymyr Zelensky
  type: person
  country: ukraine
  roles:
    - {role: president, of: ukraine, from: 2019-05-20}
`

func load(t *testing.T, files map[string]string) (*KB, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return Load(fsys)
}

func TestHolder(t *testing.T) {
	k, err := load(t, map[string]string{"roles.yaml": roles, "people.yaml": people})
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Validate(); err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, _ := time.Parse("2006-01-02", s)
		return d
	}
	tests := []struct {
		name, role, of string
		on             time.Time
		want           string
	}{
		{"in office", "foreign_minister", "ukraine", day("2023-06-01"), "dmytro-kuleba"},
		{"last day", "foreign_minister", "ukraine", day("2024-09-04"), "dmytro-kuleba"},
		{"successor", "foreign_minister", "ukraine", day("2025-01-01"), "andrii-sybiha"},
		{"before anyone", "foreign_minister", "ukraine", day("2019-01-01"), ""},
		{"undated, the one in office", "foreign_minister", "ukraine", time.Time{}, "andrii-sybiha"},
		{"undated, one holder", "president", "ukraine", time.Time{}, "volodymyr-zelensky"},
		{"unknown role", "mayor", "ukraine", day("2023-06-01"), ""},
		{"one of a kind that day", "ambassador", "ukraine", day("2025-02-01"), "dmytro-kuleba"},
		{"two in office at once name nobody", "ambassador", "ukraine", day("2025-06-01"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if e, ok := k.Holder(tt.role, tt.of, tt.on); ok {
				got = e.ID
			}
			if got != tt.want {
				t.Errorf("Holder(%s, %s, %v) = %q, want %q", tt.role, tt.of, tt.on, got, tt.want)
			}
		})
	}
}

func TestProblems(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string // substrings of the error; nil: valid
	}{
		{"valid", map[string]string{"roles.yaml": roles, "people.yaml": people}, nil},
		{"unknown field", map[string]string{"a.yaml": "- {id: x, name: X, type: place, aliasses: [Y]}"},
			[]string{"a.yaml", `entry "x"`, `unknown field "aliasses"`}},
		{"not a list", map[string]string{"a.yaml": "- {id: x, name: X, type: place, aliases: Y}"},
			[]string{"a.yaml", `entry "x"`, `field "aliases"`, "want a list"}},
		{"duplicate id", map[string]string{"a.yaml": "- {id: x, name: X, type: place}", "b.yaml": "- {id: x, name: Z, type: place}"},
			[]string{"b.yaml", `entry "x"`, "duplicate id", "a.yaml"}},
		{"bad type", map[string]string{"a.yaml": "- {id: x, name: X, type: country}"},
			[]string{`entry "x"`, `field "type"`}},
		{"bad id", map[string]string{"a.yaml": "- {id: X_1, name: X, type: place}"},
			[]string{`entry "X_1"`, `field "id"`}},
		{"unknown country", map[string]string{"a.yaml": "- {id: x, name: X, type: person, country: atlantis}"},
			[]string{`entry "x"`, `field "country"`, `unknown id "atlantis"`}},
		{"unknown stands_for", map[string]string{"a.yaml": "- {id: x, name: X, type: place, stands_for: atlantis}"},
			[]string{`field "stands_for"`}},
		{"bad wikidata", map[string]string{"a.yaml": "- {id: x, name: X, type: place, wikidata: Q0123}"},
			[]string{`field "wikidata"`, "Q0123"}},
		{"unknown role", map[string]string{"a.yaml": "- {id: x, name: X, type: person, roles: [{role: king, of: x}]}"},
			[]string{`field "roles[0]"`, `unknown role id "king"`}},
		{"bad date", map[string]string{"roles.yaml": roles, "a.yaml": "- {id: x, name: X, type: person, roles: [{role: president, of: x, from: 2022-13-01}]}"},
			[]string{`field "roles[0]"`, `bad date "2022-13-01"`}},
		{"from after to", map[string]string{"roles.yaml": roles, "a.yaml": "- {id: x, name: X, type: person, roles: [{role: president, of: x, from: 2022-05, to: 2021}]}"},
			[]string{"from 2022-05 is after to 2021"}},
		{"partial dates overlap", map[string]string{"roles.yaml": roles, "a.yaml": "- {id: x, name: X, type: person, roles: [{role: president, of: x, from: 2021, to: 2021-02-03}]}"}, nil},
		{"alias clash", map[string]string{"a.yaml": "- {id: x, name: Georgia, type: place}\n- {id: y, name: Georgia Smith, type: person, aliases: [georgia]}"},
			[]string{`entry "y"`, `"georgia" also names "x"`}},
		{"alias clash ambiguous on one side", map[string]string{"a.yaml": "- {id: x, name: Georgia, type: place}\n- {id: y, name: G S, type: person, ambiguous: [Georgia]}"},
			[]string{`entry "y"`}},
		{"ambiguous on both sides", map[string]string{"a.yaml": "- {id: x, name: Georgia State, type: place, ambiguous: [Georgia]}\n- {id: y, name: G S, type: person, ambiguous: [Georgia]}"}, nil},
		{"case-sensitive aliases differ", map[string]string{"a.yaml": "- {id: x, name: X, type: place, aliases: [US]}\n- {id: y, name: Y, type: place, aliases: [us]}"}, nil},
		{"apostrophes are one letter", map[string]string{"a.yaml": "- {id: x, name: President's Office, type: organization}\n- {id: y, name: Y, type: place, aliases: [\"President’s office\"]}"},
			[]string{`entry "y"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k, err := load(t, tt.files)
			if err == nil {
				err = k.Validate()
			}
			if tt.want == nil {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error; want one mentioning %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not mention %q", err, w)
				}
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"lowered", "Kyiv  Independent", "kyiv independent"},
		{"capitals kept", "NSDC", "=NSDC"},
		{"short kept", "Op", "=Op"},
		{"apostrophes", "President’s Office", "president's office"},
		{"cyrillic", "Зеленский", "зеленский"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(tt.in); got != tt.want {
				t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzLoad feeds arbitrary files to the loader: errors are fine, panics
// are not, and whatever loads must validate without panicking.
func FuzzLoad(f *testing.F) {
	f.Add("entries.yaml", people)
	f.Add("roles.yaml", roles)
	f.Add("issues.yaml", "- {id: ceasefire, label: Ceasefire, terms: [truce]}")
	f.Add("a.yaml", "- {id: x, name: X, type: person, roles: [{role: president, of: x, from: 2022-02-30}]}")
	f.Add("a.yaml", "{id: x}")
	f.Fuzz(func(t *testing.T, name, body string) {
		if !strings.HasSuffix(name, ".yaml") || strings.ContainsAny(name, "/\\\x00") || name == ".yaml" {
			name = "a.yaml"
		}
		k, err := load(t, map[string]string{name: body, "roles.yaml": roles})
		if err != nil {
			return
		}
		_ = k.Validate()
		for _, e := range k.Entries() {
			k.Party(e)
			for _, r := range e.Roles {
				k.Holder(r.Role, r.Of, time.Time{})
				k.Holder(r.Role, r.Of, time.Now())
			}
		}
	})
}
