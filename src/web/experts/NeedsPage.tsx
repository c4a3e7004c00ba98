import { Button, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { Need } from '../../domain/experts/expertSchemas';
import { formatDate } from '../forms/dateField';
import { useListFilters } from '../forms/useListFilters';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName } from '../reference/useProvinces';
import { fieldLabel, fieldOptions } from './expertOptions';
import { NeedForm } from './NeedForm';
import { useNeedList } from './useExperts';

const PAGE_SIZE = 20;

/** Nhu cầu của địa phương: what the province's agencies ask overseas experts for. */
export function NeedsPage() {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const provinceName = useProvinceName();
  const { filters, filter, page, setPage } = useListFilters({ status: 'open' });
  const [posting, setPosting] = useState(false);
  const list = useNeedList({ ...filters, page, pageSize: PAGE_SIZE });
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('needsTitle')}</Typography.Title>
        <Button type="primary" onClick={() => setPosting(true)}>
          {t('needNew')}
        </Button>
      </Space>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search placeholder={t('needTitle')} allowClear onSearch={(q) => filter({ q })} style={{ width: 260 }} />
        <Select
          allowClear
          placeholder={t('needStatus')}
          style={{ width: 160 }}
          value={filters.status}
          options={[
            { value: 'open', label: t('needOpen') },
            { value: 'closed', label: t('needClosed') },
          ]}
          onChange={(status) => filter({ status })}
        />
        <Select
          allowClear
          placeholder={t('expertField')}
          style={{ width: 260 }}
          options={fieldOptions(language)}
          onChange={(field) => filter({ field })}
        />
      </Space>
      <Table<Need>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items}
        locale={{ emptyText: t('needNone') }}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total, onChange: setPage }}
        columns={[
          { title: t('needTitle'), render: (_, n) => <Link to={`/needs/${n.id}`}>{n.title}</Link> },
          { title: t('needAgency'), dataIndex: 'agency' },
          {
            title: t('expertFields'),
            render: (_, n) => n.fields.map((f) => <Tag key={f}>{fieldLabel(f, language)}</Tag>),
          },
          { title: t('province'), render: (_, n) => provinceName(n.provinceCode) },
          { title: t('needDeadline'), render: (_, n) => formatDate(n.deadline) },
          {
            title: t('needStatus'),
            render: (_, n) =>
              n.status === 'open' ? <Tag color="green">{t('needOpen')}</Tag> : <Tag>{t('needClosed')}</Tag>,
          },
          { title: t('expertContacts'), dataIndex: 'contacts' },
        ]}
      />
      <Modal
        open={posting}
        title={t('needNew')}
        footer={null}
        onCancel={() => setPosting(false)}
        width={720}
        destroyOnHidden
      >
        <NeedForm need={null} onSaved={(need) => navigate(`/needs/${need.id}`)} />
      </Modal>
    </>
  );
}
