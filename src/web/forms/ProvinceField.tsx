import { Form, Select } from 'antd';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceOptions } from '../reference/useProvinces';

interface ProvinceFieldProps {
  name?: string;
  label?: string;
  required?: boolean;
}

/**
 * A province (2025) chosen from the list, by name. A record's own province (`provinceCode`) is asked of
 * national users only: a province's user files under their own.
 */
export function ProvinceField({ name = 'provinceCode', label, required = true }: ProvinceFieldProps) {
  const { t } = useLanguage();
  const options = useProvinceOptions();
  return (
    <Form.Item name={name} label={label ?? t('province')} required={required}>
      <Select allowClear={!required} showSearch={{ optionFilterProp: 'label' }} options={options} />
    </Form.Item>
  );
}
