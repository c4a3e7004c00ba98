import { dayText } from '../../domain/calendar/dayText';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { PENDING_STATUSES, REQUEST_KIND_LABELS, REQUEST_STATUS_LABELS } from '../../domain/portalRequests/requestKinds';
import type { MyRequest } from '../../domain/portalRequests/requestSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { MessageComposer, RequestLines, RequestMessages } from './RequestLines';
import { STATUS_COLORS } from './requestStatusColors';
import { useMyRequestMutations, useMyRequests } from './usePortalRequests';

/** Yêu cầu của tôi: each request with its reference, deadline, outcome per field and messages. */
export function MyRequests() {
  const { t } = useLanguage();
  const requests = useMyRequests(true);
  return (
    <Card title={t('portalRequestsTitle')}>
      <ErrorAlert error={requests.error} />
      <List
        loading={requests.isPending}
        locale={{ emptyText: t('portalNoRequests') }}
        dataSource={requests.data ?? []}
        renderItem={(request) => <MyRequestItem request={request} />}
      />
    </Card>
  );
}

function MyRequestItem({ request }: { request: MyRequest }) {
  const { t, language } = useLanguage();
  const { cancel, write } = useMyRequestMutations();
  const pending = PENDING_STATUSES.includes(request.status);
  return (
    <List.Item data-testid={`request-${request.reference}`}>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{request.reference}</Typography.Text>
          <Typography.Text>{REQUEST_KIND_LABELS[request.kind][language]}</Typography.Text>
          <Tag color={STATUS_COLORS[request.status]}>{REQUEST_STATUS_LABELS[request.status][language]}</Tag>
        </Space>
        <Typography.Text type="secondary">
          {t('requestDue')}: {dayText(request.dueOn)}
          {request.caseCode && ` · ${t('requestCase')}: ${request.caseCode}`}
        </Typography.Text>
        <RequestLines lines={request.lines} />
        {request.reason && (
          <Typography.Text>
            {t('requestReason')}: {request.reason}
          </Typography.Text>
        )}
        <RequestMessages messages={request.messages} />
        {pending && (
          <>
            <MessageComposer
              send={(body, sent) => write.mutate({ id: request.id, body }, { onSuccess: sent })}
              sending={write.isPending}
            />
            <Button size="small" onClick={() => cancel.mutate(request.id)} loading={cancel.isPending}>
              {t('portalCancel')}
            </Button>
          </>
        )}
        <ErrorAlert error={cancel.error ?? write.error} />
      </Space>
    </List.Item>
  );
}
