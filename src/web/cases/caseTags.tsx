import { Tag } from 'antd';
import { CASE_STATUS_LABELS, URGENCY_LABELS, type CaseStatus, type Urgency } from '../../domain/cases/caseCategories';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';

const URGENCY_COLORS: Readonly<Record<Urgency, string>> = {
  low: 'default',
  normal: 'blue',
  high: 'orange',
  critical: 'red',
};
const STATUS_COLORS: Readonly<Record<CaseStatus, string>> = {
  received: 'gold',
  verifying: 'cyan',
  assisting: 'blue',
  resolved: 'green',
  closed: 'default',
};

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { language } = useLanguage();
  return <Tag color={URGENCY_COLORS[urgency]}>{labelOf(URGENCY_LABELS, urgency, language)}</Tag>;
}

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { language } = useLanguage();
  return <Tag color={STATUS_COLORS[status]}>{labelOf(CASE_STATUS_LABELS, status, language)}</Tag>;
}
