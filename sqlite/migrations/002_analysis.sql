-- Rows derived by package analyze from each document (near-duplicate bands,
-- claims, figure groups, positions, events): the cross-report views read
-- them by kind and key, so adding a report writes only its own rows.
CREATE TABLE analysis (
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	kind      TEXT NOT NULL,
	key       TEXT NOT NULL,
	seq       INTEGER NOT NULL,
	published TEXT NOT NULL DEFAULT '',
	data      TEXT NOT NULL,
	PRIMARY KEY (doc_id, kind, seq)
);
CREATE INDEX analysis_key ON analysis(kind, key, doc_id);
CREATE INDEX analysis_published ON analysis(kind, published);
