import { Button, Form, Input, Modal, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../domain/cases/caseCategories';
import type { CaseDetail } from '../../domain/cases/caseSchemas';
import { isReopening, needsNote } from '../../domain/cases/caseWorkflow';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceOptions } from '../reference/useProvinces';
import { useCaseAssignees, useCaseMutations } from './useCases';
import { FormError } from '../forms/FormError';
import { SendCaseReferral } from '../referrals/SendReferralModal';

/** What may be done with a case from here: the next steps of its workflow, assigning it, referring it. */
export function CaseActions({ theCase }: { theCase: CaseDetail }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const [moving, setMoving] = useState<CaseStatus | null>(null);
  const [referring, setReferring] = useState(false);
  const manages = !!session.data && can(session.data.user.role, 'cases.manage');
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      {theCase.nextStatuses.map((status) => (
        <Button key={status} type={status === 'closed' ? 'default' : 'primary'} onClick={() => setMoving(status)}>
          {isReopening(theCase.status, status)
            ? t('caseReopen')
            : t('caseMoveTo', { status: labelOf(CASE_STATUS_LABELS, status, language) })}
        </Button>
      ))}
      {manages && <AssignControl theCase={theCase} />}
      {theCase.provinceCode && <Button onClick={() => setReferring(true)}>{t('caseRefer')}</Button>}
      {session.data && can(session.data.user.role, 'referrals.send') && <SendCaseReferral theCase={theCase} />}
      {moving && <StatusModal theCase={theCase} to={moving} onClose={() => setMoving(null)} />}
      {referring && <ReferModal theCase={theCase} onClose={() => setReferring(false)} />}
    </Space>
  );
}

function StatusModal({ theCase, to, onClose }: { theCase: CaseDetail; to: CaseStatus; onClose: () => void }) {
  const { t, language } = useLanguage();
  const { status } = useCaseMutations(theCase.id);
  const [form] = Form.useForm<{ note?: string; outcome?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: { note?: string; outcome?: string }) =>
    status.mutate(
      { status: to, note: values.note || null, outcome: values.outcome || null, version: theCase.version },
      { onSuccess: onClose, onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))) },
    );
  return (
    <Modal
      open
      title={labelOf(CASE_STATUS_LABELS, to, language)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={status.isPending}
    >
      <FormError message={formError} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ outcome: theCase.outcome ?? undefined }}>
        {to === 'resolved' && (
          <Form.Item name="outcome" label={t('caseOutcome')}>
            <Input.TextArea rows={3} />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={needsNote(theCase.status, to) ? t('caseNoteWhy') : t('caseNote')}
          required={needsNote(theCase.status, to)}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AssignControl({ theCase }: { theCase: CaseDetail }) {
  const { t } = useLanguage();
  const assignees = useCaseAssignees(theCase.provinceCode ?? undefined, true);
  const { assign } = useCaseMutations(theCase.id);
  return (
    <Space.Compact>
      <Select
        aria-label={t('caseAssign')}
        style={{ width: 220 }}
        placeholder={t('caseAssign')}
        value={theCase.assignedTo?.id}
        options={assignees.data?.map((a) => ({ value: a.id, label: a.name }))}
        onChange={(userId: number) => assign.mutate({ userId, version: theCase.version })}
      />
      <ErrorAlert error={assign.error} />
    </Space.Compact>
  );
}

type ReferValues = { to: 'agency' | 'ministry' | 'province'; agency?: string; provinceCode?: string; note?: string };

function ReferModal({ theCase, onClose }: { theCase: CaseDetail; onClose: () => void }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const provinceOptions = useProvinceOptions()?.filter((p) => p.value !== theCase.provinceCode);
  const { refer } = useCaseMutations(theCase.id);
  const [form] = Form.useForm<ReferValues>();
  const to = Form.useWatch('to', form);
  const [formError, setFormError] = useState<string | null>(null);
  const submit = (values: ReferValues) =>
    refer.mutate(
      {
        to: values.to,
        agency: values.agency || null,
        provinceCode: values.provinceCode ?? null,
        note: values.note || null,
        version: theCase.version,
      },
      {
        onSuccess: (result) => {
          onClose();
          if (!result) navigate('/cases', { state: { notice: t('caseTransferred') } });
        },
        onError: (error) => setFormError(applyFieldErrors(form, error, t('errorGeneric'))),
      },
    );
  return (
    <Modal
      open
      title={t('caseRefer')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('save')}
      cancelText={t('cancel')}
      confirmLoading={refer.isPending}
    >
      <FormError message={formError} />
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ to: 'agency' }}>
        <Form.Item name="to" label={t('caseReferTo')}>
          <Radio.Group
            style={{ display: 'grid', gap: 8 }}
            options={[
              { value: 'agency', label: t('caseReferAgency') },
              { value: 'ministry', label: t('caseReferMinistry') },
              { value: 'province', label: t('caseReferProvince') },
            ]}
          />
        </Form.Item>
        {to === 'agency' && (
          <Form.Item name="agency" label={t('caseAgencyName')} required>
            <Input />
          </Form.Item>
        )}
        {to === 'province' && (
          <Form.Item name="provinceCode" label={t('province')} required>
            <Select showSearch={{ optionFilterProp: 'label' }} options={provinceOptions} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('caseNote')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
