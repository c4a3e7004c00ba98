import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useLanguage } from '../i18n/LanguageProvider';

export function ForbiddenPage() {
  const { t } = useLanguage();
  return (
    <Result
      status="403"
      title="403"
      subTitle={t('forbiddenTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
