import { Checkbox, Form, Input, Select } from 'antd';
import { CONSENT_TEXTS } from '../../domain/consent/consentPurposes';
import {
  DEGREE_LABELS,
  DEGREES,
  EXPERT_FIELD_LABELS,
  EXPERT_FIELDS,
  type Degree,
  type ExpertField,
} from '../../domain/experts/expertFields';
import { RequestFormCard, useRequestForm } from './RequestFormCard';
import { mustAgree } from './useSendRequest';

interface Values {
  fields?: ExpertField[];
  degree?: Degree;
  employer?: string;
  position?: string;
  agree?: boolean;
}

/** Offering one's expertise (chuyên gia, trí thức): an expert profile once the Department reviews it. */
export function PortalExpertise() {
  const { t, language, form, label, send, request } = useRequestForm<Values>();
  const submit = (v: Values) =>
    send({
      kind: 'expertise',
      profile: {
        fields: v.fields ?? [],
        degree: v.degree ?? null,
        employer: v.employer?.trim() || null,
        position: v.position?.trim() || null,
        publications: [],
        languages: [],
        willingness: [],
        notes: null,
      },
      // onFinish runs only once the box is ticked (mustAgree); the server checks it too.
      agreeExpert: true,
    });
  return (
    <RequestFormCard<Values>
      title={t('portalExpertTitle')}
      form={form}
      request={request}
      onFinish={submit}
      submitLabel={t('portalSendRequest')}
    >
      <Form.Item name="fields" label={label('fields')}>
        <Select
          mode="multiple"
          showSearch={{ optionFilterProp: 'label' }}
          options={EXPERT_FIELDS.map((f) => ({ value: f, label: EXPERT_FIELD_LABELS[f][language] }))}
        />
      </Form.Item>
      <Form.Item name="degree" label={label('degree')}>
        <Select allowClear options={DEGREES.map((d) => ({ value: d, label: DEGREE_LABELS[d][language] }))} />
      </Form.Item>
      <Form.Item name="employer" label={label('employer')}>
        <Input />
      </Form.Item>
      <Form.Item name="position" label={label('position')}>
        <Input />
      </Form.Item>
      <Form.Item name="agree" valuePropName="checked" rules={[mustAgree(t('portalMustAgree'))]}>
        <Checkbox>{CONSENT_TEXTS.expert[language]}</Checkbox>
      </Form.Item>
    </RequestFormCard>
  );
}
