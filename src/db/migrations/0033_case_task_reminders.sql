-- A case task's due-date e-mail (issue 20.6): the day the officer handling the case was told the
-- task falls due, so that each task is announced once.
ALTER TABLE protection_case_task ADD COLUMN reminded_on date;
