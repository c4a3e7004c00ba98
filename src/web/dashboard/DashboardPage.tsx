import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useMemo } from 'react';
import { can } from '../../domain/auth/roles';

import { api } from '../api/apiClient';
import { useSession } from '../auth/useSession';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountries, useProvinceName, useProvinces } from '../reference/useProvinces';
import { OverdueFollowUpsCard, OverdueTasksCard } from '../cases/OverdueCard';
import { MyTasksCard } from '../plans/MyTasksPage';
import { AffairsCard } from '../statistics/AffairsFigures';
import { EChart } from './EChart';
import { PersonCharts } from './PersonCharts';

export function DashboardPage() {
  const { t, language } = useLanguage();
  const session = useSession();
  const summary = useQuery({ queryKey: ['dashboard'], queryFn: () => api('GET /api/dashboard') });
  const provinces = useProvinces();
  const provinceNameOf = useProvinceName();
  const countries = useCountries();
  const provinceName = (code: string | null) => (code === null ? t('scopeNational') : provinceNameOf(code));

  // How the 63 former provinces were merged into the 34 of 2025, from the reference data.
  const mergeChart = useMemo((): EChartsOption | null => {
    const data = provinces.data;
    if (!data) return null;
    const rows = data.provinces
      .map((p) => ({
        name: language === 'vi' ? p.name : p.nameEn,
        parts: data.legacy.filter((l) => l.newCode === p.code),
      }))
      .sort((a, b) => a.parts.length - b.parts.length);
    return {
      grid: { left: 110, right: 16, top: 8, bottom: 24 },
      tooltip: {
        formatter: (p) => {
          const index = Array.isArray(p) ? p[0]?.dataIndex : p.dataIndex;
          return rows[index ?? -1]?.parts.map((l) => l.name).join(', ') ?? '';
        },
      },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: rows.map((r) => r.name) },
      series: [{ type: 'bar', data: rows.map((r) => r.parts.length), itemStyle: { color: '#b71c1c' } }],
    };
  }, [provinces.data, language]);

  return (
    <>
      <Typography.Title level={3}>
        {t('dashboardTitle')} — {provinceName(session.data?.user.provinceCode ?? null)}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('activeUsers')} value={summary.data?.activeUsers} loading={summary.isPending} />
          </Card>
        </Col>
        {summary.data?.auditEventsToday != null && (
          <Col xs={24} md={8}>
            <Card>
              <Statistic title={t('auditEventsToday')} value={summary.data.auditEventsToday} />
            </Card>
          </Col>
        )}
        {summary.data?.failedLoginsToday != null && (
          <Col xs={24} md={8}>
            <Card>
              <Statistic title={t('failedLoginsToday')} value={summary.data.failedLoginsToday} />
            </Card>
          </Col>
        )}
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('provinces2025')}
              value={provinces.data?.provinces.length}
              loading={provinces.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic
              title={t('legacyProvinces')}
              value={provinces.data?.legacy.length}
              loading={provinces.isPending}
            />
          </Card>
        </Col>
        <Col xs={24} md={8}>
          <Card>
            <Statistic title={t('countries')} value={countries.data?.length} loading={countries.isPending} />
          </Card>
        </Col>
        {session.data?.user.agencyId && (
          <Col xs={24} lg={12}>
            <MyTasksCard />
          </Col>
        )}
        {session.data && can(session.data.user.role, 'cases.work') && (
          <Col xs={24} lg={12}>
            <OverdueTasksCard />
          </Col>
        )}
        {session.data && can(session.data.user.role, 'persons.read') && (
          <Col xs={24} lg={12}>
            <OverdueFollowUpsCard />
          </Col>
        )}
        {session.data && can(session.data.user.role, 'persons.read') && can(session.data.user.role, 'affairs.read') && (
          <Col xs={24} lg={12}>
            <AffairsCard />
          </Col>
        )}
        {session.data && can(session.data.user.role, 'persons.read') && <PersonCharts />}
        <Col xs={24}>
          <Card title={t('mergeChartTitle')}>{mergeChart && <EChart option={mergeChart} height={760} />}</Card>
        </Col>
      </Row>
    </>
  );
}
