import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { ASSOCIATION_KIND_LABELS } from '../../domain/associations/categories';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { useAssociationList } from './useAssociations';

/** The associations a person is a member of (on the person's page). */
export function PersonAssociations({ personId }: { personId: string }) {
  const { t, language } = useLanguage();
  const list = useAssociationList({ personId, page: 1, pageSize: 100 });
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      loading={list.isPending}
      dataSource={list.data?.items}
      locale={{ emptyText: t('associationNoMemberships') }}
      columns={[
        { title: t('associationName'), render: (_, a) => <Link to={`/associations/${a.id}`}>{a.name}</Link> },
        { title: t('associationKind'), render: (_, a) => labelOf(ASSOCIATION_KIND_LABELS, a.kind, language) },
      ]}
    />
  );
}
