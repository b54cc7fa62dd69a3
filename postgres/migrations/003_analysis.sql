-- Rows derived by package analyze from each document, as in the SQLite
-- store: the cross-report views read them by kind and key.
CREATE TABLE analysis (
	doc_id    text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	kind      text COLLATE "C" NOT NULL,
	key       text COLLATE "C" NOT NULL,
	seq       integer NOT NULL,
	published text COLLATE "C" NOT NULL DEFAULT '',
	data      text NOT NULL,
	PRIMARY KEY (doc_id, kind, seq)
);
CREATE INDEX analysis_key ON analysis (kind, key, doc_id);
CREATE INDEX analysis_published ON analysis (kind, published);
