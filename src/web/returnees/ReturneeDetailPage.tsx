import { Button, Card, DatePicker, Descriptions, Form, Input, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { vietnamDay } from '../../domain/calendar/vietnamDay';
import { Link, useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import {
  RETURN_REASON_LABELS,
  SUPPORT_KIND_LABELS,
  SUPPORT_KINDS,
  type Returnee,
} from '../../domain/returnees/returneeSchemas';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { dateField, formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName } from '../reference/useProvinces';
import { useReturnee, useReturneeMutations } from './useReturnees';

/** A return: the support given and the follow-ups, done and due. */
export function ReturneeDetailPage() {
  const { id = '' } = useParams();
  return <Loaded query={useReturnee(id)}>{(data) => <ReturneeCard returnee={data} />}</Loaded>;
}

function ReturneeCard({ returnee: r }: { returnee: Returnee }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const countryName = useCountryName(language);
  const { addSupport, addFollowUp, setFollowUp } = useReturneeMutations(r.id);
  const [supportForm] = Form.useForm();
  const [followUpForm] = Form.useForm();
  const mayWrite = !!session.data && can(session.data.user.role, 'persons.write');
  return (
    <Card title={<Link to={`/persons/${r.personId}`}>{r.fullName}</Link>}>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('returneeReturnedOn')}>{formatDate(r.returnedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('returneeFrom')}>{countryName(r.fromCountry)}</Descriptions.Item>
        <Descriptions.Item label={t('returneeReason')}>
          {labelOf(RETURN_REASON_LABELS, r.reason, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('returneeStatus')}>
          {r.status === 'following' ? t('returneeFollowing') : t('returneeClosed')}
        </Descriptions.Item>
        <Descriptions.Item label={t('returneeCase')}>
          {r.caseId ? <Link to={`/cases/${r.caseId}`}>{t('menuCases')}</Link> : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('notes')}>{r.notes ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5}>{t('returneeSupports')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.supportList}
        columns={[
          { title: t('returneeSupportOn'), render: (_, s) => formatDate(s.givenOn) },
          { title: t('returneeSupportKind'), render: (_, s) => labelOf(SUPPORT_KIND_LABELS, s.kind, language) },
          { title: t('returneeSupportAgency'), dataIndex: 'agency' },
          { title: t('notes'), dataIndex: 'note' },
        ]}
      />
      {mayWrite && (
        <Form
          form={supportForm}
          layout="inline"
          style={{ margin: '12px 0 24px' }}
          initialValues={{ kind: 'documents', givenOn: dayjs().format('YYYY-MM-DD') }}
          onFinish={(values) => addSupport.mutate(values, { onSuccess: () => supportForm.resetFields() })}
        >
          <Form.Item name="kind">
            <Select
              style={{ width: 220 }}
              options={SUPPORT_KINDS.map((k) => ({ value: k, label: labelOf(SUPPORT_KIND_LABELS, k, language) }))}
            />
          </Form.Item>
          <Form.Item name="givenOn" {...dateField}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="agency">
            <Input placeholder={t('returneeSupportAgency')} />
          </Form.Item>
          <Button htmlType="submit" loading={addSupport.isPending}>
            {t('returneeAddSupport')}
          </Button>
        </Form>
      )}
      <ErrorAlert error={addSupport.error} />
      <Typography.Title level={5}>{t('returneeFollowUps')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={r.followUps}
        columns={[
          {
            title: t('returneeFollowUpDue'),
            render: (_, f) => (
              <>
                {formatDate(f.dueOn)}{' '}
                {!f.doneOn && f.dueOn < vietnamDay(new Date()) && <Tag color="red">{t('caseOverdue')}</Tag>}
              </>
            ),
          },
          { title: t('returneeFollowUpDone'), render: (_, f) => formatDate(f.doneOn) },
          { title: t('notes'), dataIndex: 'note' },
          {
            key: 'done',
            render: (_, f) =>
              mayWrite && !f.doneOn ? (
                <Button
                  size="small"
                  onClick={() => setFollowUp.mutate({ followUpId: f.id, doneOn: dayjs().format('YYYY-MM-DD') })}
                >
                  {t('returneeMarkDone')}
                </Button>
              ) : null,
          },
        ]}
      />
      {mayWrite && (
        <Form
          form={followUpForm}
          layout="inline"
          style={{ marginTop: 12 }}
          onFinish={(values) => addFollowUp.mutate(values, { onSuccess: () => followUpForm.resetFields() })}
        >
          <Form.Item name="dueOn" rules={[{ required: true, message: t('returneeFollowUpDue') }]} {...dateField}>
            <DatePicker format="DD/MM/YYYY" placeholder={t('returneeFollowUpDue')} />
          </Form.Item>
          <Form.Item name="note">
            <Input placeholder={t('notes')} />
          </Form.Item>
          <Button htmlType="submit" loading={addFollowUp.isPending}>
            {t('returneeAddFollowUp')}
          </Button>
        </Form>
      )}
      <ErrorAlert error={addFollowUp.error ?? setFollowUp.error} />
    </Card>
  );
}
