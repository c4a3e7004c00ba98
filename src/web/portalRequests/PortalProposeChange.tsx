import { Form, Input, Select, Typography } from 'antd';
import type { ChangeProposal } from '../../domain/portalRequests/changeFields';
import { useCountryOptions } from '../reference/useProvinces';
import { RequestFormCard, useRequestForm } from './RequestFormCard';
import { splitList } from './useSendRequest';

interface Values {
  residenceCountry?: string;
  residenceCity?: string;
  addressAbroad?: string;
  phones?: string;
  emails?: string;
  educationLevel?: string;
  occupation?: string;
  expertise?: string;
  relativeName?: string;
  relativeRelationship?: string;
  relativePhone?: string;
}

const TEXT_FIELDS = ['residenceCity', 'addressAbroad', 'educationLevel', 'occupation'] as const;

/** Only what the person filled in is proposed; each field is decided on its own. */
function proposalOf(values: Values): ChangeProposal {
  const changes: ChangeProposal = {};
  if (values.residenceCountry) changes.residenceCountry = values.residenceCountry;
  for (const field of TEXT_FIELDS) if (values[field]?.trim()) changes[field] = values[field].trim();
  if (splitList(values.phones).length) changes.phones = splitList(values.phones);
  if (splitList(values.emails).length) changes.emails = splitList(values.emails);
  if (splitList(values.expertise).length) changes.expertise = splitList(values.expertise);
  if (values.relativeName?.trim() && values.relativeRelationship?.trim()) {
    const relative = { fullName: values.relativeName.trim(), relationship: values.relativeRelationship.trim() };
    changes.relatives = [
      { ...relative, phone: values.relativePhone?.trim() || null, address: null, provinceCode: null, relativeId: null },
    ];
  }
  return changes;
}

/** Đề nghị sửa, bổ sung thông tin: the person proposes; the Department decides field by field. */
export function PortalProposeChange() {
  const { t, language, form, label, send, request } = useRequestForm<Values>();
  const countries = useCountryOptions(language);
  return (
    <RequestFormCard<Values>
      title={t('portalProposeTitle')}
      hint={t('portalProposeHint')}
      form={form}
      request={request}
      onFinish={(values) => send({ kind: 'change', changes: proposalOf(values), note: null })}
      submitLabel={t('portalPropose')}
    >
      <Form.Item name="residenceCountry" label={label('residenceCountry')}>
        <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={countries} />
      </Form.Item>
      {TEXT_FIELDS.map((field) => (
        <Form.Item key={field} name={field} label={label(field)}>
          <Input />
        </Form.Item>
      ))}
      <Form.Item name="phones" label={label('phones')} extra={t('portalPhonesHint')}>
        <Input inputMode="tel" />
      </Form.Item>
      <Form.Item name="emails" label={label('emails')}>
        <Input inputMode="email" />
      </Form.Item>
      <Form.Item name="expertise" label={label('expertise')}>
        <Input />
      </Form.Item>
      <Typography.Text strong>{label('relatives')}</Typography.Text>
      <Form.Item name="relativeName" label={t('portalFullName')}>
        <Input />
      </Form.Item>
      <Form.Item name="relativeRelationship" label={t('portalRelationship')}>
        <Input />
      </Form.Item>
      <Form.Item name="relativePhone" label={t('portalRelativePhone')}>
        <Input inputMode="tel" />
      </Form.Item>
    </RequestFormCard>
  );
}
