import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useLanguage } from '../i18n/LanguageProvider';

/** The 403 and 404 pages: what happened and the way back home. */
export function StatusPage({ status }: { status: 403 | 404 }) {
  const { t } = useLanguage();
  return (
    <Result
      status={status}
      title={status}
      subTitle={t(status === 403 ? 'forbiddenTitle' : 'notFoundTitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('backHome')}</Button>
        </Link>
      }
    />
  );
}
