import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Form, Input, InputNumber, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../domain/auth/roles';
import { DEGREE_LABELS, WILLINGNESS_LABELS } from '../../domain/experts/expertFields';
import {
  expertProfileInputSchema,
  type ExpertProfile,
  type ExpertProfileInput,
} from '../../domain/experts/expertSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { OfferFields } from './OfferFields';
import { ContactForm } from './ContactForm';
import { ContactTable } from './ContactTable';
import { degreeOptions, fieldLabel, languageLabel } from './expertOptions';
import { useExpertContacts, useExpertMutations, useExpertProfile } from './useExperts';
import { FormError } from '../forms/FormError';

const WHOLE_FIELDS = ['fields', 'languages', 'willingness'];

/** A person's expert profile (chuyên gia, trí thức) and the outreach to them, on the person's page. */
export function ExpertProfileTab({ personId }: { personId: string }) {
  const { t } = useLanguage();
  const session = useSession();
  const profile = useExpertProfile(personId);
  const contacts = useExpertContacts(personId);
  const [editing, setEditing] = useState(false);
  const mayWrite = !!session.data && can(session.data.user.role, 'experts.write');
  if (profile.isPending) return <Spin />;
  if (profile.error) return <Alert type="error" showIcon title={profile.error.message} />;
  const current = profile.data;
  return (
    <>
      {editing ? (
        <ProfileForm personId={personId} profile={current} onDone={() => setEditing(false)} />
      ) : current ? (
        <ProfileView profile={current} />
      ) : (
        <Typography.Paragraph type="secondary">{t('expertNoProfile')}</Typography.Paragraph>
      )}
      {mayWrite && !editing && (
        <Button style={{ marginBottom: 24 }} onClick={() => setEditing(true)}>
          {current ? t('edit') : t('expertAddProfile')}
        </Button>
      )}
      <Typography.Title level={5}>{t('expertContacts')}</Typography.Title>
      <ContactTable contacts={contacts.data} show="need" />
      {mayWrite && (
        <div style={{ marginTop: 16 }}>
          <ContactForm personId={personId} />
        </div>
      )}
    </>
  );
}

function ProfileView({ profile }: { profile: ExpertProfile }) {
  const { t, language } = useLanguage();
  return (
    <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('expertDegree')}>
        {profile.degree ? labelOf(DEGREE_LABELS, profile.degree, language) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('expertEmployer')}>
        {[profile.position, profile.employer].filter(Boolean).join(', ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('expertFields')} span={2}>
        {profile.fields.map((f) => (
          <Tag key={f}>{fieldLabel(f, language)}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('expertLanguages')}>
        {profile.languages.map((l) => languageLabel(l, language)).join(', ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('expertWillingness')}>
        {profile.willingness.map((w) => (
          <Tag key={w}>{labelOf(WILLINGNESS_LABELS, w, language)}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('expertPublications')} span={2}>
        {profile.publications.length
          ? profile.publications.map((p) => (
              <div key={p.title}>
                {p.url ? (
                  <a href={p.url} target="_blank" rel="noreferrer">
                    {p.title}
                  </a>
                ) : (
                  p.title
                )}
                {p.year ? ` (${p.year})` : ''}
              </div>
            ))
          : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('notes')} span={2}>
        {profile.notes ?? '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

function ProfileForm(props: { personId: string; profile: ExpertProfile | null; onDone: () => void }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const { save } = useExpertMutations(props.personId);
  const [form] = Form.useForm<ExpertProfileInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: ExpertProfileInput) => {
    setFormError(null);
    const input = checkForm(
      expertProfileInputSchema,
      { ...values, version: props.profile?.version },
      form,
      language,
      WHOLE_FIELDS,
    );
    if (!input) return;
    save.mutate(input, {
      onSuccess: () => {
        void message.success(t('expertSaved'));
        props.onDone();
      },
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'), WHOLE_FIELDS)),
    });
  };
  return (
    <Form<ExpertProfileInput>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={props.profile ?? { fields: [], languages: [], willingness: [], publications: [] }}
      style={{ marginBottom: 24 }}
    >
      <FormError message={formError} />
      <Space wrap>
        <Form.Item name="degree" label={t('expertDegree')}>
          <Select allowClear style={{ width: 200 }} options={degreeOptions(language)} />
        </Form.Item>
        <Form.Item name="employer" label={t('expertEmployer')}>
          <Input style={{ width: 320 }} />
        </Form.Item>
        <Form.Item name="position" label={t('expertPosition')}>
          <Input style={{ width: 220 }} />
        </Form.Item>
      </Space>
      <OfferFields />
      <Typography.Text strong>{t('expertPublications')}</Typography.Text>
      <Form.List name="publications">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap>
                <Form.Item name={[field.name, 'title']} label={t('expertPublicationTitle')}>
                  <Input style={{ width: 360 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'url']} label="URL">
                  <Input style={{ width: 260 }} />
                </Form.Item>
                <Form.Item name={[field.name, 'year']} label={t('expertPublicationYear')}>
                  <InputNumber style={{ width: 100 }} />
                </Form.Item>
                <MinusCircleOutlined onClick={() => remove(field.name)} />
              </Space>
            ))}
            <div>
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} style={{ margin: '8px 0 16px' }}>
                {t('expertAddPublication')}
              </Button>
            </div>
          </>
        )}
      </Form.List>
      <Form.Item name="notes" label={t('notes')}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('save')}
        </Button>
        <Button onClick={props.onDone}>{t('cancel')}</Button>
      </Space>
    </Form>
  );
}
