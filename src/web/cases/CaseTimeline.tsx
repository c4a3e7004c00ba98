import { Button, Form, Input, Timeline, Typography } from 'antd';
import { CASE_STATUS_LABELS, type CaseStatus } from '../../domain/cases/caseCategories';
import type { CaseDetail, CaseEvent } from '../../domain/cases/caseSchemas';
import { REFERRAL_STATUSES, REFERRAL_STATUS_LABELS } from '../../domain/referrals/referralSchemas';
import { labelOf } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { useCaseMutations } from './useCases';

/** Every action on a case, newest first, and a note to add to it. */
export function CaseTimeline({ theCase }: { theCase: CaseDetail }) {
  const { t, language } = useLanguage();
  const { addNote } = useCaseMutations(theCase.id);
  const [form] = Form.useForm<{ text: string }>();
  const describe = useEventText();
  return (
    <>
      <Form
        form={form}
        layout="inline"
        style={{ marginBottom: 16 }}
        onFinish={(values) => addNote.mutate(values, { onSuccess: () => form.resetFields() })}
      >
        <Form.Item name="text" rules={[{ required: true, message: t('caseNote') }]} style={{ flex: 1 }}>
          <Input.TextArea rows={1} placeholder={t('caseNote')} />
        </Form.Item>
        <Button htmlType="submit" loading={addNote.isPending}>
          {t('caseAddNote')}
        </Button>
      </Form>
      <Timeline
        items={theCase.timeline.map((event) => ({
          key: event.id,
          children: (
            <div data-testid="case-event">
              <Typography.Text strong>{t(`caseEvent_${event.kind}` as const)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {new Date(event.at).toLocaleString(language)} · {event.by ?? ''}
              </Typography.Text>
              <div>{describe(event)}</div>
            </div>
          ),
        }))}
      />
    </>
  );
}

/** The line under an event: what changed, as the timeline tells it. */
function useEventText() {
  const { t, language } = useLanguage();
  const provinceName = useProvinceName();
  const status = (value: unknown) => labelOf(CASE_STATUS_LABELS, value as CaseStatus, language);
  return (event: CaseEvent): string => {
    const d = event.details as Record<string, string | null | undefined>;
    const note = d.note ? ` — ${d.note}` : '';
    switch (event.kind) {
      case 'status':
      case 'reopened':
        return `${status(d.from)} → ${status(d.to)}${note}`;
      case 'note':
        return d.text ?? '';
      case 'task_added':
      case 'task_done':
      case 'task_reopened':
        return d.title ?? '';
      case 'person_linked':
        return d.name ?? '';
      case 'attachment':
        return d.fileName ?? '';
      case 'referred':
        return (
          (d.to === 'agency'
            ? (d.agency ?? '')
            : d.to === 'ministry'
              ? t('caseReferMinistry')
              : provinceName(d.provinceCode ?? null)) + note
        );
      case 'referral': {
        const step = REFERRAL_STATUSES.find((s) => s === d.status);
        return [d.code, d.toName, step && labelOf(REFERRAL_STATUS_LABELS, step, language)]
          .filter(Boolean)
          .join(' · ')
          .concat(note);
      }
      default:
        return '';
    }
  };
}
