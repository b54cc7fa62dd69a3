package tmpdemo

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/entity"
	"github.com/truce-project/truce/kb"
)

func TestDemo(t *testing.T) {
	k, _ := kb.Default()
	if os.Getenv("SMALL") != "" {
		k, _ = kb.Load(os.DirFS("../testdata/kb"))
	}
	r := entity.New(k)
	files, _ := filepath.Glob(os.Getenv("G"))
	tag := regexp.MustCompile(`<[^>]*>`)
	for _, f := range files {
		b, _ := os.ReadFile(f)
		txt := tag.ReplaceAllString(string(b), " ")
		d := &extract.Doc{Text: txt}
		r.Extract(d)
		for _, m := range d.Mentions {
			if m.Role != "" || os.Getenv("M") != "" {
				fmt.Printf("   M %q %s %s party=%s role=%s ent=%d\n", d.Text[m.Start:m.End], m.Name, m.Kind, m.Party, m.Role, m.Entity)
			}
		}
		for _, e := range d.Entities {
			if e.KBID == "" || os.Getenv("ALL") != "" {
				fmt.Printf("%s\t%s\t%s\t%q\n", filepath.Base(f), e.Type, e.Name, e.KBID)
			}
		}
	}
}
