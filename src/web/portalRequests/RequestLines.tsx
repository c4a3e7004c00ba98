import { Button, Descriptions, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { REQUEST_LINE_LABELS } from '../../domain/portalRequests/requestLines';
import type { MyRequest } from '../../domain/portalRequests/requestSchemas';
import { useLanguage } from '../i18n/LanguageProvider';

/** A request's lines as both sides read them: each field proposed, and its outcome once decided. */
export function RequestLines({ lines }: { lines: MyRequest['lines'] }) {
  const { t, language } = useLanguage();
  return (
    <Descriptions column={1} size="small" bordered>
      {lines.map((line) => (
        <Descriptions.Item key={line.field} label={REQUEST_LINE_LABELS[line.field]?.[language] ?? line.field}>
          <Space direction="vertical" size={0} data-testid={`line-${line.field}`}>
            <Typography.Text>{line.proposed}</Typography.Text>
            {line.accepted === true && <Tag color="green">{t('requestAccept')}</Tag>}
            {line.accepted === false && (
              <Typography.Text type="danger">
                {t('requestReject')}: {line.reason}
              </Typography.Text>
            )}
          </Space>
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** The messages between the person and the officers, oldest first. */
export function RequestMessages({ messages }: { messages: MyRequest['messages'] }) {
  const { t, language } = useLanguage();
  if (!messages.length) return null;
  return (
    <List
      size="small"
      header={t('requestMessages')}
      dataSource={messages}
      renderItem={(m) => (
        <List.Item>
          <Typography.Text strong>
            {m.author === 'officer' ? t('requestFromOfficer') : t('requestFromPerson')}
          </Typography.Text>
          {' · '}
          <Typography.Text type="secondary">{new Date(m.createdAt).toLocaleString(language)}</Typography.Text>
          <div>{m.body}</div>
        </List.Item>
      )}
    />
  );
}

/** A message to write about a request; `send` gets the text and a callback that clears the box once sent. */
export function MessageComposer(props: { send: (body: string, sent: () => void) => void; sending: boolean }) {
  const { t } = useLanguage();
  const [body, setBody] = useState('');
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        aria-label={t('requestMessage')}
        placeholder={t('requestMessage')}
        value={body}
        onChange={(e) => setBody(e.target.value)}
      />
      <Button disabled={!body.trim()} loading={props.sending} onClick={() => props.send(body, () => setBody(''))}>
        {t('requestSend')}
      </Button>
    </Space.Compact>
  );
}
