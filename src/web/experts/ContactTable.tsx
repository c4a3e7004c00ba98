import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { CONTACT_CHANNEL_LABELS, CONTACT_OUTCOME_LABELS } from '../../domain/experts/expertFields';
import type { Contact } from '../../domain/experts/expertSchemas';
import { formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';

/** Outreach rows: when, who (for a need's list) or about which need (for a person's), how, what came of it. */
export function ContactTable({ contacts, show }: { contacts: Contact[] | undefined; show: 'person' | 'need' }) {
  const { t, language } = useLanguage();
  return (
    <Table<Contact>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={contacts}
      locale={{ emptyText: t('expertNoContacts') }}
      columns={[
        { title: t('contactDate'), render: (_, c) => formatDate(c.contactedOn) },
        show === 'person'
          ? { title: t('fullName'), render: (_, c) => <Link to={`/persons/${c.personId}`}>{c.fullName}</Link> }
          : {
              title: t('contactNeed'),
              render: (_, c) => (c.needId ? <Link to={`/needs/${c.needId}`}>{c.needTitle}</Link> : '—'),
            },
        { title: t('contactChannel'), render: (_, c) => labelOf(CONTACT_CHANNEL_LABELS, c.channel, language) },
        { title: t('contactSummary'), dataIndex: 'summary' },
        { title: t('contactOutcome'), render: (_, c) => labelOf(CONTACT_OUTCOME_LABELS, c.outcome, language) },
        { title: t('recordedBy'), dataIndex: 'createdBy' },
      ]}
    />
  );
}
