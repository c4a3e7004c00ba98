import { Select } from 'antd';
import { useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider';
import { useAssociationList } from './useAssociations';

/**
 * Chooses one of the associations a province keeps (the user's own province when `province` is
 * left out), searched by name: the association that supplied a record or a file.
 */
export function AssociationSelect(props: {
  province?: string | null;
  value?: string | null;
  onChange?: (id: string | null) => void;
  style?: object;
  'aria-label'?: string;
}) {
  const { t } = useLanguage();
  const [query, setQuery] = useState('');
  const list = useAssociationList({ q: query, province: props.province ?? undefined, page: 1, pageSize: 30 });
  return (
    <Select
      aria-label={props['aria-label']}
      value={props.value ?? undefined}
      onChange={(id?: string) => props.onChange?.(id ?? null)}
      allowClear
      style={props.style ?? { width: 320 }}
      placeholder={t('associationSearch')}
      showSearch={{ filterOption: false, onSearch: setQuery }}
      loading={list.isFetching}
      options={(list.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
    />
  );
}
