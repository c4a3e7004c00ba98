import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import { FIGURES } from '../../domain/plans/figures';
import type { ReportingRequestDetail, Response } from '../../domain/reporting/reportingSchemas';
import { useSession } from '../auth/useSession';
import { vietnamDayText } from '../../domain/calendar/dayText';
import { formatDate } from '../forms/dateField';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { ResponseForm } from './ResponseForm';
import { ResponseStatusTag } from './ResponseStatusTag';
import { ReviewDrawer } from './ReviewDrawer';
import { useReportingRequest } from './useReporting';

/** A request: for the Ministry every province's response to review, for a province its own to prepare. */
export function ReportingRequestPage() {
  const { id } = useParams();
  return <Loaded query={useReportingRequest(id)}>{(request) => <RequestView request={request} />}</Loaded>;
}

function RequestView({ request }: { request: ReportingRequestDetail }) {
  const { t, language } = useLanguage();
  const session = useSession();
  const reviews = !!session.data && can(session.data.user.role, 'reporting.issue');
  const responds = !!session.data && can(session.data.user.role, 'reporting.respond');
  return (
    <>
      <Typography.Title level={3}>
        {request.number}: {request.title}
      </Typography.Title>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('reportingIssuedOn')}>{formatDate(request.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('reportingDueOn')}>{formatDate(request.dueOn)}</Descriptions.Item>
        <Descriptions.Item label={t('reportingFigures')} span={2}>
          {request.figureKeys.map((key) => (
            <Tag key={key}>{FIGURES[key][language]}</Tag>
          ))}
        </Descriptions.Item>
        <Descriptions.Item label={t('reportingSections')} span={2}>
          {request.sections.join('; ')}
        </Descriptions.Item>
      </Descriptions>
      {reviews && <NationalView request={request} />}
      {responds && request.responses.map((r) => <ResponseForm key={r.id} request={request} response={r} />)}
    </>
  );
}

function NationalView({ request }: { request: ReportingRequestDetail }) {
  const { t } = useLanguage();
  const provinceName = useProvinceName();
  const [openId, setOpenId] = useState<string | null>(null);
  const [number, setNumber] = useState('');
  const [signer, setSigner] = useState('');
  const query = new URLSearchParams({ ...(number && { number }), ...(signer && { signerName: signer }) }).toString();
  return (
    <Card>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input placeholder={t('reportingDocNumber')} value={number} onChange={(e) => setNumber(e.target.value)} />
        <Input placeholder={t('reportingSigner')} value={signer} onChange={(e) => setSigner(e.target.value)} />
        <Button
          icon={<DownloadOutlined />}
          href={`/api/reporting-requests/${request.id}/national.docx${query ? `?${query}` : ''}`}
        >
          {t('reportingNationalDocx')}
        </Button>
      </Space>
      <Table<Response>
        rowKey="id"
        size="small"
        data-testid="province-responses"
        dataSource={request.responses}
        pagination={false}
        columns={[
          { title: t('province'), render: (_, r) => provinceName(r.provinceCode) },
          { title: t('reportingStatus'), render: (_, r) => <ResponseStatusTag standing={r.standing} /> },
          {
            title: t('reportingSubmittedAt'),
            render: (_, r) => (
              <Space>
                {r.submittedAt ? vietnamDayText(r.submittedAt) : '—'}
                {r.onTime === false && <Tag color="orange">{t('reportingLate')}</Tag>}
              </Space>
            ),
          },
          {
            title: '',
            render: (_, r) => (
              <Button
                size="small"
                onClick={() => setOpenId(r.id)}
                aria-label={`${t('reportingOpen')} ${provinceName(r.provinceCode)}`}
              >
                {t('reportingOpen')}
              </Button>
            ),
          },
        ]}
      />
      <ReviewDrawer
        request={request}
        response={request.responses.find((r) => r.id === openId) ?? null}
        onClose={() => setOpenId(null)}
      />
    </Card>
  );
}
