import { Button, Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router-dom';
import { CASE_TYPE_LABELS } from '../../domain/cases/caseCategories';
import type { CaseDetail } from '../../domain/cases/caseSchemas';
import { formatDate } from '../forms/dateField';
import { labelOf } from '../i18n/labelOf';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName, useProvinceName } from '../reference/useProvinces';
import { CaseActions } from './CaseActions';
import { CaseFiles } from './CaseFiles';
import { CasePersons } from './CasePersons';
import { CaseTasks } from './CaseTasks';
import { CaseTimeline } from './CaseTimeline';
import { CaseStatusTag, UrgencyTag } from './caseTags';
import { useCase } from './useCases';

/** One case: what happened, its workflow, persons, tasks, files and timeline. */
export function CaseDetailPage() {
  const { id = '' } = useParams();
  return <Loaded query={useCase(id)}>{(data) => <CaseCard theCase={data} />}</Loaded>;
}

function CaseCard({ theCase: c }: { theCase: CaseDetail }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const countryName = useCountryName(language);
  const provinceName = useProvinceName();
  const section = (title: Parameters<typeof t>[0]) => <Typography.Title level={5}>{t(title)}</Typography.Title>;
  return (
    <Card
      title={
        <Space>
          {c.code}
          <CaseStatusTag status={c.status} />
          <UrgencyTag urgency={c.urgency} />
          <Typography.Text type="secondary">v{c.version}</Typography.Text>
        </Space>
      }
      extra={c.held && <Button onClick={() => navigate(`/cases/${c.id}/edit`)}>{t('edit')}</Button>}
    >
      <Typography.Title level={4}>{c.title}</Typography.Title>
      {c.held && <CaseActions theCase={c} />}
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('caseType')}>{labelOf(CASE_TYPE_LABELS, c.type, language)}</Descriptions.Item>
        <Descriptions.Item label={t('caseCountry')}>
          {[countryName(c.country), c.location].filter(Boolean).join(', ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('caseOccurredOn')}>{formatDate(c.occurredOn)}</Descriptions.Item>
        <Descriptions.Item label={t('caseReceived')}>
          {new Date(c.receivedAt).toLocaleString(language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('caseReportedBy')}>{c.reportedBy ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('province')}>{c.mission?.name ?? provinceName(c.provinceCode)}</Descriptions.Item>
        <Descriptions.Item label={t('caseAssigned')}>{c.assignedTo?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('caseHandledBy')}>
          {c.handledBy ?? '—'}
          {c.escalatedToMinistry && ` · ${t('caseMinistry')}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('caseSummary')} span={2}>
          {c.summary ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('caseOutcome')} span={2}>
          {c.outcome ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      <Row gutter={24}>
        <Col xs={24} lg={14}>
          {section('caseTasks')}
          <CaseTasks theCase={c} />
          <div style={{ height: 24 }} />
          {section('casePersons')}
          <CasePersons theCase={c} />
          <div style={{ height: 24 }} />
          {section('caseFiles')}
          <CaseFiles theCase={c} />
        </Col>
        <Col xs={24} lg={10}>
          {section('caseTimeline')}
          <CaseTimeline theCase={c} />
        </Col>
      </Row>
    </Card>
  );
}
