import { Collapse, Space } from 'antd';
import { useLanguage } from '../i18n/LanguageProvider';
import { MyRequests } from './MyRequests';
import { PortalExpertise } from './PortalExpertise';
import { PortalHelp } from './PortalHelp';
import { PortalProposeChange } from './PortalProposeChange';
import { PortalRegister } from './PortalRegister';
import { PortalRights } from './PortalRights';

/**
 * What the portal offers besides the record: the person's requests and the forms to send them; one
 * whose account links no record yet registers first.
 */
export function PortalServices({ linked }: { linked: boolean }) {
  const { t } = useLanguage();
  const forms = [
    { key: 'change', label: t('portalProposeTitle'), children: <PortalProposeChange /> },
    { key: 'help', label: t('portalHelpTitle'), children: <PortalHelp /> },
    { key: 'expertise', label: t('portalExpertTitle'), children: <PortalExpertise /> },
    { key: 'rights', label: t('portalRightsTitle'), children: <PortalRights /> },
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {linked ? <Collapse items={forms} /> : <PortalRegister />}
      <MyRequests />
    </Space>
  );
}
