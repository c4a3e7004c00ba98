import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { formatPartialDate } from '../../domain/persons/partialDate';
import type { PersonSummary } from '../../domain/persons/personSchemas';
import { api } from '../api/apiClient';
import { useLanguage } from '../i18n/LanguageProvider';

const describe = (p: PersonSummary) =>
  [p.fullName, p.birthDate ? formatPartialDate(p.birthDate) : null, p.residenceCity].filter(Boolean).join(' · ');

/**
 * Chooses a person of the registry by name (any order, with or without diacritics), or several
 * (`multiple`); `names` labels the persons chosen already before any search.
 */
export function PersonPicker(props: {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  names?: Record<string, string>;
  style?: object;
}) {
  const { t } = useLanguage();
  const [query, setQuery] = useState('');
  const found = useQuery({
    queryKey: ['persons', 'picker', query],
    queryFn: () => api('GET /api/persons', { query: { q: query, limit: 10 } }),
    enabled: query.trim().length >= 2,
  });
  const chosen = (Array.isArray(props.value) ? props.value : props.value ? [props.value] : []).map((id) => ({
    value: id,
    label: props.names?.[id] ?? id,
  }));
  const options = [
    ...chosen,
    ...(found.data?.items ?? [])
      .filter((p) => !chosen.some((c) => c.value === p.id))
      .map((p) => ({ value: p.id, label: describe(p) })),
  ];
  return (
    <Select
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value ?? undefined}
      onChange={props.onChange}
      allowClear
      style={props.style ?? { width: 320 }}
      placeholder={t('personPickerPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      loading={found.isFetching}
      options={options}
    />
  );
}
