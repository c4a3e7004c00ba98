import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import { AssociationSelect } from '../associations/AssociationSelect';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useProvinceName, useProvinceOptions } from '../reference/useProvinces';
import { ImportStatusTag } from './ImportStatusTag';
import { useImportBatches, useImportMutations } from './useImports';

/** Nhập dữ liệu: upload a province's spreadsheet, then follow it through check and commit. */
export function ImportsPage() {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const provinceOptions = useProvinceOptions();
  const provinceName = useProvinceName();
  const batches = useImportBatches();
  const { upload } = useImportMutations();
  const ownProvince = session.data?.user.provinceCode ?? null;
  const [source, setSource] = useState<{ province?: string; association?: string; consentEvidence?: string }>({});

  const send = (file: File) => {
    const form = new FormData();
    // Fields before the file: the server reads them as the upload streams in.
    if (source.province) form.append('sourceProvince', source.province);
    if (source.association) form.append('sourceAssociation', source.association);
    if (source.consentEvidence?.trim()) form.append('consentEvidence', source.consentEvidence);
    form.append('file', file);
    upload.mutate(form, { onSuccess: (batch) => navigate(`/imports/${batch.id}`) });
    return false;
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('importsTitle')}</Typography.Title>
        <Button icon={<DownloadOutlined />} href="/api/imports/template.xlsx">
          {t('importTemplate')}
        </Button>
      </Space>
      <Card style={{ marginBottom: 24 }}>
        <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item label={t('importSourceProvince')} required={!ownProvince}>
            <Select
              aria-label={t('importSourceProvince')}
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 240 }}
              disabled={!!ownProvince}
              value={ownProvince ?? source.province}
              onChange={(province: string) => setSource({ ...source, province })}
              options={provinceOptions}
            />
          </Form.Item>
          <Form.Item label={t('importSourceAssociation')}>
            <AssociationSelect
              aria-label={t('importSourceAssociation')}
              province={ownProvince ?? source.province}
              value={source.association}
              onChange={(association) => setSource({ ...source, association: association ?? undefined })}
            />
          </Form.Item>
          <Form.Item label={t('importConsentEvidence')} tooltip={t('importConsentEvidenceHint')}>
            <Input
              aria-label={t('importConsentEvidence')}
              style={{ width: 360 }}
              value={source.consentEvidence}
              onChange={(e) => setSource({ ...source, consentEvidence: e.target.value })}
            />
          </Form.Item>
        </Form>
        <Upload.Dragger accept=".xlsx,.csv" showUploadList={false} beforeUpload={send} disabled={upload.isPending}>
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('importUploadHint')}</p>
        </Upload.Dragger>
        <ErrorAlert error={upload.error} />
      </Card>
      <Typography.Title level={4}>{t('importBatches')}</Typography.Title>
      <Table<ImportBatch>
        rowKey="id"
        size="middle"
        loading={batches.isPending}
        dataSource={batches.data}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('importFile'), render: (_, b) => <Link to={`/imports/${b.id}`}>{b.fileName}</Link> },
          { title: t('importSourceProvince'), render: (_, b) => provinceName(b.sourceProvinceCode) },
          { title: t('importStatus'), render: (_, b) => <ImportStatusTag status={b.status} /> },
          {
            title: t('importRows'),
            render: (_, b) =>
              b.status === 'committed' || b.status === 'committing'
                ? `${b.rowsCommitted.toLocaleString(language)} / ${(b.rowsValid ?? 0).toLocaleString(language)}`
                : (b.rowsTotal?.toLocaleString(language) ?? '—'),
          },
          { title: t('importUploadedBy'), dataIndex: 'createdBy' },
          { title: t('importUploadedAt'), render: (_, b) => new Date(b.createdAt).toLocaleString(language) },
        ]}
      />
    </>
  );
}
