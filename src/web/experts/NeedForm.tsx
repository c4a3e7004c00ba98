import { Button, DatePicker, Form, Input, Radio } from 'antd';
import { useState } from 'react';
import { needInputOf, needInputSchema, type Need, type NeedInput } from '../../domain/experts/expertSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { checkForm } from '../forms/checkForm';
import { dateField } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { OfferFields } from './OfferFields';

import { useNeedMutations } from './useExperts';
import { FormError } from '../forms/FormError';
import { ProvinceField } from '../forms/ProvinceField';

const WHOLE_FIELDS = ['fields', 'languages', 'willingness'];

/** Posts a need for experts, or changes one (with the version read). */
export function NeedForm({ need, onSaved }: { need: Need | null; onSaved: (need: Need) => void }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const { create, update } = useNeedMutations();
  const [form] = Form.useForm<NeedInput>();
  const [formError, setFormError] = useState<string | null>(null);
  const isNational = session.data?.user.provinceCode === null;
  const submit = (values: NeedInput) => {
    setFormError(null);
    const input = checkForm(needInputSchema, { ...values, version: need?.version }, form, language, WHOLE_FIELDS);
    if (!input) return;
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric'), WHOLE_FIELDS));
    if (need) update.mutate({ id: need.id, input }, { onSuccess: onSaved, onError });
    else create.mutate(input, { onSuccess: onSaved, onError });
  };
  return (
    <Form<NeedInput>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={
        need ? needInputOf(need) : { scope: 'province', fields: [], languages: [], willingness: [], status: 'open' }
      }
    >
      <FormError message={formError} />
      {isNational && <ProvinceField />}
      <Form.Item name="scope" label={t('needScope')} tooltip={t('needScopeHint')}>
        <Radio.Group
          options={[
            { value: 'province', label: t('needScopeProvince') },
            { value: 'national', label: t('needScopeNational') },
          ]}
        />
      </Form.Item>
      <Form.Item name="agency" label={t('needAgency')} required>
        <Input />
      </Form.Item>
      <Form.Item name="title" label={t('needTitle')} required>
        <Input />
      </Form.Item>
      <Form.Item name="description" label={t('needDescription')}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <OfferFields>
        <Form.Item name="deadline" label={t('needDeadline')} {...dateField}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </OfferFields>
      <div>
        <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
          {t('save')}
        </Button>
      </div>
    </Form>
  );
}
