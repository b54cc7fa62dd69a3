package main

import (
	"github.com/truce-project/truce/extract/pipeline"
	"github.com/truce-project/truce/ingest"
)

// newExtractor builds the extraction pipeline from the embedded knowledge base.
func newExtractor() (ingest.Extractor, error) {
	return pipeline.Default()
}
