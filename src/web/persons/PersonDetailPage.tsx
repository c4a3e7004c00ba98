import { Alert, App, Button, Card, Descriptions, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { SendReturneeReferral } from '../referrals/SendReferralModal';
import { formatPartialDate } from '../../domain/persons/partialDate';
import type { Person } from '../../domain/persons/personSchemas';
import { PersonAssociations } from '../associations/PersonAssociations';
import { useSession } from '../auth/useSession';
import { ExpertProfileTab } from '../experts/ExpertProfileTab';
import { PersonDuplicatesNotice } from '../duplicates/PersonDuplicatesNotice';
import { ConsentSummaryTags } from '../consent/ConsentSummaryTags';
import { ConsentTab } from '../consent/ConsentTab';
import { InvitePortalButton } from '../portal/InvitePortalButton';
import { useLanguage } from '../i18n/LanguageProvider';
import { usePersonFieldLabel } from './personFieldLabels';
import { useCommunes, useCountries, useProvinceName, useProvinces } from '../reference/useProvinces';
import { categoryLabel, countryName, sexLabel } from './labels';
import { usePerson, usePersonHistory, usePersonMutations } from './usePersons';

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const person = usePerson(id);
  const session = useSession();
  const reviewsDuplicates = !!session.data && can(session.data.user.role, 'duplicates.review');
  const readsAssociations = !!session.data && can(session.data.user.role, 'associations.read');
  const readsExperts = !!session.data && can(session.data.user.role, 'experts.read');
  const writesPersons = !!session.data && can(session.data.user.role, 'persons.write');
  if (person.error) return <Alert type="error" showIcon title={person.error.message} />;
  if (!person.data) return <Spin />;
  return (
    <Card title={<PersonTitle person={person.data} />} extra={<PersonActions person={person.data} />}>
      {reviewsDuplicates && !person.data.deletedAt && <PersonDuplicatesNotice personId={id} />}
      <Tabs
        items={[
          { key: 'profile', label: t('tabProfile'), children: <Profile person={person.data} /> },
          {
            key: 'relatives',
            label: `${t('tabRelatives')} (${person.data.relatives.length})`,
            children: <Relatives person={person.data} />,
          },
          ...(readsExperts
            ? [{ key: 'expert', label: t('expertTab'), children: <ExpertProfileTab personId={id} /> }]
            : []),
          ...(readsAssociations
            ? [{ key: 'associations', label: t('associationOfPerson'), children: <PersonAssociations personId={id} /> }]
            : []),
          {
            key: 'consent',
            label: t('consentTab'),
            children: <ConsentTab personId={id} mayRecord={writesPersons && !person.data.deletedAt} />,
          },
          { key: 'history', label: t('tabHistory'), children: <History id={id} /> },
        ]}
      />
    </Card>
  );
}

function PersonTitle({ person }: { person: Person }) {
  const { t } = useLanguage();
  return (
    <Space>
      {person.fullName}
      {person.deletedAt && <Tag color="red">{t('deleted')}</Tag>}
      <Typography.Text type="secondary">v{person.version}</Typography.Text>
    </Space>
  );
}

function PersonActions({ person }: { person: Person }) {
  const { t } = useLanguage();
  const session = useSession();
  const navigate = useNavigate();
  const { modal } = App.useApp();
  const { remove, restore } = usePersonMutations();
  const role = session.data?.user.role;
  // A mission refers its citizens home; it does not change the province's record.
  if (role === 'mission_officer' && !person.deletedAt) return <SendReturneeReferral person={person} />;
  if (!role || !can(role, 'persons.write')) return null;
  if (person.deletedAt) return <Button onClick={() => restore.mutate(person.id)}>{t('restore')}</Button>;
  return (
    <Space>
      <Button type="primary" onClick={() => navigate(`/persons/${person.id}/edit`)}>
        {t('edit')}
      </Button>
      <InvitePortalButton person={person} />
      <Button
        danger
        onClick={() =>
          modal.confirm({
            title: t('confirmDelete'),
            onOk: () => remove.mutateAsync(person.id).then(() => navigate('/persons')),
          })
        }
      >
        {t('delete')}
      </Button>
    </Space>
  );
}

