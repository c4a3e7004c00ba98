import { Alert, Button, Card, Popconfirm, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { evidenceLabel } from '../../domain/duplicates/evidenceLabels';
import { MERGE_FIELDS, type MergeField, type PairDetail } from '../../domain/duplicates/duplicateSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { countryName, sexLabel } from '../persons/labels';
import { useCountries, useProvinceName } from '../reference/useProvinces';
import { factText, FIELD_LABELS, listFacts, type FactHelpers } from './pairFacts';
import { ScoreTag } from './ScoreTag';
import { usePair, usePairMutations } from './useDuplicates';

type Side = 'a' | 'b';

/** One pair: the evidence, both records side by side, and the decision (merge, not a duplicate, defer). */
export function DuplicatePairPage() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const pair = usePair(Number(id));
  if (pair.error) return <ErrorAlert error={pair.error} />;
  if (!pair.data) return <Card loading />;
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <Link to="/duplicates">← {t('duplicatesBack')}</Link>
      </Space>
      <Typography.Title level={3}>
        {t('duplicatesPair')} <ScoreTag score={pair.data.score} /> <Tag>{t(`pairStatus_${pair.data.status}`)}</Tag>
      </Typography.Title>
      <Evidence pair={pair.data} />
      <Comparison
        key={`${pair.data.status}-${pair.data.persons.a.version}-${pair.data.persons.b.version}`}
        pair={pair.data}
      />
    </>
  );
}

function Evidence({ pair }: { pair: PairDetail }) {
  const { t, language } = useLanguage();
  return (
    <Card size="small" title={t('duplicatesEvidence')} style={{ marginBottom: 16 }}>
      <Space wrap>
        {pair.evidence.map((e) => (
          <Tag key={e.factor} color={e.weight > 0 ? 'green' : 'volcano'}>
            {evidenceLabel(e.factor, language)} {e.weight > 0 ? '+' : ''}
            {e.weight.toFixed(1)}
          </Tag>
        ))}
      </Space>
    </Card>
  );
}

function Comparison({ pair }: { pair: PairDetail }) {
  const { t, language } = useLanguage();
  const countries = useCountries();
  const province = useProvinceName();
  const { decide, merge, undo } = usePairMutations(pair.id);
  const [keep, setKeep] = useState<Side>('a');
  const [choices, setChoices] = useState<Partial<Record<MergeField, Side>>>({});
  const h: FactHelpers = {
    t,
    country: (code) => countryName(countries.data, code, language),
    province,
    sex: (sex) => sexLabel(sex, language),
  };
  const { a, b } = pair.persons;
  const open = pair.status === 'open' || pair.status === 'deferred';
  const chosen = (field: MergeField) => choices[field] ?? keep;
  const bLists = listFacts(b, h);
  const rows = [
    ...MERGE_FIELDS.map((field) => ({
      key: field,
      field,
      label: t(FIELD_LABELS[field]),
      a: factText(a, field, h),
      b: factText(b, field, h),
    })),
    ...listFacts(a, h).map(([label, text], i) => ({
      key: label,
      field: null,
      label: t(label),
      a: text,
      b: bLists[i]![1],
    })),
  ];
  const cell = (side: Side) => (text: string, row: (typeof rows)[number]) => {
    if (!open || !row.field || row.a === row.b) return text;
    const field = row.field;
    return (
      <Radio checked={chosen(field) === side} onChange={() => setChoices({ ...choices, [field]: side })}>
        {text}
      </Radio>
    );
  };
  const record = (side: Side) => (
    <Space direction="vertical" size={0}>
      <Link to={`/persons/${pair.persons[side].id}`}>
        {t(side === 'a' ? 'duplicatesRecordA' : 'duplicatesRecordB')}
      </Link>
      {open && (
        <Radio checked={keep === side} onChange={() => setKeep(side)}>
          {t('duplicatesKeep')}
        </Radio>
      )}
    </Space>
  );
  return (
    <Card>
      <ErrorAlert error={decide.error ?? merge.error ?? undo.error} />
      {open && <Alert type="info" showIcon message={t('duplicatesMergeHelp')} style={{ marginBottom: 16 }} />}
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        rowClassName={(row) => (row.a !== row.b ? 'pair-differs' : '')}
        columns={[
          { title: '', dataIndex: 'label', width: 200 },
          { title: record('a'), dataIndex: 'a', render: cell('a') },
          { title: record('b'), dataIndex: 'b', render: cell('b') },
        ]}
      />
      <Space style={{ marginTop: 16 }} wrap>
        {open && (
          <>
            <Popconfirm
              title={t('duplicatesMergeConfirm')}
              onConfirm={() => merge.mutate({ keep, choices, versions: { a: a.version, b: b.version } })}
            >
              <Button type="primary" loading={merge.isPending}>
                {t('duplicatesMerge')}
              </Button>
            </Popconfirm>
            <Button onClick={() => decide.mutate('not_duplicate')}>{t('duplicatesNotDuplicate')}</Button>
            {pair.status === 'open' && (
              <Button onClick={() => decide.mutate('deferred')}>{t('duplicatesDefer')}</Button>
            )}
          </>
        )}
        {pair.status === 'not_duplicate' && (
          <Button onClick={() => decide.mutate('open')}>{t('duplicatesReopen')}</Button>
        )}
        {pair.status === 'merged' && pair.mergeId !== null && (
          <Popconfirm title={t('duplicatesUndoConfirm')} onConfirm={() => undo.mutate()}>
            <Button danger loading={undo.isPending}>
              {t('duplicatesUndo')}
            </Button>
          </Popconfirm>
        )}
      </Space>
    </Card>
  );
}
