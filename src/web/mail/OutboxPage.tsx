import { useQuery } from '@tanstack/react-query';
import { Alert, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { MAIL_STATUSES, type MailMessage, type MailStatus } from '../../domain/mail/mailSchemas';
import { api } from '../api/apiClient';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';

const STATUS_COLORS: Record<MailStatus, string> = { queued: 'blue', sent: 'green', failed: 'red' };
const PAGE_SIZE = 50;

/** Hộp thư đi: every message the system sent, waits to send, or could not; its text on a click. */
export function OutboxPage() {
  const { t, language } = useLanguage();
  const [status, setStatus] = useState<MailStatus | undefined>();
  const [page, setPage] = useState(1);
  const outbox = useQuery({
    queryKey: ['outbox', status, page],
    queryFn: () => api('GET /api/outbox', { query: { status, page, pageSize: PAGE_SIZE } }),
  });
  return (
    <>
      <Typography.Title level={3}>{t('outboxTitle')}</Typography.Title>
      {outbox.data && !outbox.data.smtpConfigured && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('outboxNoSmtp')} />
      )}
      <Space style={{ marginBottom: 16 }}>
        <Select
          allowClear
          aria-label={t('outboxStatus')}
          placeholder={t('outboxStatus')}
          style={{ width: 180 }}
          value={status}
          onChange={(value?: MailStatus) => {
            setStatus(value);
            setPage(1);
          }}
          options={MAIL_STATUSES.map((s) => ({ value: s, label: t(`outbox_${s}`) }))}
        />
      </Space>
      <ErrorAlert error={outbox.error} />
      <Table<MailMessage>
        rowKey="id"
        size="middle"
        loading={outbox.isPending}
        dataSource={outbox.data?.items}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: outbox.data?.total, onChange: setPage }}
        expandable={{ expandedRowRender: (m) => <pre style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{m.body}</pre> }}
        columns={[
          { title: t('outboxCreated'), render: (_, m) => new Date(m.createdAt).toLocaleString(language) },
          { title: t('outboxTo'), dataIndex: 'toAddress' },
          { title: t('outboxSubject'), dataIndex: 'subject' },
          {
            title: t('outboxStatus'),
            render: (_, m) => <Tag color={STATUS_COLORS[m.status]}>{t(`outbox_${m.status}`)}</Tag>,
          },
          { title: t('outboxAttempts'), dataIndex: 'attempts' },
          { title: t('outboxError'), render: (_, m) => m.lastError ?? '' },
        ]}
      />
    </>
  );
}
