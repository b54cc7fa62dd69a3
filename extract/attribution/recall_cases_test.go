package attribution

// recallCases are constructions that real reports use and the first cases
// missed; they run with the cases of cases_test.go.
var recallCases = []struct {
	name, text string
	want       []string
}{
	{"apposition of a lower-case title and a name", "One more negotiator of the team, presidential aide Yuri Ushakov, said the venue in Riyadh was agreed.",
		[]string{"Yuri Ushakov"}},
	{"anonymous head with a relative clause", "A European diplomat, who asked not to be identified, said the draft would be ready before the summit.",
		[]string{"European diplomat +anon"}},
	{"relative clause after a named body is not the speaker", "The convoy, which left Zaporizhzhia on Friday, said nothing about the route.", []string{}},
}

func init() { cases = append(cases, recallCases...) }
