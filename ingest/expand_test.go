package ingest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("in/a.txt", "Talks in Geneva")
	write("in/b.html", "<p>Talks in Doha</p>")
	write("in/image.png", "not text")
	write("in/.hidden.txt", "hidden")
	big := write("big.txt", strings.Repeat("x", 100))
	refused := write("refused.txt", "Talks in Minsk")
	var got []string
	sum := ReadInputs(context.Background(),
		[]string{filepath.Join(dir, "in"), filepath.Join(dir, "missing.txt"), big, refused, "-"},
		Options{MaxSize: 50, Stdin: strings.NewReader("from stdin")},
		func(source string, data []byte) error {
			if source == refused {
				return errors.New("queue full")
			}
			got = append(got, filepath.Base(source)+"="+string(data))
			return nil
		})
	want := []string{"a.txt=Talks in Geneva", "b.html=<p>Talks in Doha</p>", "stdin=from stdin"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}
	if sum.Skipped != 1 {
		t.Errorf("skipped %d, want 1 (image.png)", sum.Skipped)
	}
	reasons := map[string]string{}
	for _, f := range sum.Failed {
		reasons[filepath.Base(f.Input)] = f.Reason
	}
	for input, want := range map[string]string{"missing.txt": "no such file", "big.txt": "size limit", "refused.txt": "enqueue: queue full"} {
		if !strings.Contains(reasons[input], want) {
			t.Errorf("failure of %s = %q, want it to say %q", input, reasons[input], want)
		}
	}
	if len(sum.Failed) != 3 {
		t.Errorf("%d failures, want 3: %+v", len(sum.Failed), sum.Failed)
	}
}
