import { Alert, App, Button, Card, Col, Form, Input, Row, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import type { RelativeDetail, RelativeUpdate } from '../../domain/relatives/relativeSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { countryName } from '../persons/labels';
import { useCountries } from '../reference/useProvinces';
import { useRelative, useRelativeUpdate } from './useRelatives';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';

/** A relative's record, changed once for everyone linked to it, and the persons linked to it. */
export function RelativeDetailPage() {
  const { id = '' } = useParams();
  return <Loaded query={useRelative(id)}>{(data) => <RelativeCard key={data.version} relative={data} />}</Loaded>;
}

type Values = Omit<RelativeUpdate, 'version'>;

function RelativeCard({ relative }: { relative: RelativeDetail }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const session = useSession();
  const countries = useCountries();
  const update = useRelativeUpdate(relative.id);
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const mayWrite = !!session.data && can(session.data.user.role, 'persons.write');
  const hidden = relative.personCount - relative.persons.length;

  const submit = (values: Values) => {
    setFormError(null);
    const emptyToNull = (v: string | null | undefined) => (v ? v : null);
    update.mutate(
      {
        fullName: values.fullName,
        phone: emptyToNull(values.phone),
        address: emptyToNull(values.address),
        provinceCode: values.provinceCode ?? null,
        notes: emptyToNull(values.notes),
        version: relative.version,
      },
      {
        onSuccess: () => void message.success(t('relativeSaved')),
        onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
      },
    );
  };

  return (
    <Card title={relative.fullName} extra={<Typography.Text type="secondary">v{relative.version}</Typography.Text>}>
      <FormError message={formError} />
      <Alert type="info" showIcon title={t('relativeSharedNote')} style={{ marginBottom: 16 }} />
      <Form<Values> form={form} layout="vertical" disabled={!mayWrite} onFinish={submit} initialValues={relative}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="fullName" label={t('fullName')} required>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item name="phone" label={t('phone')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="address" label={t('address')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <ProvinceField required={false} />
          </Col>
          <Col xs={24}>
            <Form.Item name="notes" label={t('notes')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
        {mayWrite && (
          <Button type="primary" htmlType="submit" loading={update.isPending} style={{ marginBottom: 24 }}>
            {t('save')}
          </Button>
        )}
      </Form>
      <Typography.Title level={5}>{t('relativeLinkedPersons')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={relative.persons}
        columns={[
          {
            title: t('fullName'),
            render: (_, p) => (
              <>
                <Link to={`/persons/${p.id}`}>{p.fullName}</Link> {p.deleted && <Tag color="red">{t('deleted')}</Tag>}
              </>
            ),
          },
          { title: t('relationship'), dataIndex: 'relationship' },
          {
            title: t('residenceCountry'),
            render: (_, p) => countryName(countries.data, p.residenceCountry, language),
          },
        ]}
      />
      {hidden > 0 && (
        <Typography.Paragraph type="secondary">
          {t('relativeOtherProvinces', { n: String(hidden) })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
