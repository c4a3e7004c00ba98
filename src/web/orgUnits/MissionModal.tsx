import { Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import {
  MISSION_KINDS,
  missionInputSchema,
  type Mission,
  type MissionInput,
} from '../../domain/orgUnits/orgUnitSchemas';
import { MISSION_KIND_LABELS } from '../../domain/orgUnits/orgUnitTexts';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { checkForm } from '../forms/checkForm';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryOptions } from '../reference/useProvinces';
import { useMissionMutations } from './useOrgUnits';

/** Adds a mission abroad (editing: null) or changes one: its kind, seat and consular district. */
export function MissionModal({ editing, onClose }: { editing: Mission | null; onClose(): void }) {
  const { t, language } = useLanguage();
  const countries = useCountryOptions(language);
  const { create, update } = useMissionMutations();
  const [form] = Form.useForm<MissionInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: MissionInput) => {
    const input = checkForm(missionInputSchema, values, form, language, ['countries']);
    if (!input) return;
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
    if (editing) update.mutate({ id: editing.id, input }, { onSuccess: onClose, onError });
    else create.mutate(input, { onSuccess: onClose, onError });
  };
  return (
    <Modal
      open
      title={editing ? t('missionEdit') : t('missionNew')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={create.isPending || update.isPending}
    >
      <FormError message={formError} />
      <Form<MissionInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={editing ?? { kind: 'embassy', isActive: true, countries: [] }}
      >
        <Form.Item name="kind" label={t('missionKind')} required>
          <Select options={MISSION_KINDS.map((k) => ({ value: k, label: MISSION_KIND_LABELS[k][language] }))} />
        </Form.Item>
        <Form.Item name="name" label={t('missionName')} required>
          <Input />
        </Form.Item>
        <Form.Item name="nameEn" label={t('missionNameEn')} required>
          <Input />
        </Form.Item>
        <Form.Item name="code" label={t('missionCode')} required>
          <Input />
        </Form.Item>
        <Form.Item name="seatCountry" label={t('missionSeat')} required>
          <Select showSearch={{ optionFilterProp: 'label' }} options={countries} />
        </Form.Item>
        <Form.Item name="city" label={t('missionCity')} required>
          <Input />
        </Form.Item>
        <Form.Item name="countries" label={t('missionCountries')} required>
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={countries} />
        </Form.Item>
        <Form.Item name="districtNote" label={t('missionDistrictNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="isActive" label={t('missionActive')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
