import { dayText } from '../../domain/calendar/dayText';
import { Alert, Checkbox, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import {
  REQUEST_KIND_LABELS,
  REQUEST_KINDS,
  REQUEST_STATUS_LABELS,
  type RequestKind,
} from '../../domain/portalRequests/requestKinds';
import type { RequestListQuery, RequestSummary } from '../../domain/portalRequests/requestSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { RequestDrawer } from './RequestDrawer';
import { STATUS_COLORS } from './requestStatusColors';
import { useRequestQueue } from './useRequestQueue';

const PAGE_SIZE = 50;

/** Yêu cầu của kiều bào: the province's queue, the nearest deadline first, overdue in red. */
export function RequestsPage() {
  const { t, language } = useLanguage();
  const [query, setQuery] = useState<RequestListQuery>({ status: 'pending', page: 1, pageSize: PAGE_SIZE });
  const [open, setOpen] = useState<string | null>(null);
  const queue = useRequestQueue(query);
  const change = (part: Partial<RequestListQuery>) => setQuery({ ...query, page: 1, ...part });
  return (
    <>
      <Typography.Title level={3}>{t('requestsTitle')}</Typography.Title>
      {!!queue.data?.overdue && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('requestsOverdue', { count: queue.data.overdue })}
        />
      )}
      <Space style={{ marginBottom: 16 }} wrap>
        <Segmented<RequestListQuery['status']>
          value={query.status}
          onChange={(status) => change({ status })}
          options={[
            { value: 'pending', label: t('requestPending') },
            { value: 'settled', label: t('requestSettledFilter') },
            { value: 'all', label: t('requestAll') },
          ]}
        />
        <Select
          allowClear
          aria-label={t('requestKind')}
          placeholder={t('requestKind')}
          style={{ width: 260 }}
          value={query.kind}
          onChange={(kind?: RequestKind) => change({ kind })}
          options={REQUEST_KINDS.map((k) => ({ value: k, label: REQUEST_KIND_LABELS[k][language] }))}
        />
        <Checkbox checked={!!query.overdue} onChange={(e) => change({ overdue: e.target.checked || undefined })}>
          {t('requestOnlyOverdue')}
        </Checkbox>
      </Space>
      <ErrorAlert error={queue.error} />
      <Table<RequestSummary>
        rowKey="id"
        size="middle"
        loading={queue.isPending}
        dataSource={queue.data?.items}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: query.page,
          pageSize: PAGE_SIZE,
          total: queue.data?.total,
          onChange: (page) => setQuery({ ...query, page }),
        }}
        columns={[
          { title: t('requestReference'), dataIndex: 'reference' },
          { title: t('requestKind'), render: (_, r) => REQUEST_KIND_LABELS[r.kind][language] },
          { title: t('requestName'), dataIndex: 'name' },
          { title: t('requestReceived'), render: (_, r) => dayText(r.receivedAt) },
          {
            title: t('requestDue'),
            render: (_, r) =>
              r.overdue ? (
                <Tag color="red" data-testid="overdue">
                  {dayText(r.dueOn)} · {t('requestOverdueTag')}
                </Tag>
              ) : (
                dayText(r.dueOn)
              ),
          },
          {
            title: t('requestStatus'),
            render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{REQUEST_STATUS_LABELS[r.status][language]}</Tag>,
          },
        ]}
      />
      {open && <RequestDrawer id={open} onClose={() => setOpen(null)} />}
    </>
  );
}
