import { useQuery } from '@tanstack/react-query';
import { Form, Select, type FormInstance } from 'antd';
import { api } from '../api/apiClient';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCommunes } from '../reference/useProvinces';
import type { PersonFormValues } from './personFormValues';

/**
 * Xã/phường (2025) of the hometown: read from the text as written (old or new form) unless the
 * officer chooses; an old commune split between new ones offers those first.
 */
export function HometownCommuneField({ form }: { form: FormInstance<PersonFormValues> }) {
  const { t } = useLanguage();
  const text = Form.useWatch('hometownText', form)?.trim() ?? '';
  const chosenProvince = Form.useWatch('hometownProvinceCode', form);
  const resolved = useQuery({
    queryKey: ['reference', 'hometown', text],
    queryFn: () => api('GET /api/reference/hometown', { query: { text } }),
    enabled: text.length > 1,
    staleTime: Infinity,
  });
  const province = chosenProvince ?? resolved.data?.provinceCode ?? null;
  const communes = useCommunes(province);
  const candidates = resolved.data?.communeCandidates ?? [];
  const found = communes.data?.find((c) => c.code === resolved.data?.communeCode);
  const options = [
    ...(candidates.length
      ? [{ label: t('communeCandidates'), options: candidates.map((c) => ({ value: c.code, label: c.fullName })) }]
      : []),
    { label: t('communeAll'), options: (communes.data ?? []).map((c) => ({ value: c.code, label: c.fullName })) },
  ];
  return (
    <Form.Item
      name="hometownCommuneCode"
      label={t('hometownCommune')}
      extra={candidates.length ? t('communeSplitHint') : undefined}
    >
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={found ? `${t('communeFromText')}: ${found.fullName}` : t('communeNotFound')}
        options={options}
        disabled={province === null}
      />
    </Form.Item>
  );
}
