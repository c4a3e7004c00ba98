import { useQuery } from '@tanstack/react-query';
import { Button, Card, Space, Table } from 'antd';
import type { PortalRead } from '../../domain/portal/portalSchemas';
import { findProvince } from '../../domain/reference/resolveProvince';
import { api } from '../api/apiClient';
import { useLanguage } from '../i18n/LanguageProvider';

/** Who read the person's record, by month and reader, and the download of everything held. */
export function PortalReads() {
  const { t } = useLanguage();
  const reads = useQuery({ queryKey: ['portal', 'reads'], queryFn: () => api('GET /api/portal/me/reads') });
  const readerName = ({ reader }: PortalRead) =>
    reader.kind === 'agency'
      ? (reader.agencyName ?? '')
      : reader.kind === 'province'
        ? t('portalReaderProvince', {
            province: findProvince(reader.provinceCode ?? '')?.name ?? reader.provinceCode ?? '',
          })
        : t('portalReaderMinistry');
  return (
    <Card title={t('portalReadsTitle')}>
      <Table<PortalRead>
        size="small"
        rowKey={(r) => `${r.month}|${readerName(r)}`}
        loading={reads.isPending}
        dataSource={reads.data}
        pagination={false}
        locale={{ emptyText: t('portalNoReads') }}
        columns={[
          { title: t('portalReadMonth'), render: (_, r) => r.month.split('-').reverse().join('/') },
          { title: t('portalReader'), render: (_, r) => readerName(r) },
          { title: t('portalReadCount'), dataIndex: 'reads' },
        ]}
      />
      <Space wrap style={{ marginTop: 12 }}>
        <Button href="/api/portal/me/export.xlsx" download>
          {t('portalDownload')} (Excel)
        </Button>
        <Button href="/api/portal/me/export.json" download>
          {t('portalDownload')} (JSON)
        </Button>
      </Space>
    </Card>
  );
}
