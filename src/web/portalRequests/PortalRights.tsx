import { Button, Card, Form, Input, Select, Typography } from 'antd';
import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES } from '../../domain/consent/consentPurposes';
import { REQUEST_KIND_LABELS } from '../../domain/portalRequests/requestKinds';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useSendRequest } from './useSendRequest';

const RIGHTS = ['deletion', 'restriction', 'objection'] as const;
const RESTRICTABLE = CONSENT_PURPOSES.filter((p) => p !== 'registry');

interface Values {
  kind: (typeof RIGHTS)[number];
  purposes?: (typeof RESTRICTABLE)[number][];
  reason?: string;
}

/** Deletion, restriction, objection: each a request the Department answers within the legal deadline. */
export function PortalRights() {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { send, sending, error } = useSendRequest();
  const submit = (v: Values) => {
    const reason = v.reason?.trim() ?? '';
    const done = () => form.resetFields();
    if (v.kind === 'deletion') send({ kind: 'deletion', reason: reason || null }, done);
    else send({ kind: v.kind, purposes: v.purposes ?? [], reason }, done);
  };
  return (
    <Card title={t('portalRightsTitle')}>
      <Typography.Paragraph type="secondary">{t('portalRightsHint')}</Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'restriction' }} onFinish={submit}>
        <Form.Item name="kind" label={t('portalRight')}>
          <Select options={RIGHTS.map((k) => ({ value: k, label: REQUEST_KIND_LABELS[k][language] }))} />
        </Form.Item>
        {kind !== 'deletion' && (
          <Form.Item name="purposes" label={t('portalPurposes')}>
            <Select
              mode="multiple"
              options={RESTRICTABLE.map((p) => ({ value: p, label: CONSENT_PURPOSE_LABELS[p][language] }))}
            />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('requestReason')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <ErrorAlert error={error} />
        <Button htmlType="submit" loading={sending}>
          {t('portalSendRequest')}
        </Button>
      </Form>
    </Card>
  );
}
