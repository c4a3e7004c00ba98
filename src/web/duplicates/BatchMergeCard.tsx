import { Alert, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { can } from '../../domain/auth/roles';
import { api } from '../api/apiClient';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { usePersonFieldLabel } from '../persons/personFieldLabels';
import { ScoreTag } from './ScoreTag';

type Preview = Awaited<ReturnType<typeof api<'GET /api/duplicates/batch-merge'>>>;

/**
 * Gộp hàng loạt (safe mode): the pairs sure enough to merge without review, previewed with the
 * record kept and the facts taken; a pair whose records disagree on a fact is left for review.
 * The merges of a batch can be undone together.
 */
export function BatchMergeCard() {
  const session = useSession();
  const allowed = !!session.data && can(session.data.user.role, 'duplicates.review');
  return allowed ? <BatchMerge /> : null;
}

function BatchMerge() {
  const { t } = useLanguage();
  const fieldLabel = usePersonFieldLabel();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [lastMerged, setLastMerged] = useState<number[]>([]);
  const preview = useQuery({
    queryKey: ['duplicates', 'batch-merge'],
    queryFn: () => api('GET /api/duplicates/batch-merge', { query: {} }),
    enabled: open,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['duplicates'] });
  const merge = useMutation({
    mutationFn: (pairIds: number[]) => api('POST /api/duplicates/batch-merge', { body: { pairIds } }),
    onSuccess: async (result) => {
      setLastMerged(result.merged);
      await refresh();
    },
  });
  const undo = useMutation({
    mutationFn: (pairIds: number[]) => api('POST /api/duplicates/undo-merges', { body: { pairIds } }),
    onSuccess: async () => {
      setLastMerged([]);
      await refresh();
    },
  });
  const pairs: Preview = preview.data ?? [];
  const mergeable = pairs.filter((p) => !p.conflicts.length);
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('batchMergeTitle')}>
      <Typography.Paragraph type="secondary">{t('batchMergeHelp')}</Typography.Paragraph>
      {!open && <Button onClick={() => setOpen(true)}>{t('batchMergePreview')}</Button>}
      {open && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Table<Preview[number]>
            rowKey="pairId"
            size="small"
            loading={preview.isPending}
            dataSource={pairs}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: t('duplicatesScore'), dataIndex: 'score', render: (s: number) => <ScoreTag score={s} /> },
              { title: t('batchMergeKept'), render: (_, p) => p.kept.fullName },
              { title: t('batchMergeOther'), render: (_, p) => p.other.fullName },
              {
                title: t('batchMergeFacts'),
                render: (_, p) =>
                  p.conflicts.length ? (
                    <Tag color="warning">{`${t('batchMergeConflict')}: ${p.conflicts.map(fieldLabel).join(', ')}`}</Tag>
                  ) : (
                    p.fromOther.map(fieldLabel).join(', ') || '—'
                  ),
              },
            ]}
          />
          <Space>
            <Popconfirm
              title={t('batchMergeConfirm', { n: mergeable.length })}
              onConfirm={() => merge.mutate(mergeable.map((p) => p.pairId))}
              okText={t('yes')}
              cancelText={t('no')}
              disabled={!mergeable.length}
            >
              <Button type="primary" disabled={!mergeable.length} loading={merge.isPending}>
                {t('batchMergeRun', { n: mergeable.length })}
              </Button>
            </Popconfirm>
            {!!lastMerged.length && (
              <Button onClick={() => undo.mutate(lastMerged)} loading={undo.isPending}>
                {t('batchMergeUndo', { n: lastMerged.length })}
              </Button>
            )}
          </Space>
          {merge.data && (
            <Alert
              type="success"
              showIcon
              message={t('batchMergeDone', { merged: merge.data.merged.length, skipped: merge.data.skipped.length })}
            />
          )}
          <ErrorAlert error={preview.error ?? merge.error ?? undo.error} />
        </Space>
      )}
    </Card>
  );
}
