import { Tag } from 'antd';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { useLanguage } from '../i18n/LanguageProvider';

const COLORS: Record<ImportBatch['status'], string> = {
  uploaded: 'default',
  checked: 'blue',
  committing: 'processing',
  committed: 'green',
  rolled_back: 'orange',
  failed: 'red',
  expired: 'default',
  discarded: 'default',
};

export function ImportStatusTag({ status }: { status: ImportBatch['status'] }) {
  const { t } = useLanguage();
  return <Tag color={COLORS[status]}>{t(`importStatus_${status}`)}</Tag>;
}
