import { Button, Space, Tag, Typography } from 'antd';
import { CONTACT_RELEASE_STATUS_LABELS } from '../../domain/experts/contactReleaseSchemas';
import type { ExpertMatch } from '../../domain/experts/expertSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import { useReleaseMutations } from './useContactReleases';

const COLORS = { pending: 'orange', approved: 'green', refused: 'red' } as const;

/** A national need's expert: ask their province for the contacts, then see where it stands (and the contacts). */
export function ReleaseCell({
  needId,
  match,
}: {
  needId: string;
  match: { personId: string; release: ExpertMatch['release'] };
}) {
  const { t, language } = useLanguage();
  const { request } = useReleaseMutations();
  const release = match.release;
  if (!release)
    return (
      <Button
        size="small"
        loading={request.isPending}
        onClick={() => request.mutate({ needId, personId: match.personId })}
      >
        {t('releaseAsk')}
      </Button>
    );
  return (
    <Space direction="vertical" size={0}>
      <Tag color={COLORS[release.status]}>{CONTACT_RELEASE_STATUS_LABELS[release.status][language]}</Tag>
      {release.contact && (
        <Typography.Text copyable>{[...release.contact.phones, ...release.contact.emails].join(' · ')}</Typography.Text>
      )}
    </Space>
  );
}
