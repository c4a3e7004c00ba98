import { App, Button, Form, Input, Modal, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Person } from '../../domain/persons/personSchemas';
import { api, chosenId } from '../api/apiClient';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';

/** An officer e-mails the person a signed link to the portal, linked to this record. */
export function InvitePortalButton({ person }: { person: Person }) {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const invite = useMutation({
    mutationFn: (email: string) =>
      api('POST /api/persons/{id}/portal-invitation', { params: { id: chosenId(person.id) }, body: { email } }),
    onSuccess: () => {
      void message.success(t('portalInviteSent'));
      setOpen(false);
    },
  });
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('portalInvite')}</Button>
      <Modal open={open} title={t('portalInvite')} onCancel={() => setOpen(false)} footer={null} destroyOnHidden>
        <Typography.Paragraph type="secondary">{t('portalInviteHint')}</Typography.Paragraph>
        <Form
          layout="vertical"
          initialValues={{ email: person.emails[0] ?? '' }}
          onFinish={(values: { email: string }) => invite.mutate(values.email)}
        >
          <Form.Item name="email" label={t('portalEmail')} rules={[{ required: true, type: 'email' }]}>
            <Input type="email" />
          </Form.Item>
          <ErrorAlert error={invite.error} />
          <Button type="primary" htmlType="submit" loading={invite.isPending}>
            {t('portalInviteSend')}
          </Button>
        </Form>
      </Modal>
    </>
  );
}
