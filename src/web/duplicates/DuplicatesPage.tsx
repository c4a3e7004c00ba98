import { Alert, Button, Card, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { PAIR_STATUSES, type DuplicatePairView, type PairStatus } from '../../domain/duplicates/duplicateSchemas';
import { formatPartialDate } from '../../domain/persons/partialDate';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { BatchMergeCard } from './BatchMergeCard';
import { ScoreTag } from './ScoreTag';
import { useCheckRun, usePairMutations, usePairs } from './useDuplicates';

/** Trùng lặp: the queue of possible duplicates to review, best scores first. */
export function DuplicatesPage() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const provinceName = useProvinceName();
  const [status, setStatus] = useState<PairStatus>('open');
  const [page, setPage] = useState(1);
  const pairs = usePairs({ status, page });
  const person = (p: DuplicatePairView['a']) => (
    <span>
      <b>{p.fullName}</b>
      <br />
      <Typography.Text type="secondary">
        {p.birthDate ? formatPartialDate(p.birthDate) : '—'} · {provinceName(p.hometownProvinceCode)}
      </Typography.Text>
    </span>
  );
  return (
    <>
      <Typography.Title level={3}>{t('duplicatesTitle')}</Typography.Title>
      <WholeRegistryCheck />
      <BatchMergeCard />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Segmented
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            options={PAIR_STATUSES.map((s) => ({ value: s, label: t(`pairStatus_${s}`) }))}
          />
          {!!pairs.data?.crossProvince && (
            <Alert
              type="info"
              showIcon
              message={t('duplicatesCrossProvince', { n: String(pairs.data.crossProvince) })}
            />
          )}
          <ErrorAlert error={pairs.error} />
          <Table
            rowKey="id"
            loading={pairs.isLoading}
            dataSource={pairs.data?.items}
            locale={{ emptyText: t('duplicatesNone') }}
            onRow={(pair) => ({ onClick: () => navigate(`/duplicates/${pair.id}`), style: { cursor: 'pointer' } })}
            pagination={{
              current: page,
              pageSize: 20,
              total: pairs.data?.total,
              onChange: setPage,
              showSizeChanger: false,
            }}
            columns={[
              {
                title: t('duplicatesScore'),
                dataIndex: 'score',
                width: 110,
                render: (score: number) => <ScoreTag score={score} />,
              },
              { title: t('duplicatesRecordA'), render: (_, pair) => person(pair.a) },
              { title: t('duplicatesRecordB'), render: (_, pair) => person(pair.b) },
              {
                title: t('duplicatesFound'),
                dataIndex: 'foundAt',
                width: 180,
                render: (at: string) => new Date(at).toLocaleString(),
              },
            ]}
          />
        </Space>
      </Card>
    </>
  );
}

/** National administrators start a check of the whole registry and follow it. */
function WholeRegistryCheck() {
  const { t } = useLanguage();
  const session = useSession();
  const allowed = !!session.data && can(session.data.user.role, 'duplicates.checkAll');
  const run = useCheckRun(allowed);
  const { checkAll } = usePairMutations();
  if (!allowed) return null;
  const last = run.data;
  return (
    <Card style={{ marginBottom: 16 }} size="small">
      <Space wrap>
        <Button loading={last?.running || checkAll.isPending} onClick={() => checkAll.mutate()}>
          {t('duplicatesCheckAll')}
        </Button>
        {last?.running && <Tag color="processing">{t('duplicatesCheckRunning')}</Tag>}
        {last && !last.running && last.finishedAt && (
          <Typography.Text type="secondary">
            {t('duplicatesLastCheck', {
              at: new Date(last.finishedAt).toLocaleString(),
              records: String(last.records ?? 0),
              pairs: String(last.pairs ?? 0),
            })}
          </Typography.Text>
        )}
        {last?.error && <Tag color="error">{last.error}</Tag>}
      </Space>
      <ErrorAlert error={checkAll.error} />
    </Card>
  );
}
