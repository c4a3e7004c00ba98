import { Timeline, Typography } from 'antd';
import { formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useAgencyChanges } from './usePlans';

/** The province's reorganisations, oldest first: who merged into whom, who was renamed, what moved. */
export function AgencyChanges() {
  const { t } = useLanguage();
  const changes = useAgencyChanges();
  if (!changes.data?.length) return null;
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('agencyChanges')}
      </Typography.Title>
      <Timeline
        items={changes.data.map((change) => ({
          key: change.id,
          children: `${formatDate(change.onDate)} · ${
            change.kind === 'rename'
              ? t('agencyChangeRename', { old: change.oldName ?? '', new: change.newName ?? '' })
              : t(change.kind === 'merge' ? 'agencyChangeMerge' : 'agencyChangeSplit', {
                  from: change.from.map((f) => f.name).join(', '),
                  to: change.to.name,
                })
          }${change.decision ? ` (${change.decision})` : ''}`,
        }))}
      />
    </>
  );
}
