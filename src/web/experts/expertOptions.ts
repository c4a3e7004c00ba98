import {
  DEGREE_LABELS,
  DEGREES,
  EXPERT_FIELD_LABELS,
  EXPERT_FIELDS,
  EXPERT_LANGUAGE_LABELS,
  EXPERT_LANGUAGES,
  fieldGroup,
  WILLINGNESS,
  WILLINGNESS_LABELS,
  type ExpertField,
  type ExpertLanguage,
} from '../../domain/experts/expertFields';
import { labelOf } from '../i18n/labelOf';
import type { UiLanguage } from '../i18n/messages';

export const fieldLabel = (code: string, language: UiLanguage) =>
  EXPERT_FIELD_LABELS[code as ExpertField]?.[language] ?? code;

export const languageLabel = (code: string, language: UiLanguage) =>
  EXPERT_LANGUAGE_LABELS[code as ExpertLanguage]?.[language] ?? code;

/** Fields as grouped options: each group first (the whole field), then its specialities. */
export function fieldOptions(language: UiLanguage) {
  const groups = EXPERT_FIELDS.filter((f) => !f.includes('.'));
  return groups.map((group) => ({
    label: fieldLabel(group, language),
    options: EXPERT_FIELDS.filter((f) => fieldGroup(f) === group).map((f) => ({
      value: f,
      label:
        f === group
          ? `${fieldLabel(f, language)} (${language === 'vi' ? 'cả lĩnh vực' : 'whole field'})`
          : fieldLabel(f, language),
    })),
  }));
}

export const languageOptions = (language: UiLanguage) =>
  EXPERT_LANGUAGES.map((l) => ({ value: l, label: languageLabel(l, language) }));

export const willingnessOptions = (language: UiLanguage) =>
  WILLINGNESS.map((w) => ({ value: w, label: labelOf(WILLINGNESS_LABELS, w, language) }));

export const degreeOptions = (language: UiLanguage) =>
  DEGREES.map((d) => ({ value: d, label: labelOf(DEGREE_LABELS, d, language) }));
