import { Descriptions, Timeline, Typography } from 'antd';
import { FIGURES } from '../../domain/plans/figures';
import type { ReportingRequest, Response } from '../../domain/reporting/reportingSchemas';
import { vietnamDayText } from '../../domain/calendar/dayText';
import { useLanguage } from '../i18n/LanguageProvider';

/** What a province sent: its figures, each text section, and the steps it went through. */
export function ResponseContent({ request, response }: { request: ReportingRequest; response: Response }) {
  const { t, language } = useLanguage();
  return (
    <>
      <Descriptions bordered size="small" column={1} data-testid="response-figures">
        {request.figureKeys.map((key) => (
          <Descriptions.Item key={key} label={`${FIGURES[key][language]} (${FIGURES[key].unit})`}>
            {response.figures[key]?.toLocaleString('vi-VN') ?? '—'}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {request.sections.map((title, i) => (
        <div key={title}>
          <Typography.Title level={5}>{title}</Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{response.sections[i] || '—'}</Typography.Paragraph>
        </div>
      ))}
      <Typography.Title level={5}>{t('responseHistory')}</Typography.Title>
      <Timeline
        items={response.history.map((step) => ({
          children: `${vietnamDayText(step.at)} · ${t(`responseEvent_${step.kind}`)}${step.by ? ` · ${step.by}` : ''}${step.comment ? `: ${step.comment}` : ''}`,
        }))}
      />
    </>
  );
}
