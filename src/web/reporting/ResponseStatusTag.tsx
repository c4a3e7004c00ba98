import { Tag } from 'antd';
import { RESPONSE_STATUS_LABELS, type ResponseStanding } from '../../domain/reporting/reportingStatus';
import { useLanguage } from '../i18n/LanguageProvider';

const COLORS: Readonly<Record<ResponseStanding, string>> = {
  open: 'default',
  overdue: 'red',
  submitted: 'blue',
  returned: 'orange',
  accepted: 'cyan',
  approved: 'green',
};

/** Where a province's response stands, overdue in red. */
export function ResponseStatusTag({ standing }: { standing: ResponseStanding }) {
  const { language, t } = useLanguage();
  const label = standing === 'overdue' ? t('responseOverdue') : RESPONSE_STATUS_LABELS[standing][language];
  return <Tag color={COLORS[standing]}>{label}</Tag>;
}
