import { App, Button, Input, List, Radio, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { REQUEST_LINE_LABELS } from '../../domain/portalRequests/requestLines';
import type { RequestDecisionInput, RequestDetail, RequestLine } from '../../domain/portalRequests/requestSchemas';
import type { ChangeField } from '../../domain/portalRequests/changeFields';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useRequestMutations } from './useRequestQueue';

type FieldChoice = { accept?: boolean; reason: string };

function useDecide(request: RequestDetail) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const { decide } = useRequestMutations(request.id);
  const send = (decision: RequestDecisionInput) =>
    decide.mutate(decision, { onSuccess: () => void message.success(t('requestDecided')) });
  return { decide, send };
}

/** A correction, field by field: accept, or reject with a reason the person will read. */
export function ChangeDecision({ request }: { request: RequestDetail }) {
  const { t, language } = useLanguage();
  const { decide, send } = useDecide(request);
  const [choices, setChoices] = useState<Record<string, FieldChoice>>({});
  const choose = (field: string, part: Partial<FieldChoice>) =>
    setChoices({ ...choices, [field]: { reason: '', ...choices[field], ...part } });
  const proposed = request.lines.filter((l) => l.field !== 'note');
  const save = () => {
    const fields: Partial<Record<ChangeField, { accept: boolean; reason: string | null }>> = {};
    for (const line of proposed) {
      const choice = choices[line.field];
      if (choice?.accept !== undefined)
        Object.assign(fields, { [line.field]: { accept: choice.accept, reason: choice.reason.trim() || null } });
    }
    send({ kind: 'change', fields, version: request.version });
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<RequestLine>
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={proposed}
        columns={[
          { title: t('requestField'), render: (_, l) => REQUEST_LINE_LABELS[l.field]?.[language] ?? l.field },
          { title: t('requestCurrent'), render: (_, l) => l.current || '—' },
          { title: t('requestProposed'), dataIndex: 'proposed' },
          {
            title: t('requestDecide'),
            render: (_, l) => (
              <Space direction="vertical" data-testid={`decide-${l.field}`}>
                <Radio.Group
                  value={choices[l.field]?.accept}
                  onChange={(e) => choose(l.field, { accept: e.target.value === true })}
                  options={[
                    { value: true, label: t('requestAccept') },
                    { value: false, label: t('requestReject') },
                  ]}
                />
                {choices[l.field]?.accept === false && (
                  <Input
                    aria-label={t('requestReason')}
                    placeholder={t('requestReason')}
                    value={choices[l.field]?.reason}
                    onChange={(e) => choose(l.field, { reason: e.target.value })}
                  />
                )}
              </Space>
            ),
          },
        ]}
      />
      <ErrorAlert error={decide.error} />
      <Button type="primary" onClick={save} loading={decide.isPending}>
        {t('requestDecide')}
      </Button>
    </Space>
  );
}

/** Any other kind: accept (link, create, open a case, take up) or reject with a reason. */
export function OutcomeDecision({ request }: { request: RequestDetail }) {
  const { t } = useLanguage();
  const { decide, send } = useDecide(request);
  const [reason, setReason] = useState('');
  const version = request.version;
  const given = reason.trim() || null;
  const reject = (): RequestDecisionInput => {
    if (request.kind === 'registration')
      return { kind: 'registration', action: 'reject', personId: null, reason: given, version };
    if (request.kind === 'procedure') return { kind: 'procedure', status: 'rejected', reason: given, version };
    return { kind: acceptKind(request), accept: false, reason: given, version };
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {request.kind === 'registration' && <Candidates request={request} send={send} />}
      <Space wrap>
        {request.kind === 'procedure' ? (
          <>
            {request.status === 'open' && (
              <Button onClick={() => send({ kind: 'procedure', status: 'in_progress', reason: given, version })}>
                {t('requestTakeUp')}
              </Button>
            )}
            <Button
              type="primary"
              onClick={() => send({ kind: 'procedure', status: 'accepted', reason: given, version })}
            >
              {t('requestDone')}
            </Button>
          </>
        ) : request.kind === 'registration' ? (
          <Button
            onClick={() => send({ kind: 'registration', action: 'create', personId: null, reason: given, version })}
          >
            {t('requestCreate')}
          </Button>
        ) : (
          <Button
            type="primary"
            onClick={() => send({ kind: acceptKind(request), accept: true, reason: given, version })}
          >
            {request.kind === 'protection' ? t('requestOpenCase') : t('requestAccept')}
          </Button>
        )}
      </Space>
      <Space.Compact style={{ width: '100%' }}>
        <Input
          aria-label={t('requestReason')}
          placeholder={t('requestReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <Button danger onClick={() => send(reject())} loading={decide.isPending}>
          {t('requestReject')}
        </Button>
      </Space.Compact>
      <ErrorAlert error={decide.error} />
    </Space>
  );
}

/** The kinds settled by accepting or refusing. */
function acceptKind(request: RequestDetail) {
  const kind = request.kind;
  return kind === 'deletion' || kind === 'restriction' || kind === 'objection' || kind === 'expertise'
    ? kind
    : 'protection';
}

function Candidates({ request, send }: { request: RequestDetail; send: (d: RequestDecisionInput) => void }) {
  const { t } = useLanguage();
  return (
    <List
      size="small"
      header={t('requestCandidates')}
      dataSource={request.candidates}
      renderItem={(c) => (
        <List.Item
          actions={[
            <Button
              key="link"
              onClick={() =>
                send({
                  kind: 'registration',
                  action: 'link',
                  personId: c.personId,
                  reason: null,
                  version: request.version,
                })
              }
            >
              {t('requestLink')}
            </Button>,
          ]}
        >
          {c.fullName} · {c.birthYear ?? '—'} · {c.hometownProvinceCode ?? '—'} · {c.residenceCountry ?? '—'}{' '}
          {c.sure && <Tag color="green">{t('requestSure')}</Tag>}
        </List.Item>
      )}
    />
  );
}
