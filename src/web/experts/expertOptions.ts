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
import { wordText, type Language } from '../../domain/text/texts';
import { expertMessages } from './messages';

export const fieldLabel = (code: string, language: Language) =>
  EXPERT_FIELD_LABELS[code as ExpertField]?.[language] ?? code;

export const languageLabel = (code: string, language: Language) =>
  EXPERT_LANGUAGE_LABELS[code as ExpertLanguage]?.[language] ?? code;

/** Fields as grouped options: each group first (the whole field), then its specialities. */
export function fieldOptions(language: Language) {
  const groups = EXPERT_FIELDS.filter((f) => !f.includes('.'));
  return groups.map((group) => ({
    label: fieldLabel(group, language),
    options: EXPERT_FIELDS.filter((f) => fieldGroup(f) === group).map((f) => ({
      value: f,
      label:
        f === group
          ? wordText(expertMessages.expertWholeField, language, { field: fieldLabel(f, language) })
          : fieldLabel(f, language),
    })),
  }));
}

export const languageOptions = (language: Language) =>
  EXPERT_LANGUAGES.map((l) => ({ value: l, label: languageLabel(l, language) }));

export const willingnessOptions = (language: Language) =>
  WILLINGNESS.map((w) => ({ value: w, label: labelOf(WILLINGNESS_LABELS, w, language) }));

export const degreeOptions = (language: Language) =>
  DEGREES.map((d) => ({ value: d, label: labelOf(DEGREE_LABELS, d, language) }));
