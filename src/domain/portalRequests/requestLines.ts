import { CASE_TYPE_LABELS, URGENCY_LABELS } from '../cases/caseCategories';
import { CONSENT_PURPOSE_LABELS } from '../consent/consentPurposes';
import { DEGREE_LABELS, EXPERT_FIELD_LABELS } from '../experts/expertFields';
import { SEX_LABELS } from '../persons/categories';
import { formatPartialDate } from '../persons/partialDate';
import type { PersonInput } from '../persons/personSchemas';
import { findCountry } from '../reference/countries';
import type { Text } from '../text/texts';
import { CHANGE_FIELD_LABELS, proposedFields, type ChangeField, type ChangeProposal } from './changeFields';
import { PROCEDURE_TYPE_LABELS } from './requestKinds';
import type { RequestInput, RequestLine, StoredDecision } from './requestSchemas';

/** The labels of every line a request may have: its proposed fields and the details of the other kinds. */
export const REQUEST_LINE_LABELS: Readonly<Record<string, Text>> = {
  ...CHANGE_FIELD_LABELS,
  note: { vi: 'Ghi chú', en: 'Note' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  sex: { vi: 'Giới tính', en: 'Sex' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  hometownText: { vi: 'Quê quán', en: 'Hometown' },
  reason: { vi: 'Lý do', en: 'Reason' },
  purposes: { vi: 'Mục đích', en: 'Purposes' },
  fields: { vi: 'Lĩnh vực', en: 'Fields' },
  degree: { vi: 'Học vị', en: 'Degree' },
  employer: { vi: 'Nơi làm việc', en: 'Employer' },
  position: { vi: 'Chức vụ', en: 'Position' },
  procedureType: { vi: 'Loại thủ tục', en: 'Procedure' },
  subject: { vi: 'Nội dung', en: 'Subject' },
  description: { vi: 'Mô tả', en: 'Description' },
  country: { vi: 'Nước xảy ra', en: 'Country' },
  caseType: { vi: 'Loại vụ việc', en: 'Kind of case' },
  urgency: { vi: 'Mức độ khẩn', en: 'Urgency' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  location: { vi: 'Địa điểm', en: 'Location' },
};

const country = (code: string | null | undefined) => (code ? (findCountry(code)?.nameVi ?? code) : '');
const joined = (values: readonly (string | null | undefined)[]) => values.filter(Boolean).join('; ');

/** A value of the person form as one line of text (Vietnamese names of codes). */
function shownValue(field: ChangeField, input: Partial<PersonInput>): string {
  switch (field) {
    case 'residenceCountry':
      return country(input.residenceCountry);
    case 'phones':
    case 'emails':
    case 'expertise':
      return joined(input[field] ?? []);
    case 'relatives':
      return joined(
        (input.relatives ?? []).map((r) => `${r.fullName} (${joined([r.relationship, r.phone, r.address])})`),
      );
    default:
      return input[field] ?? '';
  }
}

const detail = (field: string, value: string | null | undefined): RequestLine[] =>
  value ? [{ field, current: null, proposed: value, accepted: null, reason: null }] : [];

function changeLines(changes: ChangeProposal, current: PersonInput | null, decision: StoredDecision | null) {
  return proposedFields(changes).map((field) => ({
    field,
    current: current ? shownValue(field, current) : null,
    proposed: shownValue(field, changes),
    accepted: decision?.fields?.[field]?.accept ?? null,
    reason: decision?.fields?.[field]?.reason ?? null,
  }));
}

/** The details of a request that is not a correction, one line each (Vietnamese labels of codes). */
function detailLines(input: Exclude<RequestInput, { kind: 'change' }>): RequestLine[] {
  switch (input.kind) {
    case 'registration': {
      const p = input.person;
      return [
        ...detail('fullName', p.fullName),
        ...detail('sex', p.sex && SEX_LABELS[p.sex].vi),
        ...detail('birthDate', p.birthDate && formatPartialDate(p.birthDate)),
        ...detail('residenceCountry', country(p.residenceCountry)),
        ...detail('residenceCity', p.residenceCity),
        ...detail('addressAbroad', p.addressAbroad),
        ...detail('hometownText', p.hometownText),
        ...detail('phones', joined(p.phones)),
      ];
    }
    case 'deletion':
      return detail('reason', input.reason);
    case 'restriction':
    case 'objection':
      return [
        ...detail('purposes', joined(input.purposes.map((p) => CONSENT_PURPOSE_LABELS[p].vi))),
        ...detail('reason', input.reason),
      ];
    case 'expertise':
      return [
        ...detail('fields', joined(input.profile.fields.map((f) => EXPERT_FIELD_LABELS[f].vi))),
        ...detail('degree', input.profile.degree && DEGREE_LABELS[input.profile.degree].vi),
        ...detail('employer', input.profile.employer),
        ...detail('position', input.profile.position),
      ];
    case 'procedure':
      return [
        ...detail('procedureType', PROCEDURE_TYPE_LABELS[input.procedureType].vi),
        ...detail('subject', input.subject),
        ...detail('description', input.description),
      ];
    case 'protection':
      return [
        ...detail('country', country(input.country)),
        ...detail('caseType', CASE_TYPE_LABELS[input.caseType].vi),
        ...detail('urgency', URGENCY_LABELS[input.urgency].vi),
        ...detail('title', input.title),
        ...detail('summary', input.summary),
        ...detail('location', input.location),
      ];
  }
}

/**
 * A request as lines both the person and the officer read: for a correction, each field with the
 * value recorded (`current`, when the reader may see the record) and the one proposed, and its decision.
 */
export function requestLines(input: RequestInput, current: PersonInput | null, decision: StoredDecision | null) {
  if (input.kind !== 'change') return detailLines(input);
  return [...changeLines(input.changes, current, decision), ...detail('note', input.note)];
}
