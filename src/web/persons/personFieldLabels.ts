import { useCallback } from 'react';
import type { MessageKey } from '../i18n/messages';
import { useLanguage } from '../i18n/LanguageProvider';

// History and imports name fields as the API does; show them as the form labels them.
const FIELD_LABELS: Partial<Record<string, MessageKey>> = {
  fullName: 'fullName',
  aliases: 'alias',
  sex: 'sex',
  birthDate: 'birthDate',
  nationalities: 'nationalities',
  residenceCountry: 'residenceCountry',
  residenceCity: 'residenceCity',
  addressAbroad: 'addressAbroad',
  hometownText: 'hometownText',
  hometownProvinceCode: 'hometownProvince',
  hometownLegacyProvinceCode: 'hometown',
  categories: 'category',
  educationLevel: 'educationLevel',
  occupation: 'occupation',
  expertise: 'expertise',
  phones: 'phone',
  emails: 'email',
  identityDocuments: 'documentNumber',
  relatives: 'sectionRelatives',
  notes: 'notes',
  sourceProvinceCode: 'sourceProvince',
  sourceAgency: 'sourceAgency',
  sourceAssociation: 'sourceAssociation',
  consentStatus: 'consent',
  deleted: 'deleted',
};

/** A person field's label as the form shows it (the API name when it has none). */
export function usePersonFieldLabel(): (field: string) => string {
  const { t } = useLanguage();
  return useCallback(
    (field) => {
      const key = FIELD_LABELS[field];
      return key ? t(key) : field;
    },
    [t],
  );
}
