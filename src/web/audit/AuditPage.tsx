import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, DatePicker, Input, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntry } from '../../domain/audit/auditSchemas';
import { api } from '../api/apiClient';
import { useLanguage } from '../i18n/LanguageProvider';

interface Filters {
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: string;
  to?: string;
}

type AuditPage = { items: AuditEntry[]; nextBefore: number | null };

export function AuditPage() {
  const { t, language } = useLanguage();
  const [filters, setFilters] = useState<Filters>({});
  const log = useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam }) => api('GET /api/audit', { query: { ...filters, before: pageParam, limit: 100 } }),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];
  const setRange = (range: [Dayjs | null, Dayjs | null] | null) =>
    setFilters({ ...filters, from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') });

  return (
    <>
      <Typography.Title level={3}>{t('auditTitle')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          placeholder={`${t('action')} (auth.login, user.…)`}
          allowClear
          onSearch={(action) => setFilters({ ...filters, action })}
          style={{ width: 260 }}
        />
        <Input.Search
          placeholder={`${t('record')} (user:12)`}
          allowClear
          onSearch={(text) => {
            const [entityType, entityId] = text.split(':');
            setFilters({ ...filters, entityType: entityType || undefined, entityId: entityId || undefined });
          }}
          style={{ width: 200 }}
        />
        <DatePicker.RangePicker placeholder={[t('fromDate'), t('toDate')]} onChange={setRange} />
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={log.isPending}
        dataSource={rows}
        pagination={false}
        columns={[
          { title: t('time'), dataIndex: 'at', render: (v: string) => new Date(v).toLocaleString(language) },
          { title: t('user'), dataIndex: 'username' },
          { title: t('action'), dataIndex: 'action' },
          { title: t('record'), render: (_, e) => (e.entityType ? `${e.entityType}:${e.entityId ?? ''}` : '') },
          {
            title: t('province'),
            dataIndex: 'provinceCodes',
            render: (codes: string[]) => codes.join(', '),
          },
          { title: t('ipAddress'), dataIndex: 'ip' },
          {
            title: t('details'),
            dataIndex: 'details',
            render: (d: Record<string, unknown>) => (Object.keys(d).length ? <code>{JSON.stringify(d)}</code> : ''),
          },
        ]}
      />
      {log.hasNextPage && (
        <Button style={{ marginTop: 16 }} onClick={() => log.fetchNextPage()} loading={log.isFetchingNextPage}>
          {t('loadMore')}
        </Button>
      )}
    </>
  );
}
