import { Button, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../../domain/cases/caseSchemas';
import type { ReferralInput } from '../../domain/referrals/referralSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { useMissions } from '../orgUnits/useOrgUnits';
import { useProvinceOptions } from '../reference/useProvinces';
import { useReferralMutations } from './useReferrals';

type Values = { personId: string; target: string; reason: string; returnedOn?: { format(f: string): string } };

/**
 * Lập phiếu chuyển tuyến: a mission refers to a province, a province to a mission (the receiver
 * list shows only the other side). `persons`: whom the referral may be about.
 */
function SendReferralModal({
  subject,
  caseId,
  persons,
  onClose,
}: {
  subject: ReferralInput['subject'];
  caseId: string | null;
  persons: { id: string; name: string }[];
  onClose(): void;
}) {
  const { t } = useLanguage();
  const fromMission = useSession().data?.user.role === 'mission_officer';
  const provinces = useProvinceOptions();
  const missions = useMissions(!fromMission);
  const { send } = useReferralMutations();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const targets = fromMission
    ? provinces
    : missions.data?.filter((m) => m.isActive).map((m) => ({ value: m.id, label: m.name }));
  const submit = (values: Values) => {
    const input = {
      subject,
      caseId,
      personId: values.personId,
      toProvinceCode: fromMission ? values.target : null,
      toMissionId: fromMission ? null : values.target,
      reason: values.reason,
      returnedOn: values.returnedOn?.format('YYYY-MM-DD') ?? null,
    };
    send.mutate(input, {
      onSuccess: onClose,
      onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
    });
  };
  return (
    <Modal
      open
      title={t('referralSendTitle')}
      okText={t('referralSend')}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={send.isPending}
    >
      <FormError message={formError} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ personId: persons.length === 1 ? persons[0]!.id : undefined }}
      >
        <Form.Item name="personId" label={t('referralPerson')} rules={[{ required: true }]}>
          <Select options={persons.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item
          name="target"
          label={fromMission ? t('referralToProvince') : t('referralToMission')}
          rules={[{ required: true }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={targets} />
        </Form.Item>
        {subject === 'returnee' && (
          <Form.Item name="returnedOn" label={t('referralReturnedOn')} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('referralReason')} rules={[{ required: true }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The referral button of a case the unit holds: about one of its subjects. */
export function SendCaseReferral({ theCase }: { theCase: CaseDetail }) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const subjects = theCase.persons
    .filter((p) => p.role === 'subject')
    .map((p) => ({ id: p.personId, name: p.fullName }));
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('referralSendTitle')}</Button>
      {open && (
        <SendReferralModal subject="case" caseId={theCase.id} persons={subjects} onClose={() => setOpen(false)} />
      )}
    </>
  );
}

/** A mission refers a returning citizen to the home province. */
export function SendReturneeReferral({ person }: { person: { id: string; fullName: string } }) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} title={t('referralReturneeHint')}>
        {t('referralSubject_returnee')}: {t('referralSend').toLowerCase()}
      </Button>
      {open && (
        <SendReferralModal
          subject="returnee"
          caseId={null}
          persons={[{ id: person.id, name: person.fullName }]}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
