import { Form, Select, Space } from 'antd';
import type { ReactNode } from 'react';
import { useLanguage } from '../i18n/LanguageProvider';
import { fieldOptions, languageOptions, willingnessOptions } from './expertOptions';

const multiple = { mode: 'multiple' as const, showSearch: { optionFilterProp: 'label' } };

/**
 * The fields, languages and willingness of a form: what an expert offers, or what a need asks for
 * (they are matched against each other). `children` go on the languages' line.
 */
export function OfferFields({ children }: { children?: ReactNode }) {
  const { t, language } = useLanguage();
  return (
    <>
      <Form.Item name="fields" label={t('expertFields')} required>
        <Select {...multiple} options={fieldOptions(language)} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="languages" label={t('expertLanguages')}>
          <Select {...multiple} style={{ minWidth: 260 }} options={languageOptions(language)} />
        </Form.Item>
        <Form.Item name="willingness" label={t('expertWillingness')}>
          <Select {...multiple} style={{ minWidth: 300 }} options={willingnessOptions(language)} />
        </Form.Item>
        {children}
      </Space>
    </>
  );
}
