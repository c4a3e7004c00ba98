import { Button, Checkbox, DatePicker, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import {
  RETURN_REASON_LABELS,
  RETURN_REASONS,
  returneeInputSchema,
  type ReturneeSummary,
} from '../../domain/returnees/returneeSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { dateField, formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { PersonPicker } from '../persons/PersonPicker';
import { useCountryName, useCountryOptions } from '../reference/useProvinces';
import { useReturneeList, useReturneeMutations } from './useReturnees';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';

const PAGE_SIZE = 20;

/** Người hồi hương: returns of the province, the follow-ups due. */
export function ReturneesPage() {
  const { t, language } = useLanguage();
  const session = useSession();
  const countryName = useCountryName(language);
  const [filters, setFilters] = useState<Record<string, string | undefined>>({});
  const [page, setPage] = useState(1);
  const [recording, setRecording] = useState(false);
  const list = useReturneeList({ ...filters, page, pageSize: PAGE_SIZE });
  const mayWrite = !!session.data && can(session.data.user.role, 'persons.write');
  const filter = (next: Record<string, string | undefined>) => {
    setFilters({ ...filters, ...next });
    setPage(1);
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('returneesTitle')}</Typography.Title>
        {mayWrite && (
          <Button type="primary" onClick={() => setRecording(true)}>
            {t('returneeNew')}
          </Button>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('fullName')} allowClear onSearch={(q) => filter({ q })} style={{ width: 240 }} />
        <Select
          allowClear
          placeholder={t('returneeReason')}
          style={{ width: 260 }}
          options={RETURN_REASONS.map((r) => ({ value: r, label: labelOf(RETURN_REASON_LABELS, r, language) }))}
          onChange={(reason) => filter({ reason })}
        />
        <Checkbox onChange={(e) => filter({ overdue: e.target.checked ? 'true' : undefined })}>
          {t('returneeOverdueOnly')}
        </Checkbox>
      </Space>
      <Table<ReturneeSummary>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('returneeNone') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          { title: t('returneePerson'), render: (_, r) => <Link to={`/returnees/${r.id}`}>{r.fullName}</Link> },
          { title: t('returneeReturnedOn'), render: (_, r) => formatDate(r.returnedOn) },
          { title: t('returneeFrom'), render: (_, r) => countryName(r.fromCountry) },
          { title: t('returneeReason'), render: (_, r) => labelOf(RETURN_REASON_LABELS, r.reason, language) },
          { title: t('returneeSupports'), dataIndex: 'supports' },
          {
            title: t('returneeNextFollowUp'),
            render: (_, r) => (
              <>
                {formatDate(r.nextFollowUp)} {r.isFollowUpOverdue && <Tag color="red">{t('caseOverdue')}</Tag>}
              </>
            ),
          },
          {
            title: t('returneeStatus'),
            render: (_, r) =>
              r.status === 'following' ? (
                <Tag color="blue">{t('returneeFollowing')}</Tag>
              ) : (
                <Tag>{t('returneeClosed')}</Tag>
              ),
          },
        ]}
      />
      {recording && <ReturneeModal onClose={() => setRecording(false)} />}
    </>
  );
}

function ReturneeModal({ onClose }: { onClose: () => void }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryOptions = useCountryOptions(language);
  const { create } = useReturneeMutations();
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: object) => {
    const input = checkForm(returneeInputSchema, values, form, language);
    if (!input) return;
    create.mutate(input, {
      onSuccess: (saved) => navigate(`/returnees/${saved.id}`),
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Modal
      open
      title={t('returneeNew')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending}
    >
      <FormError message={formError} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ reason: 'voluntary' }}>
        {session.data?.user.provinceCode === null && <ProvinceField />}
        <Form.Item name="personId" label={t('returneePerson')} required>
          <PersonPicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="returnedOn" label={t('returneeReturnedOn')} required {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="fromCountry" label={t('returneeFrom')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countryOptions} />
        </Form.Item>
        <Form.Item name="reason" label={t('returneeReason')}>
          <Select
            options={RETURN_REASONS.map((r) => ({ value: r, label: labelOf(RETURN_REASON_LABELS, r, language) }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('notes')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
