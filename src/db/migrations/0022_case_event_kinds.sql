-- A case event's kind is one of those the timeline knows (src/domain/cases/caseCategories.ts,
-- CASE_EVENT_KINDS): the services only ever wrote these; the constraint makes the type say so.
ALTER TABLE protection_case_event ADD CONSTRAINT protection_case_event_kind CHECK (kind IN (
  'created', 'status', 'reopened', 'assigned', 'referred', 'note', 'task_added', 'task_done',
  'task_reopened', 'person_linked', 'person_unlinked', 'attachment', 'edited'
));
