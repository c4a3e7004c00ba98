import {
  ContactsOutlined,
  IdcardOutlined,
  PartitionOutlined,
  SwapOutlined,
  InboxOutlined,
  AimOutlined,
  ApartmentOutlined,
  BarChartOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  AuditOutlined,
  MailOutlined,
  BankOutlined,
  CopyOutlined,
  DashboardOutlined,
  FileTextOutlined,
  GlobalOutlined,
  HeartOutlined,
  HomeOutlined,
  ImportOutlined,
  RollbackOutlined,
  SafetyOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  TrophyOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { can, unitOfRole, type Role } from '../../domain/auth/roles';
import {
  AGREEMENTS,
  BUSINESSES,
  CATALOGUE,
  COMMENDATIONS,
  DELEGATIONS,
  DONATIONS,
  EVENTS,
  INVESTMENT_ISSUES,
  INVESTMENT_PROJECTS,
  NGO_PROJECTS,
} from '../../domain/registers/affairsRegisters';
import {
  LABOUR_COOPERATION,
  MEDIA_VISITS,
  MERIT_ABROAD,
  NEIGHBOUR_PROJECTS,
  RELIGIOUS_VISITS,
  SCHOLARSHIPS,
  TRADE_PARTNERS,
  TRAINING_COURSES,
} from '../../domain/registers/engagementRegisters';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import type { MessageKey } from '../i18n/messages';
import type { Language } from '../../domain/text/texts';

type Item = NonNullable<MenuProps['items']>[number];

// The foreign-affairs registers, grouped as the Sở Ngoại vụ's work is.
const REGISTER_GROUPS: [MessageKey, ReactNode, RegisterSpec[]][] = [
  [
    'menuForeignAffairs',
    <GlobalOutlined />,
    [AGREEMENTS, DELEGATIONS, NGO_PROJECTS, NEIGHBOUR_PROJECTS, SCHOLARSHIPS, TRAINING_COURSES, LABOUR_COOPERATION],
  ],
  ['menuBusinesses', <ShopOutlined />, [BUSINESSES, INVESTMENT_PROJECTS, INVESTMENT_ISSUES, CATALOGUE, TRADE_PARTNERS]],
  ['menuEvents', <CalendarOutlined />, [EVENTS, DONATIONS, COMMENDATIONS]],
  ['menuCommunityWork', <HeartOutlined />, [MEDIA_VISITS, RELIGIOUS_VISITS, MERIT_ABROAD]],
];

/** The submenu holding a path, to open it on arrival. */
export const groupOfPath = (path: string): string | undefined =>
  REGISTER_GROUPS.find(([, , specs]) => specs.some((s) => path.startsWith(`/${s.key}`)))?.[0];

export function menuItems(role: Role, t: (key: MessageKey) => string, language: Language): Item[] {
  const items: Item[] = [];
  if (can(role, 'dashboard.read')) items.push({ key: '/', icon: <DashboardOutlined />, label: t('menuDashboard') });
  if (can(role, 'persons.read')) {
    items.push({ key: '/persons', icon: <UserOutlined />, label: t('menuPersons') });
    items.push({ key: '/relatives', icon: <HomeOutlined />, label: t('menuRelatives') });
  }
  if (can(role, 'persons.import')) items.push({ key: '/imports', icon: <ImportOutlined />, label: t('menuImports') });
  if (can(role, 'associations.read')) {
    items.push({ key: '/associations', icon: <TeamOutlined />, label: t('menuAssociations') });
  }
  if (can(role, 'experts.read')) items.push({ key: '/experts', icon: <TrophyOutlined />, label: t('menuExperts') });
  if (can(role, 'needs.write')) {
    items.push({ key: '/needs', icon: <AimOutlined />, label: t('menuNeeds') });
    items.push({ key: '/contact-releases', icon: <ContactsOutlined />, label: t('releasesTitle') });
  }
  if (can(role, 'persons.register'))
    items.push({ key: '/consular-registration', icon: <IdcardOutlined />, label: t('consularTitle') });
  if (can(role, 'cases.work')) {
    items.push({ key: '/cases', icon: <SafetyOutlined />, label: t('menuCases') });
    items.push({ key: '/referrals', icon: <SwapOutlined />, label: t('menuReferrals') });
  }
  if (can(role, 'portal.review')) items.push({ key: '/requests', icon: <InboxOutlined />, label: t('menuRequests') });
  // Returns are the province's to follow: a commune or a mission sees none.
  if (can(role, 'persons.read') && !unitOfRole(role))
    items.push({ key: '/returnees', icon: <RollbackOutlined />, label: t('returneesTitle') });
  if (can(role, 'plans.read')) items.push({ key: '/plans', icon: <FileTextOutlined />, label: t('menuPlans') });
  if (can(role, 'plans.report'))
    items.push({ key: '/my-tasks', icon: <CheckSquareOutlined />, label: t('menuMyTasks') });
  if (can(role, 'reporting.read'))
    items.push({ key: '/reporting', icon: <ClusterOutlined />, label: t('menuReporting') });
  if (can(role, 'statistics.read'))
    items.push({ key: '/statistics', icon: <BarChartOutlined />, label: t('menuStatistics') });
  if (can(role, 'duplicates.review')) {
    items.push({ key: '/duplicates', icon: <CopyOutlined />, label: t('menuDuplicates') });
  }
  if (can(role, 'affairs.read')) {
    for (const [key, icon, specs] of REGISTER_GROUPS) {
      const children = specs.map((spec) => ({ key: `/${spec.key}`, label: spec.title[language] }));
      items.push({ key, icon, label: t(key), children });
    }
  }
  const admin: Item[] = [];
  if (can(role, 'users.manage')) {
    admin.push({ key: '/users', icon: <BankOutlined />, label: t('menuUsers') });
    admin.push({ key: '/org-units', icon: <PartitionOutlined />, label: t('menuOrgUnits') });
  }
  if (can(role, 'agencies.manage'))
    admin.push({ key: '/agencies', icon: <ApartmentOutlined />, label: t('menuAgencies') });
  if (can(role, 'audit.read')) admin.push({ key: '/audit', icon: <AuditOutlined />, label: t('menuAudit') });
  if (can(role, 'outbox.read')) admin.push({ key: '/outbox', icon: <MailOutlined />, label: t('menuOutbox') });
  if (admin.length) items.push({ key: 'admin', icon: <SettingOutlined />, label: t('menuAdmin'), children: admin });
  return items;
}
