import { Space } from 'antd';
import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES } from '../../domain/consent/consentPurposes';
import type { ConsentSummary } from '../../domain/consent/consentSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import { ConsentTag } from './ConsentTab';

/** A person's state per purpose, each a tag after the purpose's name. */
export function ConsentSummaryTags({ consents }: { consents: ConsentSummary }) {
  const { language } = useLanguage();
  return (
    <Space direction="vertical" size={2}>
      {CONSENT_PURPOSES.map((purpose) => (
        <span key={purpose}>
          {CONSENT_PURPOSE_LABELS[purpose][language]}: <ConsentTag state={consents[purpose]} />
        </span>
      ))}
    </Space>
  );
}
