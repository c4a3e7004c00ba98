import { Form, Input, Radio, Select } from 'antd';
import { CASE_TYPE_LABELS, CASE_TYPES, type CaseType } from '../../domain/cases/caseCategories';
import {
  PROCEDURE_TYPE_LABELS,
  PROCEDURE_TYPES,
  REQUEST_KIND_LABELS,
  type ProcedureType,
} from '../../domain/portalRequests/requestKinds';
import { useCountryOptions } from '../reference/useProvinces';
import { RequestFormCard, useRequestForm } from './RequestFormCard';

interface Values {
  kind: 'procedure' | 'protection';
  procedureType?: ProcedureType;
  caseType?: CaseType;
  country?: string;
  title?: string;
  text?: string;
}

/** Help with an administrative procedure, or citizen protection (bảo hộ công dân): a request with a reference. */
export function PortalHelp() {
  const { t, language, form, label, send, request } = useRequestForm<Values>();
  const kind = Form.useWatch('kind', form);
  const countries = useCountryOptions(language);
  const submit = (v: Values) => {
    const title = v.title?.trim() ?? '';
    const text = v.text?.trim() ?? '';
    if (v.kind === 'procedure')
      send({ kind: 'procedure', procedureType: v.procedureType ?? 'other', subject: title, description: text });
    else
      send({
        kind: 'protection',
        country: v.country ?? '',
        caseType: v.caseType ?? 'other',
        urgency: 'normal',
        title,
        summary: text,
        location: null,
      });
  };
  return (
    <RequestFormCard<Values>
      title={t('portalHelpTitle')}
      form={form}
      request={request}
      onFinish={submit}
      submitLabel={t('portalSendRequest')}
      initialValues={{ kind: 'procedure' }}
    >
      <Form.Item name="kind" label={t('portalHelpKind')}>
        <Radio.Group
          options={(['procedure', 'protection'] as const).map((k) => ({
            value: k,
            label: REQUEST_KIND_LABELS[k][language],
          }))}
        />
      </Form.Item>
      {kind === 'protection' ? (
        <>
          <Form.Item name="country" label={label('country')}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
          </Form.Item>
          <Form.Item name="caseType" label={label('caseType')}>
            <Select options={CASE_TYPES.map((c) => ({ value: c, label: CASE_TYPE_LABELS[c][language] }))} />
          </Form.Item>
        </>
      ) : (
        <Form.Item name="procedureType" label={label('procedureType')}>
          <Select options={PROCEDURE_TYPES.map((p) => ({ value: p, label: PROCEDURE_TYPE_LABELS[p][language] }))} />
        </Form.Item>
      )}
      <Form.Item name="title" label={kind === 'protection' ? label('title') : label('subject')}>
        <Input />
      </Form.Item>
      <Form.Item name="text" label={kind === 'protection' ? label('summary') : label('description')}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </RequestFormCard>
  );
}
