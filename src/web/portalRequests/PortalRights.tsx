import { Form, Input, Select } from 'antd';
import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES } from '../../domain/consent/consentPurposes';
import { REQUEST_KIND_LABELS } from '../../domain/portalRequests/requestKinds';
import { RequestFormCard, useRequestForm } from './RequestFormCard';

const RIGHTS = ['deletion', 'restriction', 'objection'] as const;
const RESTRICTABLE = CONSENT_PURPOSES.filter((p) => p !== 'registry');

interface Values {
  kind: (typeof RIGHTS)[number];
  purposes?: (typeof RESTRICTABLE)[number][];
  reason?: string;
}

/** Deletion, restriction, objection: each a request the Department answers within the legal deadline. */
export function PortalRights() {
  const { t, language, form, send, request } = useRequestForm<Values>();
  const kind = Form.useWatch('kind', form);
  const submit = (v: Values) => {
    const reason = v.reason?.trim() ?? '';
    if (v.kind === 'deletion') send({ kind: 'deletion', reason: reason || null });
    else send({ kind: v.kind, purposes: v.purposes ?? [], reason });
  };
  return (
    <RequestFormCard<Values>
      title={t('portalRightsTitle')}
      hint={t('portalRightsHint')}
      form={form}
      request={request}
      onFinish={submit}
      submitLabel={t('portalSendRequest')}
      initialValues={{ kind: 'restriction' }}
    >
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
    </RequestFormCard>
  );
}
