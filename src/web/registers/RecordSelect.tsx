import { Select } from 'antd';
import { useState } from 'react';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { useRegisterList } from './useRegister';

/** Chooses one record of a register (or several), found by its search; `names` labels those chosen already. */
export function RecordSelect(props: {
  spec: RegisterSpec;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  multiple?: boolean;
  names?: Record<string, string>;
}) {
  const [query, setQuery] = useState('');
  const list = useRegisterList(props.spec, { q: query, page: 1, pageSize: 20 });
  const labelField = props.spec.fields[0]!.name;
  const chosen = (Array.isArray(props.value) ? props.value : props.value ? [props.value] : []).map((id) => ({
    value: id,
    label: props.names?.[id] ?? id,
  }));
  const options = [
    ...chosen,
    ...(list.data?.items ?? [])
      .filter((r) => !chosen.some((c) => c.value === r.id))
      .map((r) => ({ value: r.id, label: String(r[labelField]) })),
  ];
  return (
    <Select
      mode={props.multiple ? 'multiple' : undefined}
      value={props.value ?? undefined}
      onChange={props.onChange}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQuery }}
      loading={list.isFetching}
      options={options}
    />
  );
}
