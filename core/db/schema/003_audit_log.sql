-- Schema 3: who changed what and when. One entry per record an edit created,
-- changed or deleted (undo and redo are edits too); entries are never edited
-- or undone themselves. changes: JSON {"column": [before, after]}.
CREATE TABLE audit_entry (
  id @PK@,
  at TEXT NOT NULL,
  author TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  kind TEXT NOT NULL,
  table_name TEXT NOT NULL,
  record_id INTEGER NOT NULL,
  changes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entry_record_idx ON audit_entry(table_name, record_id);
