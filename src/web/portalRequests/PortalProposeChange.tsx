import { Button, Card, Form, Input, Select, Typography } from 'antd';
import type { ChangeProposal } from '../../domain/portalRequests/changeFields';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryOptions } from '../reference/useProvinces';
import { REQUEST_LINE_LABELS } from '../../domain/portalRequests/requestLines';
import { splitList, useSendRequest } from './useSendRequest';

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
  const { t, language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const countries = useCountryOptions(language);
  const { send, sending, error } = useSendRequest();
  const label = (field: keyof typeof REQUEST_LINE_LABELS) => REQUEST_LINE_LABELS[field]?.[language];
  return (
    <Card title={t('portalProposeTitle')}>
      <Typography.Paragraph type="secondary">{t('portalProposeHint')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) =>
          send({ kind: 'change', changes: proposalOf(values), note: null }, () => form.resetFields())
        }
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
        <ErrorAlert error={error} />
        <Button type="primary" htmlType="submit" loading={sending}>
          {t('portalPropose')}
        </Button>
      </Form>
    </Card>
  );
}
