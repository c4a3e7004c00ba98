import { Button, Card, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import {
  CONSENT_CHANNEL_LABELS,
  CONSENT_PURPOSE_LABELS,
  CONSENT_PURPOSES,
  CONSENT_STATE_LABELS,
  type ConsentState,
} from '../../domain/consent/consentPurposes';
import { ErrorAlert } from '../errors/ErrorAlert';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { RecordConsentModal } from './RecordConsentModal';
import { usePersonConsents } from './useConsents';

const STATE_COLORS: Record<ConsentState, string> = {
  unknown: 'default',
  given: 'green',
  refused: 'red',
  withdrawn: 'orange',
};

/** A consent state as a coloured tag, in the UI's language. */
export function ConsentTag({ state }: { state: ConsentState }) {
  const { language } = useLanguage();
  return <Tag color={STATE_COLORS[state]}>{CONSENT_STATE_LABELS[state][language]}</Tag>;
}

/** A person's consent per purpose, every decision with what proves it, and recording a new one. */
export function ConsentTab({ personId, mayRecord }: { personId: string; mayRecord: boolean }) {
  const { t, language } = useLanguage();
  const consents = usePersonConsents(personId);
  const [recording, setRecording] = useState(false);
  if (consents.error) return <ErrorAlert error={consents.error} />;
  const data = consents.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        size="small"
        rowKey="purpose"
        loading={!data}
        pagination={false}
        dataSource={CONSENT_PURPOSES.map((purpose) => ({ purpose, state: data?.summary[purpose] ?? 'unknown' }))}
        columns={[
          { title: t('consentPurpose'), render: (_, r) => CONSENT_PURPOSE_LABELS[r.purpose][language] },
          { title: t('consentState'), render: (_, r) => <ConsentTag state={r.state} /> },
        ]}
      />
      {mayRecord && (
        <Button type="primary" onClick={() => setRecording(true)}>
          {t('consentRecord')}
        </Button>
      )}
      <Card size="small" title={t('consentHistory')}>
        {data?.history.length ? (
          <Timeline
            items={data.history.map((c) => ({
              key: c.id,
              children: (
                <>
                  <Typography.Text strong>{CONSENT_PURPOSE_LABELS[c.purpose][language]}</Typography.Text>{' '}
                  <ConsentTag state={c.decision} />
                  <div>
                    {t('consentVia', { channel: CONSENT_CHANNEL_LABELS[c.channel], version: c.textVersion })}
                    {' · '}
                    {c.decidedOn ? formatDate(c.decidedOn) : new Date(c.recordedAt).toLocaleDateString(language)} ·{' '}
                    {c.recordedBy ?? ''}
                  </div>
                  {c.formId && <a href={`/api/persons/${personId}/consent-forms/${c.formId}`}>{t('consentForm')}</a>}
                  {c.evidence && <Typography.Paragraph type="secondary">{c.evidence}</Typography.Paragraph>}
                </>
              ),
            }))}
          />
        ) : (
          <Typography.Text type="secondary">{t('consentNone')}</Typography.Text>
        )}
      </Card>
      {recording && data && (
        <RecordConsentModal personId={personId} forms={data.forms} onClose={() => setRecording(false)} />
      )}
    </Space>
  );
}
