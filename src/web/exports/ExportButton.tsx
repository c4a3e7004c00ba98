import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { queryString } from '../api/apiClient';
import { useLanguage } from '../i18n/LanguageProvider';

/** Downloads the list as filtered on screen: `<path>.xlsx` or `.csv` with the same filters. */
export function ExportButton({
  path,
  filters,
}: {
  path: string;
  filters: Record<string, string | number | undefined>;
}) {
  const { t } = useLanguage();
  return (
    <Dropdown
      menu={{
        items: EXPORT_FORMATS.map((format) => ({
          key: format,
          label: <a href={`${path}.${format}${queryString(filters)}`}>{format.toUpperCase()}</a>,
        })),
      }}
    >
      <Button icon={<DownloadOutlined />}>{t('exportList')}</Button>
    </Dropdown>
  );
}
