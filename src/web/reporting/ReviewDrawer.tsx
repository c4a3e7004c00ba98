import { App, Button, Drawer, Input, Space } from 'antd';
import { useState } from 'react';
import type { ReportingRequest, Response } from '../../domain/reporting/reportingSchemas';
import { mayDecide, type ReviewDecision } from '../../domain/reporting/reportingStatus';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { ResponseContent } from './ResponseContent';
import { ResponseStatusTag } from './ResponseStatusTag';
import { useReportingMutations } from './useReporting';

const DECISION_LABELS = { accept: 'reviewAccept', return: 'reviewReturn', approve: 'reviewApprove' } as const;

/** The Ministry reads a province's response and accepts, returns (with a comment), approves or un-approves it. */
export function ReviewDrawer(props: { request: ReportingRequest; response: Response | null; onClose: () => void }) {
  const { request, response, onClose } = props;
  const { t } = useLanguage();
  const { message } = App.useApp();
  const provinceName = useProvinceName();
  const { review, unapprove } = useReportingMutations();
  const [comment, setComment] = useState('');
  const done = () => {
    setComment('');
    void message.success(t('reviewDone'));
    onClose();
  };
  const decide = (decision: ReviewDecision) =>
    review.mutate(
      { id: response!.id, input: { decision, comment: comment || null, version: response!.version } },
      { onSuccess: done },
    );
  const reopen = () =>
    unapprove.mutate({ id: response!.id, input: { comment, version: response!.version } }, { onSuccess: done });
  return (
    <Drawer open={!!response} width={720} onClose={onClose} title={response && provinceName(response.provinceCode)}>
      {response && (
        <>
          <ResponseStatusTag standing={response.standing} />
          <ResponseContent request={request} response={response} />
          <ErrorAlert error={review.error ?? unapprove.error} />
          <Input.TextArea
            aria-label={t('reviewComment')}
            placeholder={t('reviewComment')}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            style={{ margin: '12px 0' }}
          />
          <Space wrap>
            {(['accept', 'return', 'approve'] as const)
              .filter((decision) => mayDecide(decision, response.status))
              .map((decision) => (
                <Button
                  key={decision}
                  type={decision === 'approve' ? 'primary' : 'default'}
                  danger={decision === 'return'}
                  loading={review.isPending}
                  onClick={() => decide(decision)}
                >
                  {t(DECISION_LABELS[decision])}
                </Button>
              ))}
            {response.status === 'approved' && (
              <Button danger loading={unapprove.isPending} onClick={reopen}>
                {t('reviewUnapprove')}
              </Button>
            )}
          </Space>
        </>
      )}
    </Drawer>
  );
}
