import {
  AimOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  AuditOutlined,
  BankOutlined,
  CopyOutlined,
  DashboardOutlined,
  FileTextOutlined,
  GlobalOutlined,
  HomeOutlined,
  ImportOutlined,
  RollbackOutlined,
  SafetyOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { MenuProps } from 'antd';
import { can, type Role } from '../../domain/auth/roles';
import type { MessageKey } from '../i18n/messages';

type Item = NonNullable<MenuProps['items']>[number];

// Modules of the product plan; each becomes a link when its feature lands.
const UPCOMING: [MessageKey, React.ReactNode][] = [['menuForeignAffairs', <GlobalOutlined />]];

export function menuItems(role: Role, t: (key: MessageKey) => string): Item[] {
  const items: Item[] = [{ key: '/', icon: <DashboardOutlined />, label: t('menuDashboard') }];
  if (can(role, 'persons.read')) {
    items.push({ key: '/persons', icon: <UserOutlined />, label: t('menuPersons') });
    items.push({ key: '/relatives', icon: <HomeOutlined />, label: t('menuRelatives') });
  }
  if (can(role, 'persons.import')) items.push({ key: '/imports', icon: <ImportOutlined />, label: t('menuImports') });
  if (can(role, 'associations.read')) {
    items.push({ key: '/associations', icon: <TeamOutlined />, label: t('menuAssociations') });
  }
  if (can(role, 'experts.read')) items.push({ key: '/experts', icon: <TrophyOutlined />, label: t('menuExperts') });
  if (can(role, 'needs.write')) items.push({ key: '/needs', icon: <AimOutlined />, label: t('menuNeeds') });
  if (can(role, 'cases.work')) items.push({ key: '/cases', icon: <SafetyOutlined />, label: t('menuCases') });
  if (can(role, 'persons.read'))
    items.push({ key: '/returnees', icon: <RollbackOutlined />, label: t('returneesTitle') });
  if (can(role, 'plans.read')) items.push({ key: '/plans', icon: <FileTextOutlined />, label: t('menuPlans') });
  if (can(role, 'plans.report'))
    items.push({ key: '/my-tasks', icon: <CheckSquareOutlined />, label: t('menuMyTasks') });
  if (can(role, 'persons.read'))
    items.push({ key: '/statistics', icon: <BarChartOutlined />, label: t('menuStatistics') });
  if (can(role, 'duplicates.review')) {
    items.push({ key: '/duplicates', icon: <CopyOutlined />, label: t('menuDuplicates') });
  }
  for (const [key, icon] of UPCOMING) {
    items.push({
      key,
      icon,
      disabled: true,
      label: (
        <span>
          {t(key)} <Tag>{t('comingSoon')}</Tag>
        </span>
      ),
    });
  }
  const admin: Item[] = [];
  if (can(role, 'users.manage')) admin.push({ key: '/users', icon: <BankOutlined />, label: t('menuUsers') });
  if (can(role, 'agencies.manage'))
    admin.push({ key: '/agencies', icon: <ApartmentOutlined />, label: t('menuAgencies') });
  if (can(role, 'audit.read')) admin.push({ key: '/audit', icon: <AuditOutlined />, label: t('menuAudit') });
  if (admin.length) items.push({ key: 'admin', icon: <SettingOutlined />, label: t('menuAdmin'), children: admin });
  return items;
}
