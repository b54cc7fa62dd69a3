-- Documents and the facts extracted from them, as in the SQLite store: each
-- fact table keeps the whole fact as JSON in data (lossless) and derives the
-- columns queries filter on. Text keys use the "C" collation so that ordering
-- is bytewise, the same as SQLite's.

-- Full-text search folds case and (when the unaccent extension can be had)
-- diacritics, in every language alike: the 'truce' configuration is 'simple'
-- with unaccent in front. Creating an extension needs privileges a team
-- database may not grant; without unaccent, search still works but
-- "gesprache" no longer finds "Gespräche". pg_trgm, when present, indexes
-- entity names for fuzzy lookup.
DO $$
BEGIN
	BEGIN
		CREATE EXTENSION IF NOT EXISTS unaccent;
	EXCEPTION WHEN OTHERS THEN
		RAISE NOTICE 'truce: no unaccent extension (%): search will not fold diacritics', SQLERRM;
	END;
	BEGIN
		CREATE EXTENSION IF NOT EXISTS pg_trgm;
	EXCEPTION WHEN OTHERS THEN
		RAISE NOTICE 'truce: no pg_trgm extension (%): no fuzzy name index', SQLERRM;
	END;
	IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'truce' AND cfgnamespace = current_schema()::regnamespace) THEN
		CREATE TEXT SEARCH CONFIGURATION truce (COPY = pg_catalog.simple);
		IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
			EXECUTE format('ALTER TEXT SEARCH CONFIGURATION truce ALTER MAPPING FOR '
				'asciiword, asciihword, hword_asciipart, word, hword, hword_part, numword, numhword, hword_numpart '
				'WITH %I.unaccent, pg_catalog.simple',
				(SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent'));
		END IF;
	END IF;
END
$$;

CREATE TABLE documents (
	id        text COLLATE "C" PRIMARY KEY,
	source    text COLLATE "C" NOT NULL UNIQUE,
	title     text NOT NULL DEFAULT '',
	published text COLLATE "C" NOT NULL DEFAULT '',
	outlet    text COLLATE "C" NOT NULL DEFAULT '',
	author    text NOT NULL DEFAULT '',
	url       text NOT NULL DEFAULT '',
	language  text COLLATE "C" NOT NULL DEFAULT '',
	text      text NOT NULL,
	ingested  timestamptz NOT NULL,
	-- Title weighs more than text (A > B). Only the first 400,000 characters
	-- are indexed: a tsvector holds at most 1 MB.
	tsv       tsvector GENERATED ALWAYS AS (
		setweight(to_tsvector('truce', title), 'A') ||
		setweight(to_tsvector('truce', left(text, 400000)), 'B')) STORED
);
-- Ranking reads the tsvector of every match: kept in the row (compressed
-- if need be) rather than out of line in TOAST, that is five times faster
-- for a term most documents contain.
ALTER TABLE documents ALTER COLUMN tsv SET STORAGE MAIN;
CREATE INDEX documents_published ON documents ((published = ''), published, id);
CREATE INDEX documents_outlet ON documents (outlet);
CREATE INDEX documents_tsv ON documents USING gin (tsv);

CREATE TABLE entities (
	doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq    integer NOT NULL,
	data   jsonb NOT NULL,
	kb_id  text GENERATED ALWAYS AS (data->>'id') STORED,
	name   text GENERATED ALWAYS AS (data->>'name') STORED,
	type   text GENERATED ALWAYS AS (data->>'type') STORED,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX entities_name ON entities (name);

CREATE TABLE timexes (
	doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq    integer NOT NULL,
	data   jsonb NOT NULL,
	value  text GENERATED ALWAYS AS (data->>'value') STORED,
	PRIMARY KEY (doc_id, seq)
);

CREATE TABLE figures (
	doc_id      text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq         integer NOT NULL,
	data        jsonb NOT NULL,
	unit        text GENERATED ALWAYS AS (data->>'unit') STORED,
	subject     text GENERATED ALWAYS AS (data->>'subject') STORED,
	reported_by text GENERATED ALWAYS AS (data->>'reported_by') STORED,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX figures_subject ON figures (subject, unit);

CREATE TABLE attributions (
	doc_id  text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq     integer NOT NULL,
	data    jsonb NOT NULL,
	speaker text GENERATED ALWAYS AS (data->>'speaker') STORED,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX attributions_speaker ON attributions (speaker);

CREATE TABLE events (
	doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq    integer NOT NULL,
	data   jsonb NOT NULL,
	type   text GENERATED ALWAYS AS (data->>'type') STORED,
	date   text GENERATED ALWAYS AS (data->>'date') STORED,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX events_type ON events (type, date);

CREATE TABLE positions (
	doc_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq    integer NOT NULL,
	data   jsonb NOT NULL,
	party  text GENERATED ALWAYS AS (data->>'party') STORED,
	issue  text GENERATED ALWAYS AS (data->>'issue') STORED,
	PRIMARY KEY (doc_id, seq)
);
CREATE INDEX positions_party_issue ON positions (party, issue);

-- truce_fold(name) lowers case and, with unaccent, folds diacritics, for
-- fuzzy name lookup ("Erdogan" finds "Erdoğan"). unaccent() itself is only
-- STABLE (its dictionary could change); pinning the dictionary makes the
-- wrapper safe to declare IMMUTABLE and so to index.
DO $$
DECLARE
	ns text;
BEGIN
	SELECT n.nspname INTO ns FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent';
	IF ns IS NULL THEN
		CREATE FUNCTION truce_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS 'SELECT lower($1)';
	ELSE
		EXECUTE format('CREATE FUNCTION truce_fold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS %L',
			format('SELECT lower(%I.unaccent(%L::regdictionary, $1))', ns, ns || '.unaccent'));
	END IF;
	SELECT n.nspname INTO ns FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
	IF ns IS NOT NULL THEN
		EXECUTE format('CREATE INDEX entities_name_trgm ON entities USING gin (truce_fold(name) %I.gin_trgm_ops)', ns);
	END IF;
END
$$;
