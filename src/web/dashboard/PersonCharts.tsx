import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useLanguage } from '../i18n/LanguageProvider';
import { countryName } from '../persons/labels';
import { usePersonStats } from '../persons/usePersons';
import { useCountries, useProvinceName } from '../reference/useProvinces';
import { barOption } from './chartOptions';
import { EChart } from './EChart';

const TOP = 15;

/** Persons by country and by hometown province, from the registry, within the user's jurisdiction. */
export function PersonCharts() {
  const { t, language } = useLanguage();
  const stats = usePersonStats();
  const countries = useCountries();
  const provinceName = useProvinceName();
  const total = stats.data?.byCountry.reduce((sum, r) => sum + r.count, 0);
  const byCountry = useMemo(
    () =>
      barOption(
        (stats.data?.byCountry ?? [])
          .slice(0, TOP)
          .map((r) => ({ label: countryName(countries.data, r.code, language), count: r.count })),
      ),
    [stats.data, countries.data, language],
  );
  const byProvince = useMemo(
    () =>
      barOption(
        (stats.data?.byProvince ?? []).slice(0, TOP).map((r) => ({
          label: provinceName(r.code),
          count: r.count,
        })),
      ),
    [stats.data, provinceName],
  );
  return (
    <>
      <Col xs={24} md={8}>
        <Card>
          <Statistic title={t('totalPersons')} value={total} loading={stats.isPending} />
        </Card>
      </Col>
      <Col xs={24}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('personsByCountry')}>
              <EChart option={byCountry} height={420} />
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('personsByProvince')}>
              <EChart option={byProvince} height={420} />
            </Card>
          </Col>
        </Row>
      </Col>
    </>
  );
}
