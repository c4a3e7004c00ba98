import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { BUSINESSES, AGREEMENTS } from '../../domain/registers/affairsRegisters';
import type { FieldSpec } from '../../domain/registers/registerSpec';
import { AssociationSelect } from '../associations/AssociationSelect';
import { dateField } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { PersonPicker } from '../persons/PersonPicker';
import { useCountryOptions } from '../reference/useProvinces';
import { MoneyInput } from './MoneyInput';
import { RecordSelect } from './RecordSelect';

/** The form control of a register's field, by its kind; `names` labels the records it refers to. */
export function RegisterField({ field, names }: { field: FieldSpec; names: Record<string, string> }) {
  const { language } = useLanguage();
  const countryOptions = useCountryOptions(language);
  const options = Object.entries(field.options ?? {}).map(([value, label]) => ({ value, label: label[language] }));
  const search = { optionFilterProp: 'label' };
  const control = (() => {
    switch (field.kind) {
      case 'text':
        return <Input />;
      case 'longText':
        return <Input.TextArea rows={3} />;
      case 'date':
        return <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />;
      case 'integer':
        return <InputNumber min={0} style={{ width: '100%' }} />;
      case 'money':
        return <MoneyInput />;
      case 'country':
        return <Select allowClear showSearch={search} options={countryOptions} />;
      case 'countries':
        return <Select mode="multiple" showSearch={search} options={countryOptions} />;
      case 'enum':
        return <Select allowClear={!field.required} options={options} />;
      case 'enums':
        return <Select mode="multiple" showSearch={search} options={options} />;
      case 'tags':
        return <Select mode="tags" open={false} />;
      case 'person':
        return <PersonPicker names={names} style={{ width: '100%' }} />;
      case 'persons':
        return <PersonPicker multiple names={names} style={{ width: '100%' }} />;
      case 'association':
        return <AssociationSelect style={{ width: '100%' }} />;
      case 'business':
        return <RecordSelect spec={BUSINESSES} names={names} />;
      case 'agreements':
        return <RecordSelect spec={AGREEMENTS} multiple names={names} />;
    }
  })();
  return (
    <Form.Item
      name={field.name}
      label={field.label[language]}
      required={field.required}
      {...(field.kind === 'date' ? dateField : {})}
    >
      {control}
    </Form.Item>
  );
}
