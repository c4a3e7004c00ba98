import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { CATALOGUE } from '../../domain/registers/affairsRegisters';
import { formatMoney, type Money } from '../../domain/registers/money';
import { api } from '../api/apiClient';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { LanguageToggle } from '../layout/LanguageToggle';

type PublicProject = {
  id: string;
  provinceName: string;
  name: string;
  sector: string;
  location: string;
  scale: string | null;
  capital: Money | null;
  incentives: string | null;
  contact: string;
};

const fieldOf = (name: string) => CATALOGUE.fields.find((f) => f.name === name)!;
const sectorField = fieldOf('sector');

/** Danh mục dự án kêu gọi đầu tư as investors abroad see it, without signing in; printable. */
export function PublicCataloguePage() {
  const { t, language } = useLanguage();
  const [sector, setSector] = useState<string>();
  const projects = useQuery({
    queryKey: ['public', 'catalogue', sector],
    queryFn: () => api('GET /api/public/catalogue', { query: { sector } }),
  });
  const sectorName = (s: string) => sectorField.options?.[s]?.[language] ?? s;
  return (
    <div style={{ maxWidth: 1100, margin: '0 auto', padding: 24 }}>
      <style>{'@media print { .no-print { display: none !important } }'}</style>
      <Space className="no-print" style={{ width: '100%', justifyContent: 'flex-end' }}>
        <Select
          allowClear
          aria-label={sectorField.label[language]}
          placeholder={sectorField.label[language]}
          style={{ width: 240 }}
          options={Object.entries(sectorField.options ?? {}).map(([value, label]) => ({
            value,
            label: label[language],
          }))}
          onChange={setSector}
        />
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('cataloguePrint')}
        </Button>
        <LanguageToggle />
      </Space>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {t('cataloguePublicTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'center' }}>{t('cataloguePublicIntro')}</Typography.Paragraph>
      <ErrorAlert error={projects.error} />
      <Table<PublicProject>
        rowKey="id"
        bordered
        size="small"
        pagination={false}
        loading={projects.isPending}
        dataSource={projects.data}
        locale={{ emptyText: t('catalogueNone') }}
        columns={[
          { title: 'STT', width: 50, render: (_, __, index) => index + 1 },
          {
            title: fieldOf('name').label[language],
            render: (_, p) => (
              <>
                <Typography.Text strong>{p.name}</Typography.Text>
                <div>
                  {p.location}, {p.provinceName}
                </div>
              </>
            ),
          },
          { title: sectorField.label[language], render: (_, p) => sectorName(p.sector) },
          { title: fieldOf('scale').label[language], render: (_, p) => p.scale ?? '—' },
          { title: fieldOf('capital').label[language], render: (_, p) => (p.capital ? formatMoney(p.capital) : '—') },
          { title: fieldOf('incentives').label[language], render: (_, p) => p.incentives ?? '—' },
          { title: fieldOf('contact').label[language], dataIndex: 'contact' },
        ]}
      />
    </div>
  );
}
