import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { ASSOCIATION_KIND_LABELS, ASSOCIATION_KINDS } from '../../domain/associations/categories';
import { EXPORT_FORMATS } from '../../domain/exports/exportFormats';
import { PERSON_CATEGORIES, PERSON_CATEGORY_LABELS } from '../../domain/persons/categories';
import {
  INVITATION_STATUS_LABELS,
  INVITATION_STATUSES,
  type InvitationFilter,
  type Invitation,
} from '../../domain/registers/invitations';
import { ErrorAlert } from '../errors/ErrorAlert';
import { enumOptions } from '../i18n/labelOf';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName, useCountryOptions, useProvinceOptions } from '../reference/useProvinces';
import { useInvitationMutations, useInvitations } from './useInvitations';

const PAGE_SIZE = 20;

/** Khách mời of an event: invite a filtered list, follow who registered and who came, export for letters. */
export function EventInvitations({ eventId }: { eventId: string }) {
  const { t, language } = useLanguage();
  const [status, setStatus] = useState<Invitation['status']>();
  const [page, setPage] = useState(1);
  const list = useInvitations(eventId, { status, page, pageSize: PAGE_SIZE });
  const { update } = useInvitationMutations(eventId);
  const countryName = useCountryName(language);
  const byStatus = list.data?.byStatus ?? {};
  const statusOptions = enumOptions(INVITATION_STATUSES, INVITATION_STATUS_LABELS, language);
  return (
    <Card
      title={t('invitationsTitle')}
      style={{ marginTop: 24 }}
      extra={
        <Space>
          {EXPORT_FORMATS.map((format) => (
            <Button
              key={format}
              icon={<DownloadOutlined />}
              href={`/api/events/${eventId}/invitations/export.${format}`}
            >
              {t('invitationMailMerge')} ({format.toUpperCase()})
            </Button>
          ))}
        </Space>
      }
    >
      <InviteForms eventId={eventId} />
      <Space wrap style={{ margin: '16px 0' }} data-testid="invitation-counts">
        {INVITATION_STATUSES.map((s) => (
          <Tag.CheckableTag
            key={s}
            checked={status === s}
            onChange={(on) => {
              setStatus(on ? s : undefined);
              setPage(1);
            }}
          >
            {INVITATION_STATUS_LABELS[s][language]}: {byStatus[s] ?? 0}
          </Tag.CheckableTag>
        ))}
      </Space>
      <ErrorAlert error={update.error} />
      <Table<Invitation>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          {
            title: t('invitationName'),
            render: (_, i) => (
              <>
                {i.name} {!i.mayContact && <Tag color="orange">{t('invitationNoContact')}</Tag>}
              </>
            ),
          },
          { title: t('inviteCountry'), render: (_, i) => countryName(i.country) },
          { title: t('invitationContact'), render: (_, i) => [i.email, i.phone].filter(Boolean).join(' · ') },
          {
            title: t('invitationStatus'),
            render: (_, i) => (
              <Select
                aria-label={`${t('invitationStatus')} ${i.name}`}
                value={i.status}
                options={statusOptions}
                style={{ width: 160 }}
                onChange={(next) => update.mutate({ id: i.id, status: next, note: i.note })}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

type PersonFilterValues = NonNullable<InvitationFilter['persons']> & { sendEmail?: boolean };

/** Two filters to invite by: persons of the registry, or associations. */
function InviteForms({ eventId }: { eventId: string }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const { invite } = useInvitationMutations(eventId);
  const countryOptions = useCountryOptions(language);
  const provinceOptions = useProvinceOptions();
  const send = (filter: InvitationFilter) =>
    invite.mutate(filter, {
      onSuccess: (r) =>
        void message.success(
          [
            t('invitedCount', {
              invited: r.invited,
              already: r.alreadyInvited,
              withoutConsent: r.withoutContactConsent,
            }),
            ...(filter.sendEmail ? [t('invitedMailed', { mailed: r.mailed })] : []),
          ].join(' '),
        ),
    });
  const select = (name: string, label: string, options: { value: string; label: string }[] | undefined) => (
    <Form.Item name={name}>
      <Select
        allowClear
        aria-label={label}
        placeholder={label}
        style={{ width: 200 }}
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
      />
    </Form.Item>
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form
        layout="inline"
        onFinish={({ sendEmail, ...persons }: PersonFilterValues) => send({ persons, sendEmail: !!sendEmail })}
      >
        {select('country', t('inviteResidence'), countryOptions)}
        {select('province', t('inviteProvince'), provinceOptions)}
        {select('category', t('inviteCategory'), enumOptions(PERSON_CATEGORIES, PERSON_CATEGORY_LABELS, language))}
        <Form.Item name="sendEmail" valuePropName="checked">
          <Checkbox>{t('inviteByEmail')}</Checkbox>
        </Form.Item>
        <Button htmlType="submit" loading={invite.isPending}>
          {t('invitePersons')}
        </Button>
      </Form>
      <Form
        layout="inline"
        onFinish={(associations: NonNullable<InvitationFilter['associations']>) =>
          send({ associations, sendEmail: false })
        }
      >
        {select('kind', t('inviteKind'), enumOptions(ASSOCIATION_KINDS, ASSOCIATION_KIND_LABELS, language))}
        {select('country', t('inviteCountry'), countryOptions)}
        <Button htmlType="submit" loading={invite.isPending}>
          {t('inviteAssociations')}
        </Button>
      </Form>
      <ErrorAlert error={invite.error} />
    </Space>
  );
}