function Profile({ person }: { person: Person }) {
  const { t, language } = useLanguage();
  const countries = useCountries();
  const provinces = useProvinces();
  const provinceName = useProvinceName();
  const legacyName = (code: string | null) => provinces.data?.legacy.find((p) => p.code === code)?.name;
  const list = (values: string[]) => (values.length ? values.join(', ') : '—');
  const legacy = legacyName(person.hometownLegacyProvinceCode);
  return (
    <Descriptions bordered column={{ xs: 1, md: 2 }} size="small">
      <Descriptions.Item label={t('fullName')}>{person.fullName}</Descriptions.Item>
      <Descriptions.Item label={t('alias')}>{list(person.aliases.map((a) => a.name))}</Descriptions.Item>
      <Descriptions.Item label={t('sex')}>{sexLabel(person.sex, language)}</Descriptions.Item>
      <Descriptions.Item label={t('birthDate')}>
        {person.birthDate ? formatPartialDate(person.birthDate) : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('residenceCountry')}>
        {countryName(countries.data, person.residenceCountry, language)}
      </Descriptions.Item>
      <Descriptions.Item label={t('residenceCity')}>{person.residenceCity ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('addressAbroad')}>{person.addressAbroad ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('nationalities')}>
        {list(person.nationalities.map((c) => countryName(countries.data, c, language)))}
      </Descriptions.Item>
      <Descriptions.Item label={t('hometown')}>
        {person.hometownText ?? '—'} → <HometownCommuneName person={person} />
        <b>{provinceName(person.hometownProvinceCode)}</b>
        {legacy && ` (${t('legacyShort')}: ${legacy})`}
      </Descriptions.Item>
      <Descriptions.Item label={t('category')}>
        {person.categories.map((c) => (
          <Tag key={c}>{categoryLabel(c, language)}</Tag>
        ))}
      </Descriptions.Item>
      <Descriptions.Item label={t('expertise')}>{list(person.expertise)}</Descriptions.Item>
      <Descriptions.Item label={t('occupation')}>{person.occupation ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('phone')}>{list(person.phones)}</Descriptions.Item>
      <Descriptions.Item label={t('email')}>{list(person.emails)}</Descriptions.Item>
      <Descriptions.Item label={t('documentNumber')}>
        {list(person.identityDocuments.map((d) => `${t(`doc_${d.type}`)} ${d.number} (${d.issuingCountry})`))}
      </Descriptions.Item>
      <Descriptions.Item label={t('consentTab')}>
        <ConsentSummaryTags consents={person.consents} />
      </Descriptions.Item>
      <Descriptions.Item label={t('source')}>
        {[provinceName(person.sourceProvinceCode), person.sourceAgency, person.sourceAssociation]
          .filter(Boolean)
          .join(' · ')}
      </Descriptions.Item>
      <Descriptions.Item label={t('notes')}>{person.notes ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('updated')}>
        {new Date(person.updatedAt).toLocaleString(language)} — {person.updatedBy ?? '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

function Relatives({ person }: { person: Person }) {
  const { t } = useLanguage();
  const provinceName = useProvinceName();
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={person.relatives}
      locale={{ emptyText: t('noRelatives') }}
      columns={[
        { title: t('fullName'), render: (_, r) => <Link to={`/relatives/${r.id}`}>{r.fullName}</Link> },
        { title: t('relationship'), dataIndex: 'relationship' },
        { title: t('phone'), dataIndex: 'phone' },
        { title: t('address'), dataIndex: 'address' },
        {
          title: t('province'),
          dataIndex: 'provinceCode',
          render: provinceName,
        },
      ]}
    />
  );
}

function History({ id }: { id: string }) {
  const { t, language } = useLanguage();
  const fieldLabel = usePersonFieldLabel();
  const history = usePersonHistory(id);
  const show = (value: unknown) =>
    value === null || value === undefined ? '∅' : typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Timeline
      items={history.data?.map((change) => ({
        key: change.id,
        children: (
          <div data-testid="history-entry">
            <b>{t(`history_${change.action}`)}</b> · v{change.version} ·{' '}
            {new Date(change.changedAt).toLocaleString(language)} · {change.changedBy ?? '—'}
            {change.action !== 'create' && (
              <ul>
                {change.changes.map((c) => (
                  <li key={c.field}>
                    {fieldLabel(c.field)}: {show(c.from)} → {show(c.to)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}

/** The 2025 commune of the hometown, or the communes a split old one went to. */
function HometownCommuneName({ person }: { person: Person }) {
  const { t } = useLanguage();
  const communes = useCommunes(person.hometownProvinceCode);
  const name = (code: string) => communes.data?.find((c) => c.code === code)?.fullName ?? code;
  if (person.hometownCommuneCode) return <b>{name(person.hometownCommuneCode)}, </b>;
  if (!person.hometownCommuneCandidates.length) return null;
  return <>{`${t('communeCandidates')}: ${person.hometownCommuneCandidates.map(name).join(' / ')}; `}</>;
}
