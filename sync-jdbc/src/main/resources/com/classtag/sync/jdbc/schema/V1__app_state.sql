-- sync-jdbc schema version 1: the planner's app state (docs/jdbc-store.md describes every table).
-- Portable SQL (H2 2.x, PostgreSQL 12+). Every row has a pos: the store's global insertion counter, so a load
-- ordered by pos gives back every list in the order the planner saw it.

-- One row: the stored state's version (bumped by every apply), the next pos and the next assigned app id.
CREATE TABLE sync_store (
  id INTEGER PRIMARY KEY,
  state_version BIGINT NOT NULL,
  next_pos BIGINT NOT NULL,
  next_id BIGINT NOT NULL,
  has_baseline BOOLEAN NOT NULL
);
INSERT INTO sync_store (id, state_version, next_pos, next_id, has_baseline) VALUES (1, 0, 1, 1, FALSE);

-- The fingerprint of every applied plan: a plan applied again is recognised and changes nothing.
CREATE TABLE applied_plan (
  fingerprint VARCHAR(64) PRIMARY KEY,
  state_version BIGINT NOT NULL,
  changes INTEGER NOT NULL
);

CREATE TABLE app_school (
  id VARCHAR PRIMARY KEY,
  pos BIGINT NOT NULL,
  name VARCHAR
);

CREATE TABLE app_school_source (
  school_id VARCHAR NOT NULL REFERENCES app_school (id),
  source_school_id VARCHAR NOT NULL,
  pos BIGINT NOT NULL,
  PRIMARY KEY (school_id, source_school_id)
);

CREATE TABLE student (
  id VARCHAR PRIMARY KEY,
  pos BIGINT NOT NULL,
  source_id VARCHAR,
  sis_id VARCHAR,
  student_number VARCHAR,
  legacy_id VARCHAR,
  first_name VARCHAR,
  last_name VARCHAR,
  email VARCHAR,
  grade VARCHAR,
  display_id VARCHAR,
  ell_status VARCHAR,
  frl_status VARCHAR,
  iep_status VARCHAR
);
CREATE INDEX student_pos ON student (pos);

CREATE TABLE student_extension (
  student_id VARCHAR NOT NULL REFERENCES student (id),
  field_name VARCHAR NOT NULL,
  field_value VARCHAR NOT NULL,
  pos BIGINT NOT NULL,
  PRIMARY KEY (student_id, field_name)
);

CREATE TABLE staff (
  id VARCHAR PRIMARY KEY,
  pos BIGINT NOT NULL,
  source_id VARCHAR,
  sis_id VARCHAR,
  legacy_id VARCHAR,
  first_name VARCHAR,
  last_name VARCHAR,
  email VARCHAR,
  sms_phone VARCHAR,
  home_phone VARCHAR,
  status VARCHAR(7) NOT NULL,
  district_access VARCHAR(6)
);
CREATE INDEX staff_pos ON staff (pos);

CREATE TABLE staff_school_access (
  staff_id VARCHAR NOT NULL REFERENCES staff (id),
  school_id VARCHAR NOT NULL REFERENCES app_school (id),
  access_role VARCHAR(7) NOT NULL,
  added_by VARCHAR(6) NOT NULL,
  pos BIGINT NOT NULL,
  PRIMARY KEY (staff_id, school_id)
);

CREATE TABLE contact (
  id VARCHAR PRIMARY KEY,
  pos BIGINT NOT NULL,
  source_id VARCHAR,
  sis_id VARCHAR,
  legacy_id VARCHAR,
  first_name VARCHAR,
  last_name VARCHAR,
  email VARCHAR,
  sms_phone VARCHAR,
  home_phone VARCHAR,
  status VARCHAR(7) NOT NULL
);
CREATE INDEX contact_pos ON contact (pos);

CREATE TABLE contact_link (
  contact_id VARCHAR NOT NULL REFERENCES contact (id),
  student_id VARCHAR NOT NULL REFERENCES student (id),
  link_type VARCHAR,
  relationship VARCHAR,
  added_by VARCHAR(6) NOT NULL,
  pos BIGINT NOT NULL,
  PRIMARY KEY (contact_id, student_id)
);

CREATE TABLE classroom (
  id VARCHAR PRIMARY KEY,
  pos BIGINT NOT NULL,
  school_id VARCHAR NOT NULL REFERENCES app_school (id),
  name VARCHAR NOT NULL,
  name_edited BOOLEAN NOT NULL,
  grade VARCHAR,
  archived_by VARCHAR(6),
  archived_at TIMESTAMP(6) WITH TIME ZONE,
  archive_reason VARCHAR(12)
);
CREATE INDEX classroom_pos ON classroom (pos);

CREATE TABLE classroom_section (
  classroom_id VARCHAR NOT NULL REFERENCES classroom (id),
  section_id VARCHAR NOT NULL,
  sis_id VARCHAR,
  pos BIGINT NOT NULL,
  PRIMARY KEY (classroom_id, section_id)
);

CREATE TABLE classroom_teacher (
  classroom_id VARCHAR NOT NULL REFERENCES classroom (id),
  staff_id VARCHAR NOT NULL REFERENCES staff (id),
  teacher_role VARCHAR(10) NOT NULL,
  added_by VARCHAR(6) NOT NULL,
  pos BIGINT NOT NULL,
  PRIMARY KEY (classroom_id, staff_id)
);

CREATE TABLE classroom_student (
  classroom_id VARCHAR NOT NULL REFERENCES classroom (id),
  student_id VARCHAR NOT NULL REFERENCES student (id),
  added_by VARCHAR(6) NOT NULL,
  pos BIGINT NOT NULL,
  PRIMARY KEY (classroom_id, student_id)
);

-- The Clever section ids the last sync saw; present at all only when sync_store.has_baseline.
CREATE TABLE baseline_section (
  section_id VARCHAR PRIMARY KEY,
  pos BIGINT NOT NULL
);
