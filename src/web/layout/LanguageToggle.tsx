import { GlobalOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useLanguage } from '../i18n/LanguageProvider';

export function LanguageToggle() {
  const { t, toggleLanguage } = useLanguage();
  return (
    <Button type="text" icon={<GlobalOutlined />} onClick={toggleLanguage} data-testid="language-toggle">
      {t('language')}
    </Button>
  );
}
