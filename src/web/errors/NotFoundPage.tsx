import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useLanguage } from '../i18n/LanguageProvider';

export function NotFoundPage() {
  const { t } = useLanguage();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('notFoundTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
