package kb

import "testing"

func TestDefaultValid(t *testing.T) {
	k, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if err := k.Validate(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d entries, %d roles, %d issues", len(k.Entries()), len(k.Roles()), len(k.Issues()))
}
