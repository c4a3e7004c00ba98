import { Button, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { useNavigate, useParams } from 'react-router-dom';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { CheckReportCard } from './CheckReportCard';
import { ColumnMappingCard } from './ColumnMappingCard';
import { CommitCard } from './CommitCard';
import { RowMatchesCard } from './RowMatchesCard';
import { ImportStatusTag } from './ImportStatusTag';
import { useImportBatch, useImportMutations } from './useImports';

/** One uploaded file through its steps: columns, dry-run report, commit. */
export function ImportBatchPage() {
  const { id = '' } = useParams();
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const provinceName = useProvinceName();
  const batch = useImportBatch(id);
  if (batch.error) return <ErrorAlert error={batch.error} />;
  if (!batch.data) return <Spin />;
  const b = batch.data;
  const checkedOnce = b.rowsTotal !== null;
  const pastCheck = !['uploaded', 'checked'].includes(b.status);

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{b.fileName}</Typography.Title>
        <Space>
          <DiscardButton batch={b} />
          <Button onClick={() => navigate('/imports')}>{t('importBack')}</Button>
        </Space>
      </Space>
      <Descriptions size="small" style={{ marginBottom: 24 }} column={4}>
        <Descriptions.Item label={t('importStatus')}>
          <ImportStatusTag status={b.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('importSourceProvince')}>{provinceName(b.sourceProvinceCode)}</Descriptions.Item>
        <Descriptions.Item label={t('importUploadedBy')}>{b.createdBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('importUploadedAt')}>
          {new Date(b.createdAt).toLocaleString(language)}
        </Descriptions.Item>
      </Descriptions>
      <ColumnMappingCard key={JSON.stringify(b.columns)} batch={b} />
      {checkedOnce && !!((b.rowsUpdate ?? 0) + (b.rowsSkip ?? 0)) && b.status === 'checked' && (
        <RowMatchesCard batch={b} />
      )}
      {checkedOnce && <CheckReportCard batch={b} />}
      {pastCheck && <CommitCard batch={b} />}
    </>
  );
}

/** An upload that will not be committed can be discarded, its file deleted. */
function DiscardButton({ batch }: { batch: ImportBatch }) {
  const { t } = useLanguage();
  const { discard } = useImportMutations(batch.id);
  const discardable = ['uploaded', 'checked', 'failed', 'expired'].includes(batch.status) && !batch.rowsCommitted;
  if (!discardable) return null;
  return (
    <Popconfirm
      title={t('importDiscardConfirm')}
      onConfirm={() => discard.mutate()}
      okText={t('yes')}
      cancelText={t('no')}
    >
      <Button danger loading={discard.isPending}>
        {t('importDiscard')}
      </Button>
    </Popconfirm>
  );
}
