import { dayText } from '../../domain/calendar/dayText';
import { Descriptions, Drawer, Space, Spin, Tag } from 'antd';
import { PENDING_STATUSES, REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS } from '../../domain/portalRequests/requestKinds';
import type { RequestDetail } from '../../domain/portalRequests/requestSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { ChangeDecision, OutcomeDecision } from './RequestDecision';
import { MessageComposer, RequestLines, RequestMessages } from './RequestLines';
import { STATUS_COLORS } from './requestStatusColors';
import { useRequestDetail, useRequestMutations } from './useRequestQueue';

/** One request as the officer handles it: what was asked, the decision, the messages. */
export function RequestDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t, language } = useLanguage();
  const detail = useRequestDetail(id);
  const request = detail.data;
  return (
    <Drawer open width={720} onClose={onClose} title={request ? `${request.reference} · ${request.name}` : ''}>
      <ErrorAlert error={detail.error} />
      {!request ? (
        <Spin />
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('requestKind')}>
              {REQUEST_KIND_LABELS[request.kind][language]}
            </Descriptions.Item>
            <Descriptions.Item label={t('requestStatus')}>
              <Tag color={STATUS_COLORS[request.status]}>{REQUEST_STATUS_LABELS[request.status][language]}</Tag>
              {request.overdue && <Tag color="red">{t('requestOverdueTag')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('requestEmail')}>{request.email}</Descriptions.Item>
            <Descriptions.Item label={t('requestDue')}>{dayText(request.dueOn)}</Descriptions.Item>
            {request.caseCode && <Descriptions.Item label={t('requestCase')}>{request.caseCode}</Descriptions.Item>}
            {request.reason && <Descriptions.Item label={t('requestReason')}>{request.reason}</Descriptions.Item>}
          </Descriptions>
          {PENDING_STATUSES.includes(request.status) ? (
            <Decision request={request} />
          ) : (
            <RequestLines lines={request.lines} />
          )}
          <RequestMessages messages={request.messages} />
          {PENDING_STATUSES.includes(request.status) && <WriteToPerson id={request.id} />}
        </Space>
      )}
    </Drawer>
  );
}

function Decision({ request }: { request: RequestDetail }) {
  return request.kind === 'change' ? (
    <ChangeDecision request={request} />
  ) : (
    <>
      <RequestLines lines={request.lines} />
      <OutcomeDecision request={request} />
    </>
  );
}

function WriteToPerson({ id }: { id: string }) {
  const { write } = useRequestMutations(id);
  return (
    <>
      <MessageComposer send={(body, sent) => write.mutate(body, { onSuccess: sent })} sending={write.isPending} />
      <ErrorAlert error={write.error} />
    </>
  );
}
