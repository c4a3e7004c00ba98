import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { useLanguage } from '../i18n/LanguageProvider';
import { usePairs } from './useDuplicates';

/** On a person's page: the open pairs this record is in, each a link to its review. */
export function PersonDuplicatesNotice({ personId }: { personId: string }) {
  const { t } = useLanguage();
  const pairs = usePairs({ status: 'open', page: 1, personId });
  const items = pairs.data?.items ?? [];
  if (!items.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      message={t('duplicatesOfPerson', { n: String(pairs.data?.total ?? items.length) })}
      description={items.map((pair) => {
        const other = pair.a.id === personId ? pair.b : pair.a;
        return (
          <div key={pair.id}>
            <Link to={`/duplicates/${pair.id}`}>
              {other.fullName} ({pair.score.toFixed(1)})
            </Link>
          </div>
        );
      })}
    />
  );
}
