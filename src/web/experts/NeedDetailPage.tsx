import { Button, Card, Descriptions, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { WILLINGNESS_LABELS, type Willingness } from '../../domain/experts/expertFields';
import type { MatchReason } from '../../domain/experts/matchExperts';
import { needInputOf, type ExpertMatch, type ExpertSummary, type Need } from '../../domain/experts/expertSchemas';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import type { MessageKey } from '../i18n/messages';
import { useCountryName, useProvinceName } from '../reference/useProvinces';
import { ContactForm } from './ContactForm';
import { ContactTable } from './ContactTable';
import { fieldLabel, languageLabel } from './expertOptions';
import { expertColumns } from './ExpertsPage';
import { NeedForm } from './NeedForm';
import { ReleaseCell } from './ReleaseCell';
import { useNeed, useNeedContacts, useNeedMatches, useNeedMutations } from './useExperts';

const FIT_LABELS: Record<string, MessageKey> = {
  exact: 'matchExact',
  within: 'matchWithin',
  broader: 'matchBroader',
  related: 'matchRelated',
};

/** A need, the experts who fit it best with the reasons, and the outreach about it. */
export function NeedDetailPage() {
  const { id = '' } = useParams();
  return <Loaded query={useNeed(id)}>{(data) => <NeedCard need={data} />}</Loaded>;
}

function NeedCard({ need }: { need: Need }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const provinceName = useProvinceName();
  const [editing, setEditing] = useState(false);
  const { update } = useNeedMutations();
  const readsExperts = !!session.data && can(session.data.user.role, 'experts.read');
  const contacts = useNeedContacts(need.id, readsExperts);
  const toggle = () =>
    update.mutate({ id: need.id, input: { ...needInputOf(need), status: need.status === 'open' ? 'closed' : 'open' } });
  return (
    <Card
      title={need.title}
      extra={
        <Space>
          <Button onClick={() => setEditing(true)}>{t('edit')}</Button>
          <Button onClick={toggle} loading={update.isPending}>
            {need.status === 'open' ? t('needClose') : t('needReopen')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={update.error} />
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('needAgency')}>{need.agency}</Descriptions.Item>
        <Descriptions.Item label={t('province')}>{provinceName(need.provinceCode)}</Descriptions.Item>
        <Descriptions.Item label={t('expertFields')}>
          {need.fields.map((f) => (
            <Tag key={f}>{fieldLabel(f, language)}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('needStatus')}>
          {need.status === 'open' ? <Tag color="green">{t('needOpen')}</Tag> : <Tag>{t('needClosed')}</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label={t('expertLanguages')}>
          {need.languages.map((l) => languageLabel(l, language)).join(', ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('expertWillingness')}>
          {need.willingness.map((w) => labelOf(WILLINGNESS_LABELS, w, language)).join(', ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('needDeadline')}>{formatDate(need.deadline)}</Descriptions.Item>
        <Descriptions.Item label={t('recordedBy')}>{need.createdBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('needDescription')} span={2}>
          {need.description ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Matches
        need={need}
        contactable={!!session.data && can(session.data.user.role, 'experts.write')}
        linked={readsExperts}
      />
      {readsExperts && (
        <>
          <Typography.Title level={5}>{t('needContacts')}</Typography.Title>
          <ContactTable contacts={contacts.data} show="person" />
        </>
      )}
      <Modal
        open={editing}
        title={t('edit')}
        footer={null}
        onCancel={() => setEditing(false)}
        width={720}
        destroyOnHidden
      >
        <NeedForm need={need} onSaved={() => setEditing(false)} />
      </Modal>
    </Card>
  );
}

type MatchRow = ExpertSummary & Pick<ExpertMatch, 'score' | 'reasons' | 'release'>;

function Matches({ need, contactable, linked }: { need: Need; contactable: boolean; linked: boolean }) {
  const { t, language } = useLanguage();
  const countryName = useCountryName(language);
  const matches = useNeedMatches(need.id);
  const [contacting, setContacting] = useState<MatchRow | null>(null);
  const rows: MatchRow[] = (matches.data ?? []).map((m) => ({
    ...m.expert,
    score: m.score,
    reasons: m.reasons,
    release: m.release,
  }));
  const reason = (r: MatchReason) =>
    r.kind === 'field'
      ? `${fieldLabel(r.expert, language)} (${t(FIT_LABELS[r.how]!)}) +${r.points}`
      : `${r.kind === 'language' ? languageLabel(r.value, language) : labelOf(WILLINGNESS_LABELS, r.value as Willingness, language)} +${r.points}`;
  return (
    <>
      <Typography.Title level={5}>{t('needMatches')}</Typography.Title>
      <Table<MatchRow>
        rowKey="personId"
        data-testid="need-matches"
        loading={matches.isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('needNoMatches') }}
        style={{ marginBottom: 24 }}
        columns={[
          { title: t('needScore'), dataIndex: 'score' },
          ...expertColumns<MatchRow>({ t, language, countryName, linked }),
          {
            title: t('needReasons'),
            render: (_, m) => m.reasons.map((r) => <div key={JSON.stringify(r)}>{reason(r)}</div>),
          },
          ...(need.scope === 'national'
            ? [{ key: 'release', render: (_: unknown, m: MatchRow) => <ReleaseCell needId={need.id} match={m} /> }]
            : []),
          ...(contactable
            ? [
                {
                  key: 'contact',
                  render: (_: unknown, m: MatchRow) => (
                    <Button size="small" onClick={() => setContacting(m)}>
                      {t('expertAddContact')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={contacting !== null}
        title={`${t('expertAddContact')}: ${contacting?.fullName ?? ''}`}
        footer={null}
        onCancel={() => setContacting(null)}
        destroyOnHidden
      >
        {contacting && (
          <ContactForm personId={contacting.personId} needId={need.id} onDone={() => setContacting(null)} />
        )}
      </Modal>
    </>
  );
}
