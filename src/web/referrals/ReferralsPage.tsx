import { Button, Form, Input, Modal, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { REFERRAL_STATUS_LABELS, type Referral, type ReferralStatus } from '../../domain/referrals/referralSchemas';
import { dayText } from '../../domain/calendar/dayText';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { FormError } from '../forms/FormError';
import { useLanguage } from '../i18n/LanguageProvider';
import { useReferralMutations, useReferrals } from './useReferrals';

const STATUS_COLORS: Readonly<Record<ReferralStatus, string>> = {
  pending: 'orange',
  accepted: 'blue',
  rejected: 'red',
  completed: 'green',
};

type Box = 'received' | 'sent' | 'all';
type Step = { referral: Referral; kind: 'accept' | 'reject' | 'outcome' };

/** Phiếu chuyển tuyến: those the unit received (to accept or reject, then close) and those it sent. */
export function ReferralsPage() {
  const { t, language } = useLanguage();
  const [box, setBox] = useState<Box>('received');
  const [page, setPage] = useState(1);
  const referrals = useReferrals({ box, page, pageSize: 20 });
  const [step, setStep] = useState<Step | null>(null);
  return (
    <>
      <Typography.Title level={3}>{t('referralsTitle')}</Typography.Title>
      <Segmented<Box>
        value={box}
        onChange={(value) => {
          setBox(value);
          setPage(1);
        }}
        options={[
          { value: 'received', label: t('referralsReceived') },
          { value: 'sent', label: t('referralsSent') },
          { value: 'all', label: t('referralsAll') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Table<Referral>
        rowKey="id"
        loading={referrals.isPending}
        dataSource={referrals.data?.items}
        pagination={{ current: page, total: referrals.data?.total, onChange: setPage, showSizeChanger: false }}
        expandable={{ expandedRowRender: (r) => <ReferralDetails referral={r} /> }}
        columns={[
          { title: t('referralCode'), dataIndex: 'code' },
          {
            title: t('referralSubject'),
            render: (_, r) =>
              r.caseId ? (
                <Link to={`/cases/${r.caseId}`}>{r.caseCode}</Link>
              ) : (
                t(`referralSubject_${r.subject}` as const)
              ),
          },
          { title: t('referralPerson'), dataIndex: 'personName' },
          { title: t('referralFrom'), render: (_, r) => r.from.name },
          { title: t('referralTo'), render: (_, r) => r.to.name },
          {
            title: t('referralStatus'),
            render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{REFERRAL_STATUS_LABELS[r.status][language]}</Tag>,
          },
          {
            key: 'actions',
            render: (_, r) => (
              <Space>
                {r.mayDecide && (
                  <>
                    <Button size="small" type="primary" onClick={() => setStep({ referral: r, kind: 'accept' })}>
                      {t('referralAccept')}
                    </Button>
                    <Button size="small" danger onClick={() => setStep({ referral: r, kind: 'reject' })}>
                      {t('referralReject')}
                    </Button>
                  </>
                )}
                {r.mayComplete && (
                  <Button size="small" onClick={() => setStep({ referral: r, kind: 'outcome' })}>
                    {t('referralRecordOutcome')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {step && <StepModal step={step} onClose={() => setStep(null)} />}
    </>
  );
}

function ReferralDetails({ referral }: { referral: Referral }) {
  const { t } = useLanguage();
  const consentDay = referral.consent.decidedOn ?? '';
  return (
    <Space direction="vertical">
      <Typography.Text>
        <b>{t('referralReason')}:</b> {referral.reason}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('referralConsent', { date: consentDay && dayText(consentDay) })}
      </Typography.Text>
      {referral.decisionNote && (
        <Typography.Text>
          <b>{t('referralDecisionNote')}:</b> {referral.decisionNote}
        </Typography.Text>
      )}
      {referral.outcome && (
        <Typography.Text>
          <b>{t('referralOutcome')}:</b> {referral.outcome}
        </Typography.Text>
      )}
      {referral.returneeId && <Link to={`/returnees/${referral.returneeId}`}>{t('referralReturnee')}</Link>}
    </Space>
  );
}

/** Accepting (with an optional note), rejecting (saying why) or recording the outcome. */
function StepModal({ step, onClose }: { step: Step; onClose(): void }) {
  const { t } = useLanguage();
  const { decide, complete } = useReferralMutations();
  const [form] = Form.useForm<{ note?: string; outcome?: string }>();
  const [formError, setFormError] = useState<string | null>(null);
  const { referral, kind } = step;
  const field = kind === 'outcome' ? 'outcome' : 'note';
  const submit = (values: { note?: string; outcome?: string }) => {
    const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
    const version = referral.version;
    const done = { onSuccess: onClose, onError };
    if (kind === 'outcome')
      complete.mutate({ id: referral.id, input: { outcome: values.outcome ?? '', version } }, done);
    else decide.mutate({ id: referral.id, input: { decision: kind, note: values.note || null, version } }, done);
  };
  const label = { accept: t('referralDecisionNote'), reject: t('referralRejectNote'), outcome: t('referralOutcome') }[
    kind
  ];
  return (
    <Modal
      open
      title={`${referral.code} — ${referral.personName}`}
      okText={{ accept: t('referralAccept'), reject: t('referralReject'), outcome: t('save') }[kind]}
      cancelText={t('cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={decide.isPending || complete.isPending}
    >
      <FormError message={formError} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name={field} label={label} required={kind !== 'accept'}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
