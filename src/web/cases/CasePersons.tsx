import { Button, Form, Select, Table } from 'antd';
import { Link } from 'react-router-dom';
import { CASE_PERSON_ROLE_LABELS, CASE_PERSON_ROLES, type CasePersonRole } from '../../domain/cases/caseCategories';
import type { CaseDetail } from '../../domain/cases/caseSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { PersonPicker } from '../persons/PersonPicker';
import { useCountryName } from '../reference/useProvinces';
import { useCaseMutations } from './useCases';

/** The persons of the registry a case concerns, and linking one more. */
export function CasePersons({ theCase }: { theCase: CaseDetail }) {
  const { t, language } = useLanguage();
  const countryName = useCountryName(language);
  const { addPerson } = useCaseMutations(theCase.id);
  const [form] = Form.useForm<{ personId: string; role: CasePersonRole }>();
  return (
    <>
      <Table
        rowKey="personId"
        size="small"
        pagination={false}
        dataSource={theCase.persons}
        locale={{ emptyText: t('caseNoPersons') }}
        columns={[
          { title: t('fullName'), render: (_, p) => <Link to={`/persons/${p.personId}`}>{p.fullName}</Link> },
          { title: t('casePersonRole'), render: (_, p) => labelOf(CASE_PERSON_ROLE_LABELS, p.role, language) },
          { title: t('residenceCountry'), render: (_, p) => countryName(p.residenceCountry) },
        ]}
      />
      <ErrorAlert error={addPerson.error} />
      <Form
        form={form}
        layout="inline"
        style={{ marginTop: 12 }}
        initialValues={{ role: 'subject' }}
        onFinish={(values) => addPerson.mutate(values, { onSuccess: () => form.resetFields() })}
      >
        <Form.Item name="personId" rules={[{ required: true, message: t('caseAddPerson') }]}>
          <PersonPicker />
        </Form.Item>
        <Form.Item name="role">
          <Select
            style={{ width: 200 }}
            options={CASE_PERSON_ROLES.map((r) => ({ value: r, label: labelOf(CASE_PERSON_ROLE_LABELS, r, language) }))}
          />
        </Form.Item>
        <Button htmlType="submit" loading={addPerson.isPending}>
          {t('caseAddPerson')}
        </Button>
      </Form>
    </>
  );
}
