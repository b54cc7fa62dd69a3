-- The ingest queue: one row per input file (source name and raw bytes).
-- Workers claim queued rows, or running rows whose lease has expired, with
-- FOR UPDATE SKIP LOCKED; see queue.go.
CREATE TABLE jobs (
	id          bigserial PRIMARY KEY,
	source      text NOT NULL,
	data        bytea NOT NULL,
	state       text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
	attempts    integer NOT NULL DEFAULT 0,
	lease       text NOT NULL DEFAULT '',
	lease_until timestamptz,
	reason      text NOT NULL DEFAULT '',
	enqueued    timestamptz NOT NULL DEFAULT now(),
	finished    timestamptz
);
CREATE INDEX jobs_open ON jobs (id) WHERE state IN ('queued', 'running');
