import { residentPhone } from '../persons/phone';
import type { PersonInput } from '../persons/personSchemas';
import type { Text } from '../text/texts';

/** The parts of their record a person may propose to correct or add to (the officer decides each). */
export const CHANGE_FIELDS = [
  'residenceCountry',
  'residenceCity',
  'addressAbroad',
  'phones',
  'emails',
  'educationLevel',
  'occupation',
  'expertise',
  'relatives',
] as const;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

export const CHANGE_FIELD_LABELS: Readonly<Record<ChangeField, Text>> = {
  residenceCountry: { vi: 'Nước cư trú', en: 'Country of residence' },
  residenceCity: { vi: 'Thành phố', en: 'City' },
  addressAbroad: { vi: 'Địa chỉ ở nước ngoài', en: 'Address abroad' },
  phones: { vi: 'Điện thoại', en: 'Phones' },
  emails: { vi: 'Thư điện tử', en: 'E-mails' },
  educationLevel: { vi: 'Trình độ học vấn', en: 'Education' },
  occupation: { vi: 'Nghề nghiệp', en: 'Occupation' },
  expertise: { vi: 'Lĩnh vực chuyên môn', en: 'Expertise' },
  relatives: { vi: 'Thân nhân ở Việt Nam (thêm)', en: 'Relatives in Viet Nam (added)' },
};

/** A proposal: each field present is proposed (relatives are added to those recorded). */
export type ChangeProposal = Partial<Pick<PersonInput, ChangeField>>;

/** The fields a proposal names, in the form's order. */
export const proposedFields = (proposal: ChangeProposal): ChangeField[] =>
  CHANGE_FIELDS.filter((field) => proposal[field] !== undefined);

/** The record with the accepted fields of the proposal applied: new relatives join those recorded. */
export function applyAccepted(record: PersonInput, proposal: ChangeProposal, accepted: readonly ChangeField[]) {
  const next: PersonInput = { ...record };
  for (const field of accepted) {
    if (field === 'relatives') next.relatives = [...record.relatives, ...(proposal.relatives ?? [])];
    else Object.assign(next, { [field]: proposal[field] });
  }
  return next;
}

/**
 * Phones as written, read with the country the person lives in (VN when unknown): each in E.164,
 * or the position of the first that is no number there nor in Viet Nam.
 */
export function readProposedPhones(written: readonly string[], country: string | null) {
  const phones = written.map((phone) => residentPhone(phone, country ?? 'VN'));
  const unreadable = phones.findIndex((phone) => phone === null);
  return unreadable >= 0 ? { unreadable } : { phones: phones.filter((p) => p !== null) };
}
