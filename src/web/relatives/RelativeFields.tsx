import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import type { RelativeRecord } from '../../domain/relatives/relativeSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import { useRelativeList } from './useRelatives';

type Option = { value: string; label: string };

/** The relatives of the person form: each typed in as new, or chosen among the relatives already recorded. */
export function RelativeFields({ provinceOptions }: { provinceOptions: Option[] | undefined }) {
  const { t } = useLanguage();
  return (
    <Form.List name="relatives">
      {(fields, { add, remove }) => (
        <>
          {fields.map((field) => (
            <RelativeRow
              key={field.key}
              index={field.name}
              onRemove={() => remove(field.name)}
              provinceOptions={provinceOptions}
            />
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ relativeId: null })}
            style={{ marginBottom: 16 }}
          >
            {t('addRelative')}
          </Button>
        </>
      )}
    </Form.List>
  );
}

const optionLabel = (r: Pick<RelativeRecord, 'fullName' | 'phone'>) =>
  [r.fullName, r.phone].filter(Boolean).join(' · ');

function RelativeRow(props: { index: number; onRemove: () => void; provinceOptions: Option[] | undefined }) {
  const { index, onRemove, provinceOptions } = props;
  const { t } = useLanguage();
  const form = Form.useFormInstance();
  const [query, setQuery] = useState('');
  const found = useRelativeList({ q: query, page: 1, pageSize: 10 }, query.trim().length >= 2);
  const current = Form.useWatch(['relatives', index], form) as
    { relativeId: string | null; fullName?: string; phone?: string | null } | undefined;
  const options: { value: string; label: string; relative: RelativeRecord | null }[] = (found.data?.items ?? []).map(
    (r) => ({ value: r.id, label: optionLabel(r), relative: r }),
  );
  // The relative linked already shows by its name before any search.
  if (current?.relativeId && !options.some((o) => o.value === current.relativeId)) {
    const label = optionLabel({ fullName: current.fullName ?? '', phone: current.phone ?? null });
    options.unshift({ value: current.relativeId, label, relative: null });
  }
  // Choosing a recorded relative links this person to it: its name and contacts come with it, and a
  // change made here shows on every person linked to it.
  const choose = (id: string | undefined) => {
    const relative = options.find((o) => o.value === id)?.relative;
    if (!relative) return;
    const row = form.getFieldValue(['relatives', index]) as Record<string, unknown>;
    form.setFieldValue(['relatives', index], {
      ...row,
      relativeId: relative.id,
      fullName: relative.fullName,
      phone: relative.phone,
      address: relative.address,
      provinceCode: relative.provinceCode,
    });
  };
  return (
    <Space align="baseline" wrap>
      <Form.Item name={[index, 'relativeId']} label={t('relativeExisting')} tooltip={t('relativeExistingHint')}>
        <Select
          allowClear
          showSearch={{ filterOption: false, onSearch: setQuery }}
          placeholder={t('relativeNew')}
          style={{ width: 220 }}
          options={options}
          onChange={choose}
          notFoundContent={query.trim().length >= 2 ? t('relativeNoneFound') : t('relativeTypeToSearch')}
        />
      </Form.Item>
      <Form.Item name={[index, 'fullName']} label={t('fullName')}>
        <Input />
      </Form.Item>
      <Form.Item name={[index, 'relationship']} label={t('relationship')}>
        <Input style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name={[index, 'phone']} label={t('phone')}>
        <Input style={{ width: 150 }} />
      </Form.Item>
      <Form.Item name={[index, 'address']} label={t('address')}>
        <Input />
      </Form.Item>
      <Form.Item name={[index, 'provinceCode']} label={t('province')}>
        <Select
          allowClear
          style={{ width: 160 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={provinceOptions}
        />
      </Form.Item>
      <MinusCircleOutlined onClick={onRemove} />
    </Space>
  );
}
