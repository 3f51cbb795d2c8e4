-- Schema 2: indexes that keep the lists fast at community scale, and per-community settings
-- (remembered import mappings, report templates) stored with the data they belong to.
-- The folded search keys start with the name, so lists also sort on them.
CREATE INDEX contributor_search_idx ON contributor(search_key);
CREATE INDEX organisation_search_idx ON organisation(search_key);
CREATE INDEX work_group_search_idx ON work_group(search_key);
CREATE INDEX contributor_first_seen_idx ON contributor(first_seen);
CREATE INDEX contributor_languages_idx ON contributor(languages);
CREATE INDEX organisation_kind_idx ON organisation(kind, country);
CREATE INDEX affiliation_period_idx ON affiliation(contributor_id, to_date);

CREATE TABLE community_setting (
  id @PK@,
  name TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL DEFAULT ''
);
