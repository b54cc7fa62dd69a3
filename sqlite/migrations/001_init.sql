-- Documents and the facts extracted from them. Each fact table keeps the
-- whole fact as JSON in data (lossless) and derives the columns queries
-- filter on, so one insert path serves every kind.
CREATE TABLE documents (
	id        TEXT PRIMARY KEY,
	source    TEXT NOT NULL UNIQUE,
	title     TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	outlet    TEXT NOT NULL DEFAULT '',
	author    TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	language  TEXT NOT NULL DEFAULT '',
	text      TEXT NOT NULL,
	ingested  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published, id);
CREATE INDEX documents_outlet ON documents(outlet);

CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text, content='documents', content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;

CREATE TABLE entities (
	doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	data     TEXT NOT NULL,
	kb_id    TEXT GENERATED ALWAYS AS (json_extract(data, '$.id')) VIRTUAL,
	name     TEXT GENERATED ALWAYS AS (json_extract(data, '$.name')) VIRTUAL,
	type     TEXT GENERATED ALWAYS AS (json_extract(data, '$.type')) VIRTUAL,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX entities_name ON entities(name);

CREATE TABLE timexes (
	doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	data     TEXT NOT NULL,
	value    TEXT GENERATED ALWAYS AS (json_extract(data, '$.value')) VIRTUAL,
	PRIMARY KEY (doc_id, seq)
);

CREATE TABLE figures (
	doc_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	data        TEXT NOT NULL,
	unit        TEXT GENERATED ALWAYS AS (json_extract(data, '$.unit')) VIRTUAL,
	subject     TEXT GENERATED ALWAYS AS (json_extract(data, '$.subject')) VIRTUAL,
	reported_by TEXT GENERATED ALWAYS AS (json_extract(data, '$.reported_by')) VIRTUAL,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX figures_subject ON figures(subject, unit);

CREATE TABLE attributions (
	doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq       INTEGER NOT NULL,
	data      TEXT NOT NULL,
	speaker   TEXT GENERATED ALWAYS AS (json_extract(data, '$.speaker')) VIRTUAL,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX attributions_speaker ON attributions(speaker);

CREATE TABLE events (
	doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	data     TEXT NOT NULL,
	type     TEXT GENERATED ALWAYS AS (json_extract(data, '$.type')) VIRTUAL,
	date     TEXT GENERATED ALWAYS AS (json_extract(data, '$.date')) VIRTUAL,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX events_type ON events(type, date);

CREATE TABLE positions (
	doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq      INTEGER NOT NULL,
	data     TEXT NOT NULL,
	party    TEXT GENERATED ALWAYS AS (json_extract(data, '$.party')) VIRTUAL,
	issue    TEXT GENERATED ALWAYS AS (json_extract(data, '$.issue')) VIRTUAL,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX positions_party_issue ON positions(party, issue);
