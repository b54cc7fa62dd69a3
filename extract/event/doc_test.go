package event

import (
	"testing"

	"github.com/truce-project/truce/extract"
	"github.com/truce-project/truce/extract/extracttest"
)

type gazetteer = extracttest.Gazetteer

func loadGazetteer(t testing.TB) *gazetteer {
	return extracttest.LoadGazetteer(t, "testdata/gazetteer.json")
}

func attribute(d *extract.Doc, speaker, content string, anonymous, hedged bool) {
	extracttest.Attribute(d, speaker, content, anonymous, hedged)
}
