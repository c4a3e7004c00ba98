import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Popconfirm, Row, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { IMPORT_COLUMN_DEFINITIONS, type ImportColumn } from '../../domain/imports/importColumns';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useImportMutations, useImportProblems, type ImportProblemPage } from './useImports';

const PAGE_SIZE = 20;

/** Bước 2: the dry run's counts and its report row by row; from here the valid rows are committed. */
export function CheckReportCard({ batch }: { batch: ImportBatch }) {
  const { t, language } = useLanguage();
  const [page, setPage] = useState(1);
  const problems = useImportProblems(batch.id, page, PAGE_SIZE, true);
  const { commit } = useImportMutations(batch.id);
  const count = (n: number | null) => (n ?? 0).toLocaleString(language);
  const canCommit = batch.status === 'checked' && !!batch.rowsValid && !batch.alreadyImportedAs;

  return (
    <Card
      title={t('importReportTitle')}
      style={{ marginBottom: 24 }}
      extra={
        <Button icon={<DownloadOutlined />} href={`/api/imports/${batch.id}/report.xlsx`}>
          {t('importReport')}
        </Button>
      }
    >
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col span={6}>
          <Statistic title={t('importTotal')} value={count(batch.rowsTotal)} />
        </Col>
        <Col span={6}>
          <div data-testid="rows-valid">
            <Statistic title={t('importValid')} value={count(batch.rowsValid)} />
          </div>
        </Col>
        <Col span={6}>
          <div data-testid="rows-invalid">
            <Statistic title={t('importInvalid')} value={count(batch.rowsInvalid)} />
          </div>
        </Col>
        <Col span={6}>
          <Statistic title={t('importDuplicate')} value={count(batch.rowsDuplicate)} />
        </Col>
      </Row>
      {batch.alreadyImportedAs && <Alert type="warning" showIcon title={t('importAlreadyImported')} />}
      <Table<ImportProblemPage['items'][number]>
        rowKey={(p) => `${p.rowNumber}-${p.column}-${p.code}`}
        size="small"
        loading={problems.isPending}
        dataSource={problems.data?.items}
        locale={{ emptyText: t('importNoProblems') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: problems.data?.total, onChange: setPage }}
        columns={[
          { title: t('importRow'), dataIndex: 'rowNumber', width: 80 },
          {
            title: t('importTargetColumn'),
            render: (_, p) => IMPORT_COLUMN_DEFINITIONS[p.column as ImportColumn]?.[language] ?? p.column,
          },
          { title: t('importProblem'), dataIndex: 'message' },
          { title: t('importValue'), dataIndex: 'value' },
        ]}
      />
      {canCommit && (
        <Space style={{ marginTop: 16 }}>
          <Popconfirm
            title={t('importCommitConfirm', { n: count(batch.rowsValid) })}
            onConfirm={() => commit.mutate()}
            okText={t('yes')}
            cancelText={t('no')}
          >
            <Button type="primary" loading={commit.isPending}>
              {t('importCommit')}
            </Button>
          </Popconfirm>
        </Space>
      )}
      <ErrorAlert error={commit.error} />
    </Card>
  );
}
