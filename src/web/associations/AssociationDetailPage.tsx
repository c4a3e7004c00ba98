import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import {
  ASSOCIATION_FIELD_LABELS,
  ASSOCIATION_KIND_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
} from '../../domain/associations/categories';
import { memberInputSchema, type Association, type MemberInput } from '../../domain/associations/associationSchemas';
import { can } from '../../domain/auth/roles';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { checkForm } from '../forms/checkForm';
import { dateField, formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { PersonPicker } from '../persons/PersonPicker';
import { useCountryName, useProvinceName } from '../reference/useProvinces';
import { useAssociation, useAssociationMutations } from './useAssociations';
import { FormError } from '../forms/FormError';

/** An association: what it is, who leads it, its members, and the data it sent. */
export function AssociationDetailPage() {
  const { id = '' } = useParams();
  return <Loaded query={useAssociation(id)}>{(data) => <AssociationCard association={data} />}</Loaded>;
}

function AssociationCard({ association: a }: { association: Association }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryName = useCountryName(language);
  const provinceName = useProvinceName();
  const { remove } = useAssociationMutations(a.id);
  const mayWrite = !!session.data && can(session.data.user.role, 'associations.write');
  const actions = mayWrite && (
    <Space>
      <Button onClick={() => navigate(`/associations/${a.id}/edit`)}>{t('edit')}</Button>
      <Popconfirm
        title={t('associationDeleteConfirm')}
        okText={t('yes')}
        cancelText={t('no')}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate('/associations') })}
      >
        <Button danger>{t('associationDelete')}</Button>
      </Popconfirm>
    </Space>
  );
  return (
    <Card title={a.name} extra={actions}>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('associationKind')}>
          {labelOf(ASSOCIATION_KIND_LABELS, a.kind, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('associationStatus')}>
          {a.status === 'active' ? t('associationActive') : <Tag>{t('associationInactive')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('associationCountry')}>
          {[countryName(a.country), a.city].filter(Boolean).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('associationProvince')}>{provinceName(a.provinceCode)}</Descriptions.Item>
        <Descriptions.Item label={t('associationFields')}>
          {a.fields.map((f) => (
            <Tag key={f}>{labelOf(ASSOCIATION_FIELD_LABELS, f, language)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('associationFounded')}>{formatDate(a.foundedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('associationContacts')} span={2}>
          {[a.address, ...a.phones, ...a.emails, a.website].filter(Boolean).join(' · ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('associationDescription')} span={2}>
          {a.description ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('associationSupplied')}>{a.personsSupplied}</Descriptions.Item>
        <Descriptions.Item label={t('associationLastSupplied')}>
          {a.lastSuppliedAt ? new Date(a.lastSuppliedAt).toLocaleDateString(language) : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('associationLeaders')}</Typography.Title>
      <Table
        rowKey={(l) => `${l.name}|${l.title}`}
        size="small"
        pagination={false}
        dataSource={a.leaders}
        style={{ marginBottom: 24 }}
        columns={[
          { title: t('associationLeaderName'), dataIndex: 'name' },
          { title: t('associationLeaderTitle'), dataIndex: 'title' },
          { title: t('phone'), dataIndex: 'phone' },
          { title: t('email'), dataIndex: 'email' },
        ]}
      />
      <Members association={a} mayWrite={mayWrite} />
      <Typography.Title level={5}>{t('associationImports')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={a.imports}
        locale={{ emptyText: t('associationNoImports') }}
        columns={[
          { title: t('importFile'), render: (_, b) => <Link to={`/imports/${b.id}`}>{b.fileName}</Link> },
          {
            title: t('importUploadedAt'),
            render: (_, b) => (b.committedAt ? new Date(b.committedAt).toLocaleDateString(language) : '—'),
          },
          { title: t('importRows'), dataIndex: 'rowsCommitted' },
        ]}
      />
    </Card>
  );
}

function Members({ association: a, mayWrite }: { association: Association; mayWrite: boolean }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const countryName = useCountryName(language);
  const { addMember, removeMember } = useAssociationMutations(a.id);
  const [form] = Form.useForm<MemberInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const hidden = a.members - a.memberList.length;
  const roleOptions = MEMBER_ROLES.map((r) => ({ value: r, label: labelOf(MEMBER_ROLE_LABELS, r, language) }));

  const add = (values: MemberInput) => {
    setFormError(null);
    const input = checkForm(memberInputSchema, values, form, language);
    if (!input) return;
    addMember.mutate(input, {
      onSuccess: () => {
        form.resetFields();
        void message.success(t('associationSaved'));
      },
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <>
      <Typography.Title level={5}>
        {t('associationMembers')} ({a.members})
      </Typography.Title>
      {mayWrite && (
        <Form<MemberInput>
          form={form}
          layout="inline"
          onFinish={add}
          initialValues={{ role: 'member' }}
          style={{ marginBottom: 16 }}
        >
          <Form.Item name="personId" label={t('associationMemberPerson')}>
            <PersonPicker />
          </Form.Item>
          <Form.Item name="role" label={t('associationMemberRole')}>
            <Select style={{ width: 200 }} options={roleOptions} />
          </Form.Item>
          <Form.Item name="joinedOn" label={t('associationJoined')} {...dateField}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Button htmlType="submit" loading={addMember.isPending}>
            {t('associationAddMember')}
          </Button>
        </Form>
      )}
      <FormError message={formError} />
      <ErrorAlert error={removeMember.error} />
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={a.memberList}
        locale={{ emptyText: t('associationNoMembers') }}
        style={{ marginBottom: 8 }}
        columns={[
          { title: t('fullName'), render: (_, m) => <Link to={`/persons/${m.personId}`}>{m.fullName}</Link> },
          { title: t('associationMemberRole'), render: (_, m) => labelOf(MEMBER_ROLE_LABELS, m.role, language) },
          { title: t('residenceCountry'), render: (_, m) => countryName(m.residenceCountry) },
          { title: t('associationJoined'), render: (_, m) => formatDate(m.joinedOn) },
          { title: t('associationLeft'), render: (_, m) => formatDate(m.leftOn) },
          ...(mayWrite
            ? [
                {
                  key: 'remove',
                  render: (_: unknown, m: Association['memberList'][number]) => (
                    <Button size="small" onClick={() => removeMember.mutate(m.id)}>
                      {t('associationRemoveMember')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {hidden > 0 && (
        <Typography.Paragraph type="secondary">
          {t('associationHiddenMembers', { n: String(hidden) })}
        </Typography.Paragraph>
      )}
    </>
  );
}
