import { ExportOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLanguage } from '../i18n/LanguageProvider';

/** The catalogue's public page, as investors see it. */
export function CataloguePublicLink() {
  const { t } = useLanguage();
  return (
    <Button icon={<ExportOutlined />} href="/public/catalogue" target="_blank">
      {t('cataloguePublicLink')}
    </Button>
  );
}
