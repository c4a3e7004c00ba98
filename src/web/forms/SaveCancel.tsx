import { Button, Space } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLanguage } from '../i18n/LanguageProvider';

/** A form page's buttons: save (submits the form, spinning while `saving`) and cancel (back). */
export function SaveCancel({ saving }: { saving: boolean }) {
  const { t } = useLanguage();
  const navigate = useNavigate();
  return (
    <Space style={{ display: 'flex' }}>
      <Button type="primary" htmlType="submit" loading={saving}>
        {t('save')}
      </Button>
      <Button onClick={() => navigate(-1)}>{t('cancel')}</Button>
    </Space>
  );
}
