import { Button, Card, Popconfirm, Progress, Result, Space, Spin } from 'antd';
import { Link, useNavigate } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useImportMutations } from './useImports';

/** Bước 3: the commit's progress (the batch is polled while it runs), its outcome, and the rollback. */
export function CommitCard({ batch }: { batch: ImportBatch }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const { rollback } = useImportMutations(batch.id);
  const mayRollBack = session.data ? can(session.data.user.role, 'imports.rollback') : false;
  const committed = batch.rowsCommitted.toLocaleString(language);
  const valid = batch.rowsValid ?? 0;

  return (
    <Card title={t('importCommitTitle')} style={{ marginBottom: 24 }}>
      {batch.status === 'committing' && (
        <>
          <Progress percent={valid ? Math.floor((batch.rowsCommitted / valid) * 100) : 0} status="active" />
          {committed} / {valid.toLocaleString(language)}
        </>
      )}
      {batch.status === 'committed' && (
        <Result
          status="success"
          title={
            batch.rowsUpdated
              ? `${t('importCommitted', { n: committed })} ${t('importUpdated', { n: batch.rowsUpdated.toLocaleString(language) })}`
              : t('importCommitted', { n: committed })
          }
          subTitle={<DuplicateCheckLine batch={batch} />}
          extra={[
            <Button key="persons" type="primary" onClick={() => navigate('/persons')}>
              {t('importShowPersons')}
            </Button>,
            mayRollBack && (
              <Popconfirm
                key="rollback"
                title={t('importRollbackConfirm')}
                onConfirm={() => rollback.mutate()}
                okText={t('yes')}
                cancelText={t('no')}
              >
                <Button danger loading={rollback.isPending}>
                  {t('importRollback')}
                </Button>
              </Popconfirm>
            ),
          ]}
        />
      )}
      {batch.status === 'rolled_back' && <Result status="info" title={t('importRolledBack')} />}
      {batch.status === 'failed' && (
        <Result status="error" title={t('importFailed')} subTitle={`${batch.failure ?? ''} ${t('importFailedHint')}`} />
      )}
      <ErrorAlert error={rollback.error} />
    </Card>
  );
}

/** The duplicate check that follows a commit: running (the batch is polled), or how many pairs it found. */
function DuplicateCheckLine({ batch }: { batch: ImportBatch }) {
  const { t, language } = useLanguage();
  if (!batch.duplicatesCheckedAt) {
    return (
      <Space>
        <Spin size="small" />
        {t('importDuplicateChecking')}
      </Space>
    );
  }
  const pairs = batch.duplicatePairs ?? 0;
  if (!pairs) return <>{t('importDuplicateNone')}</>;
  return <Link to="/duplicates">{t('importDuplicatePairs', { n: pairs.toLocaleString(language) })}</Link>;
}
