import { App, Button, Input, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { CONTACT_RELEASE_STATUS_LABELS, type ContactRelease } from '../../domain/experts/contactReleaseSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { useContactReleases, useReleaseMutations } from './useContactReleases';

type Box = 'received' | 'sent';

/**
 * Đề nghị cung cấp liên hệ chuyên gia: other provinces' agencies ask for the contacts of this
 * province's experts matched to their national needs; the officers release them or say why not.
 */
export function ContactReleasesPage() {
  const { t, language } = useLanguage();
  const { modal } = App.useApp();
  const provinceName = useProvinceName();
  const [box, setBox] = useState<Box>('received');
  const releases = useContactReleases({ box, page: 1, pageSize: 100 });
  const { decide } = useReleaseMutations();
  const refuse = (release: ContactRelease) => {
    let note = '';
    modal.confirm({
      title: t('releaseRefuse'),
      content: (
        <Input.TextArea rows={3} placeholder={t('referralRejectNote')} onChange={(e) => (note = e.target.value)} />
      ),
      onOk: () => decide.mutateAsync({ id: release.id, input: { decision: 'refuse', note: note || null } }),
    });
  };
  return (
    <>
      <Typography.Title level={3}>{t('releasesTitle')}</Typography.Title>
      <Segmented<Box>
        value={box}
        onChange={setBox}
        options={[
          { value: 'received', label: t('releasesReceived') },
          { value: 'sent', label: t('releasesSent') },
        ]}
        style={{ marginBottom: 16 }}
      />
      <Table<ContactRelease>
        rowKey="id"
        loading={releases.isPending}
        dataSource={releases.data?.items}
        pagination={false}
        columns={[
          { title: t('expertName'), dataIndex: 'expertName' },
          { title: t('needTitle'), render: (_, r) => `${r.needTitle} — ${r.needAgency}` },
          { title: t('province'), render: (_, r) => provinceName(r.needProvinceCode) },
          {
            title: t('referralStatus'),
            render: (_, r) => (
              <Space direction="vertical" size={0}>
                <Tag>{CONTACT_RELEASE_STATUS_LABELS[r.status][language]}</Tag>
                {r.decisionNote}
              </Space>
            ),
          },
          {
            key: 'decide',
            render: (_, r) =>
              r.mayDecide && (
                <Space>
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => decide.mutate({ id: r.id, input: { decision: 'approve', note: null } })}
                  >
                    {t('releaseApprove')}
                  </Button>
                  <Button size="small" danger onClick={() => refuse(r)}>
                    {t('releaseRefuse')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
