-- Convivium schema 1: the whole domain of docs/domain.md.
-- Portable SQL: @PK@ is replaced by the engine's never-reused auto-increment primary key.
-- Dates are ISO-8601 TEXT (yyyy-MM-dd), timestamps ISO-8601 UTC TEXT, money integer cents,
-- booleans INTEGER 0/1. Every table has an integer id (the undo machinery relies on it).

CREATE TABLE organisation (
  id @PK@,
  name TEXT NOT NULL,
  acronym TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'other',
  country TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  platform_name TEXT NOT NULL DEFAULT '',
  platform_url TEXT NOT NULL DEFAULT '',
  parent_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  roles TEXT NOT NULL DEFAULT '',
  public_consent INTEGER NOT NULL DEFAULT 0,
  public_consent_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  search_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX organisation_name_idx ON organisation(name);
CREATE INDEX organisation_parent_idx ON organisation(parent_id);

CREATE TABLE organisation_relation (
  id @PK@,
  from_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  UNIQUE (from_id, to_id, kind)
);
CREATE INDEX organisation_relation_to_idx ON organisation_relation(to_id);

CREATE TABLE organisation_membership (
  id @PK@,
  organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  year INTEGER NOT NULL,
  fee_cents INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'pending',
  UNIQUE (organisation_id, year)
);

CREATE TABLE contributor (
  id @PK@,
  given_name TEXT NOT NULL DEFAULT '',
  family_name TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  first_seen TEXT,
  coc_accepted_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  current_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  search_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX contributor_name_idx ON contributor(family_name, given_name);
CREATE INDEX contributor_email_sort_idx ON contributor(email);
CREATE INDEX contributor_org_idx ON contributor(current_organisation_id);

CREATE TABLE contributor_email (
  id @PK@,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  email TEXT NOT NULL,
  normalized TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contributor_email_owner_idx ON contributor_email(contributor_id);

CREATE TABLE contributor_handle (
  id @PK@,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  handle TEXT NOT NULL
);
CREATE INDEX contributor_handle_owner_idx ON contributor_handle(contributor_id);

CREATE TABLE affiliation (
  id @PK@,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  title TEXT NOT NULL DEFAULT '',
  from_date TEXT,
  to_date TEXT
);
CREATE INDEX affiliation_contributor_idx ON affiliation(contributor_id);
CREATE INDEX affiliation_organisation_idx ON affiliation(organisation_id);

CREATE TABLE contributor_contribution (
  id @PK@,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  UNIQUE (contributor_id, kind)
);

CREATE TABLE consent (
  id @PK@,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  granted INTEGER NOT NULL DEFAULT 0,
  recorded_on TEXT NOT NULL,
  UNIQUE (contributor_id, kind)
);

CREATE TABLE work_group (
  id @PK@,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'working_group',
  organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  mission TEXT NOT NULL DEFAULT '',
  cadence TEXT NOT NULL DEFAULT 'regular',
  channel TEXT NOT NULL DEFAULT '',
  repository TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'active',
  seats INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  search_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX work_group_name_idx ON work_group(name);

CREATE TABLE group_membership (
  id @PK@,
  group_id INTEGER NOT NULL REFERENCES work_group(id) ON DELETE CASCADE,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  role TEXT NOT NULL DEFAULT 'member',
  from_date TEXT,
  to_date TEXT
);
CREATE INDEX group_membership_group_idx ON group_membership(group_id);
CREATE INDEX group_membership_contributor_idx ON group_membership(contributor_id);

CREATE TABLE meeting (
  id @PK@,
  group_id INTEGER NOT NULL REFERENCES work_group(id) ON DELETE CASCADE,
  held_on TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX meeting_group_idx ON meeting(group_id);

CREATE TABLE meeting_attendee (
  id @PK@,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  UNIQUE (meeting_id, contributor_id)
);
CREATE INDEX meeting_attendee_contributor_idx ON meeting_attendee(contributor_id);

CREATE TABLE venue (
  id @PK@,
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  contact_name TEXT NOT NULL DEFAULT '',
  contact_email TEXT NOT NULL DEFAULT '',
  contact_phone TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);

CREATE TABLE event (
  id @PK@,
  kind TEXT NOT NULL DEFAULT 'sprint',
  title TEXT NOT NULL,
  edition TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  transit_days_start INTEGER NOT NULL DEFAULT 0,
  transit_days_end INTEGER NOT NULL DEFAULT 0,
  venue_id INTEGER REFERENCES venue(id) ON DELETE SET NULL,
  mode TEXT NOT NULL DEFAULT 'in_person',
  registration_opens TEXT,
  registration_deadline TEXT,
  capacity INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'draft',
  fee_policy TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  currency TEXT NOT NULL DEFAULT 'EUR',
  organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  notes TEXT NOT NULL DEFAULT '',
  search_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX event_start_idx ON event(start_date);

CREATE TABLE lodging_option (
  id @PK@,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'shared_room',
  beds_per_unit INTEGER NOT NULL DEFAULT 1,
  units INTEGER NOT NULL DEFAULT 0,
  price_cents INTEGER NOT NULL DEFAULT 0,
  supplement_cents INTEGER NOT NULL DEFAULT 0,
  meals_included INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX lodging_option_event_idx ON lodging_option(event_id);

CREATE TABLE meal_price (
  id @PK@,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  meal TEXT NOT NULL,
  price_cents INTEGER NOT NULL DEFAULT 0,
  UNIQUE (event_id, meal)
);

CREATE TABLE room (
  id @PK@,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  lodging_option_id INTEGER NOT NULL REFERENCES lodging_option(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  beds INTEGER NOT NULL DEFAULT 1,
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX room_event_idx ON room(event_id);

CREATE TABLE registration (
  id @PK@,
  event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  contributor_id INTEGER NOT NULL REFERENCES contributor(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'pre_registered',
  submitted_at TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT 'manual',
  source_ref TEXT NOT NULL DEFAULT '',
  late INTEGER NOT NULL DEFAULT 0,
  waitlist_rank INTEGER,
  arrival_date TEXT NOT NULL,
  first_meal TEXT NOT NULL DEFAULT 'dinner',
  departure_date TEXT NOT NULL,
  last_meal TEXT NOT NULL DEFAULT 'lunch',
  lodging_option_id INTEGER REFERENCES lodging_option(id) ON DELETE SET NULL,
  roommate_wishes TEXT NOT NULL DEFAULT '',
  roommate_refusals TEXT NOT NULL DEFAULT '',
  diet TEXT NOT NULL DEFAULT '',
  allergies TEXT NOT NULL DEFAULT '',
  accessibility TEXT NOT NULL DEFAULT '',
  onboarding INTEGER NOT NULL DEFAULT 0,
  topics TEXT NOT NULL DEFAULT '',
  travel TEXT NOT NULL DEFAULT '',
  car_sharing TEXT NOT NULL DEFAULT '',
  payer_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  public_consent INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  UNIQUE (event_id, contributor_id)
);
CREATE INDEX registration_contributor_idx ON registration(contributor_id);
CREATE INDEX registration_status_idx ON registration(event_id, status);

CREATE TABLE roommate_preference (
  id @PK@,
  registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
  other_registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  UNIQUE (registration_id, other_registration_id)
);
CREATE INDEX roommate_preference_other_idx ON roommate_preference(other_registration_id);

CREATE TABLE room_assignment (
  id @PK@,
  room_id INTEGER NOT NULL REFERENCES room(id) ON DELETE CASCADE,
  registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
  night TEXT NOT NULL,
  locked INTEGER NOT NULL DEFAULT 0,
  UNIQUE (registration_id, night)
);
CREATE INDEX room_assignment_room_idx ON room_assignment(room_id, night);

CREATE TABLE payment (
  id @PK@,
  registration_id INTEGER NOT NULL REFERENCES registration(id) ON DELETE CASCADE,
  paid_on TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  method TEXT NOT NULL DEFAULT 'transfer',
  payer_organisation_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  reference TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_registration_idx ON payment(registration_id);

CREATE TABLE funded_development (
  id @PK@,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  provider_id INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
  contract_type TEXT NOT NULL DEFAULT 'direct_agreement',
  budget_cents INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL DEFAULT 'EUR',
  status TEXT NOT NULL DEFAULT 'proposed',
  started_on TEXT,
  delivered_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  search_key TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE funding_share (
  id @PK@,
  development_id INTEGER NOT NULL REFERENCES funded_development(id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisation(id) ON DELETE CASCADE,
  pledged_cents INTEGER NOT NULL DEFAULT 0,
  paid_cents INTEGER NOT NULL DEFAULT 0,
  UNIQUE (development_id, organisation_id)
);
CREATE INDEX funding_share_organisation_idx ON funding_share(organisation_id);
