import { Button, Card, Checkbox, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { MERGED_SCALARS } from '../../domain/imports/rowMerge';
import { usePersonFieldLabel } from '../persons/personFieldLabels';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useRowActions, useRowMatches } from './useRowMatches';

const PAGE_SIZE = 20;
type Scalar = (typeof MERGED_SCALARS)[number];
const ACTIONS = ['update', 'skip', 'create'] as const;
type RowMatch = NonNullable<ReturnType<typeof useRowMatches>['data']>['items'][number];

/**
 * Đối chiếu với dữ liệu đã có: the rows that are persons the registry holds, each to update, skip
 * or create anew (the proposal first), with what an update changes; a differing value is kept
 * unless the officer ticks it to overwrite.
 */
export function RowMatchesCard({ batch }: { batch: ImportBatch }) {
  const { t } = useLanguage();
  const [page, setPage] = useState(1);
  const matches = useRowMatches(batch.id, page, PAGE_SIZE);
  const choose = useRowActions(batch.id);
  const editable = batch.status === 'checked';
  const setRow = (m: RowMatch, action: RowMatch['action'], overwrite = m.overwrite) =>
    choose.mutate({ rows: [{ rowNumber: m.rowNumber, action, overwrite }] });
  const actionOptions = ACTIONS.map((a) => ({ value: a, label: t(`importAction_${a}`) }));

  return (
    <Card title={t('importMatchesTitle')} style={{ marginBottom: 24 }}>
      <Typography.Paragraph type="secondary">
        {t('importMatchesHelp', { update: batch.rowsUpdate ?? 0, skip: batch.rowsSkip ?? 0 })}
      </Typography.Paragraph>
      {editable && (
        <Space style={{ marginBottom: 16 }}>
          {ACTIONS.map((a) => (
            <Button key={a} onClick={() => choose.mutate({ all: a })} loading={choose.isPending}>
              {t(`importAllAction_${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <Table<RowMatch>
        rowKey="rowNumber"
        size="small"
        loading={matches.isPending}
        dataSource={matches.data?.items}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: matches.data?.total, onChange: setPage }}
        columns={[
          { title: t('importRow'), dataIndex: 'rowNumber', width: 70 },
          {
            title: t('importMatchedPerson'),
            render: (_, m) => <Link to={`/persons/${m.person.id}`}>{m.person.fullName}</Link>,
          },
          { title: t('importEvidence'), render: (_, m) => <Tag>{t(`importEvidence_${m.evidence}`)}</Tag> },
          {
            title: t('importChanges'),
            render: (_, m) =>
              m.changes.length ? (
                <Space direction="vertical" size={0}>
                  {m.changes.map((c) => (
                    <span key={c.field}>
                      <ChangeLine
                        match={m}
                        change={c}
                        editable={editable}
                        onOverwrite={(o) => setRow(m, 'update', o)}
                      />
                    </span>
                  ))}
                </Space>
              ) : (
                t('importNothingNew')
              ),
          },
          {
            title: t('importRowAction'),
            width: 170,
            render: (_, m) => (
              <Select
                aria-label={`${t('importRowAction')} ${m.rowNumber}`}
                style={{ width: 150 }}
                disabled={!editable}
                value={m.action}
                options={actionOptions}
                onChange={(action: RowMatch['action']) => setRow(m, action)}
              />
            ),
          },
        ]}
      />
      <ErrorAlert error={choose.error} />
    </Card>
  );
}

/** One change an update makes; a differing value is overwritten only when ticked. */
function ChangeLine(props: {
  match: RowMatch;
  change: RowMatch['changes'][number];
  editable: boolean;
  onOverwrite: (overwrite: Scalar[]) => void;
}) {
  const { t } = useLanguage();
  const fieldLabel = usePersonFieldLabel();
  const { match, change, editable } = props;
  const scalar = MERGED_SCALARS.find((f) => f === change.field);
  if (change.kind !== 'conflict' || !scalar) return <>{`${fieldLabel(change.field)}: + ${change.to}`}</>;
  const chosen = match.overwrite.includes(scalar);
  return (
    <Checkbox
      disabled={!editable}
      checked={chosen}
      onChange={(e) =>
        props.onOverwrite(e.target.checked ? [...match.overwrite, scalar] : match.overwrite.filter((f) => f !== scalar))
      }
    >
      {`${fieldLabel(change.field)}: ${change.from} → ${change.to} (${t('importOverwrite')})`}
    </Checkbox>
  );
}
