-- Consent per purpose (issue 20; Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15, in force since
-- 1 January 2026, replacing Decree 13/2023): a person agrees, refuses or withdraws purpose by
-- purpose (src/domain/consent/consentPurposes.ts), and each decision is kept with what proves it —
-- the text version shown, when, through which channel, the signed form's scan or the import's
-- evidence, who recorded it. person_consent is append-only: a person's state for a purpose is its
-- latest row; no row means unknown.

-- A signed consent form (phiếu đồng ý) as scanned, which paper decisions point to.
CREATE TABLE consent_form (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  file_name text NOT NULL,
  content_type text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  content bytea NOT NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  uploaded_by integer REFERENCES app_user (id)
);
CREATE INDEX consent_form_person ON consent_form (person_id);

CREATE TABLE person_consent (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('registry', 'contact', 'expert', 'sharing', 'publication')),
  decision text NOT NULL CHECK (decision IN ('given', 'refused', 'withdrawn')),
  text_version text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('portal', 'officer', 'import', 'legacy')),
  form_id bigint REFERENCES consent_form (id),
  evidence text,
  decided_on date,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by integer REFERENCES app_user (id),
  -- Copied onto the kept record by a merge (its undo removes them).
  merge_id bigint REFERENCES person_merge (id) ON DELETE CASCADE,
  -- Consent given through an officer points to its signed form's scan, an imported one names its
  -- evidence; a refusal or withdrawal restricts use and needs no proof but a note.
  CONSTRAINT person_consent_officer_form CHECK (channel <> 'officer' OR decision <> 'given' OR form_id IS NOT NULL),
  CONSTRAINT person_consent_import_evidence CHECK (channel <> 'import' OR decision <> 'given' OR evidence IS NOT NULL)
);
CREATE INDEX person_consent_latest ON person_consent (person_id, purpose, id DESC);

-- The one consent field of before (under Decree 13/2023) said nothing of purposes: "given" is kept
-- as given for keeping the record only; a refusal or a withdrawal held for every purpose.
INSERT INTO person_consent (person_id, purpose, decision, text_version, channel, evidence, decided_on, recorded_by)
SELECT p.id, 'registry', 'given', 'decree-13-2023', 'legacy', NULL, p.consent_date, p.updated_by
FROM person p WHERE p.consent_status = 'given';
INSERT INTO person_consent (person_id, purpose, decision, text_version, channel, evidence, decided_on, recorded_by)
SELECT p.id, purpose, p.consent_status, 'decree-13-2023', 'legacy', NULL, p.consent_date, p.updated_by
FROM person p, unnest(ARRAY['registry', 'contact', 'expert', 'sharing', 'publication']) AS purpose
WHERE p.consent_status IN ('refused', 'withdrawn');

ALTER TABLE person DROP COLUMN consent_status;
ALTER TABLE person DROP COLUMN consent_date;

-- What proves an import's "yes" to consent (the association's signed forms and where they are
-- kept): without it, a list's "Có" records nothing (src/domain/imports/importRow.ts RowConsent).
ALTER TABLE import_batch ADD COLUMN consent_evidence text;
