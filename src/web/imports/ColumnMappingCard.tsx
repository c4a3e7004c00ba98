import { Button, Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { IMPORT_COLUMN_DEFINITIONS, IMPORT_COLUMNS, type ImportColumn } from '../../domain/imports/importColumns';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useImportMutations } from './useImports';

type Mapping = ImportBatch['columns'][number];

/**
 * Bước 1: how each file column was understood, correctable until the batch is committed. The page
 * keys it by the stored mapping, so a saved change starts it afresh.
 */
export function ColumnMappingCard({ batch }: { batch: ImportBatch }) {
  const { t, language } = useLanguage();
  const { remapAndCheck, check } = useImportMutations(batch.id);
  const [columns, setColumns] = useState<Mapping[]>(batch.columns);
  const [remember, setRemember] = useState(true);
  const editable = batch.status === 'uploaded' || batch.status === 'checked';
  const changed = columns.some((c, i) => c.column !== batch.columns[i]?.column);
  const options = [
    { value: '', label: t('importIgnore') },
    ...IMPORT_COLUMNS.map((c) => ({ value: c, label: IMPORT_COLUMN_DEFINITIONS[c][language] })),
  ];

  const saveAndCheck = () => {
    if (!changed) return check.mutate();
    remapAndCheck.mutate({ columns: columns.map((c) => ({ index: c.index, column: c.column })), remember });
  };

  return (
    <Card title={t('importColumnsTitle')} style={{ marginBottom: 24 }}>
      <Typography.Paragraph type="secondary">
        {t('importColumnsHelp')} {t('importHeaderRow')}: {batch.headerRow}.
      </Typography.Paragraph>
      <Table<Mapping>
        rowKey="index"
        size="small"
        pagination={false}
        dataSource={columns}
        columns={[
          {
            title: t('importFileColumn'),
            render: (_, c) => (
              <Space>
                {`${c.letter} — ${c.header || '…'}`}
                {!c.column && c.header.trim() && <Tag color="warning">{t('importColumnNotUnderstood')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('importTargetColumn'),
            render: (_, c) => (
              <Select
                aria-label={`${c.letter} ${c.header}`}
                style={{ width: 280 }}
                disabled={!editable}
                showSearch={{ optionFilterProp: 'label' }}
                value={c.column ?? ''}
                options={options}
                onChange={(value: string) =>
                  setColumns(
                    columns.map((x) =>
                      x.index === c.index ? { ...x, column: (value || null) as ImportColumn | null } : x,
                    ),
                  )
                }
              />
            ),
          },
        ]}
      />
      {editable && (
        <Space style={{ marginTop: 16 }}>
          {changed && (
            <Checkbox checked={remember} onChange={(e) => setRemember(e.target.checked)}>
              {t('importRemember')}
            </Checkbox>
          )}
          <Button type="primary" onClick={saveAndCheck} loading={remapAndCheck.isPending || check.isPending}>
            {changed || batch.status === 'checked' ? t('importSaveAndCheck') : t('importCheck')}
          </Button>
        </Space>
      )}
      <ErrorAlert error={remapAndCheck.error ?? check.error} />
    </Card>
  );
}
