-- Document lists sort by publication date with undated documents last; an
-- index on that exact expression lets a page read only its rows instead of
-- sorting the whole table.
CREATE INDEX documents_listing ON documents((published = ''), published, id);
