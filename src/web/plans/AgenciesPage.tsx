import { Button, Form, Input, Modal, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { agencyInputSchema, type Agency, type AgencyInput } from '../../domain/plans/planSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { useAgencies, useAgencyMutations } from './usePlans';
import { FormError } from '../forms/FormError';
import { AgencyChanges } from './AgencyChanges';
import { MergeAgenciesModal } from './MergeAgenciesModal';
import { SplitAgencyModal } from './SplitAgencyModal';

/** Cơ quan, đơn vị: the agencies plans assign tasks to, and the coordinator that reviews their reports. */
export function AgenciesPage() {
  const { t } = useLanguage();
  const provinceName = useProvinceName();
  const agencies = useAgencies();
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);
  const [merging, setMerging] = useState(false);
  const [splitting, setSplitting] = useState(false);
  const nameOf = (id: string | null) => agencies.data?.find((a) => a.id === id)?.name ?? '';
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('agenciesTitle')}</Typography.Title>
        <Space>
          <Button onClick={() => setMerging(true)}>{t('agencyMerge')}</Button>
          <Button onClick={() => setSplitting(true)}>{t('agencySplit')}</Button>
          <Button type="primary" onClick={() => setEditing('new')}>
            {t('agencyNew')}
          </Button>
        </Space>
      </Space>
      <Table<Agency>
        rowKey="id"
        loading={agencies.isPending}
        dataSource={agencies.data}
        pagination={false}
        columns={[
          {
            title: t('agencyName'),
            render: (_, a) => (
              <Space>
                {a.name}
                {a.isCoordinator && <Tag color="red">{t('agencyCoordinator')}</Tag>}
                {!a.isActive && <Tag>{t('disabled')}</Tag>}
                {a.successorId && <Tag color="blue">{t('agencySuccessor', { name: nameOf(a.successorId) })}</Tag>}
              </Space>
            ),
          },
          { title: t('agencyShortName'), dataIndex: 'shortName' },
          {
            title: t('province'),
            render: (_, a) => (a.provinceCode ? provinceName(a.provinceCode) : t('agencyNational')),
          },
          {
            key: 'edit',
            render: (_, a) => (
              <Button size="small" onClick={() => setEditing(a)}>
                {t('edit')}
              </Button>
            ),
          },
        ]}
      />
      <AgencyChanges />
      {merging && <MergeAgenciesModal agencies={agencies.data ?? []} onClose={() => setMerging(false)} />}
      {splitting && <SplitAgencyModal agencies={agencies.data ?? []} onClose={() => setSplitting(false)} />}
      {editing && <AgencyModal agency={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function AgencyModal({ agency, onClose }: { agency: Agency | null; onClose: () => void }) {
  const { t, language } = useLanguage();
  const { create, update } = useAgencyMutations();
  const [form] = Form.useForm<AgencyInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: AgencyInput) => {
    const input = checkForm(
      agencyInputSchema,
      { ...values, provinceCode: agency?.provinceCode ?? null },
      form,
      language,
    );
    if (!input) return;
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
    if (agency) update.mutate({ id: agency.id, input }, { onSuccess: onClose, onError });
    else create.mutate(input, { onSuccess: onClose, onError });
  };
  return (
    <Modal
      open
      title={agency ? agency.name : t('agencyNew')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending || update.isPending}
    >
      <FormError message={formError} />
      <Form<AgencyInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={agency ?? { isActive: true, isCoordinator: false }}
      >
        <Form.Item name="name" label={t('agencyName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="shortName" label={t('agencyShortName')}>
          <Input />
        </Form.Item>
        <Form.Item name="isCoordinator" label={t('agencyCoordinator')} valuePropName="checked">
          <Switch />
        </Form.Item>
        <Form.Item name="isActive" label={t('agencyActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
