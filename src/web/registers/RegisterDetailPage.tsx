import { Button, Card, Descriptions, Popconfirm, Space } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { can } from '../../domain/auth/roles';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { useSession } from '../auth/useSession';
import { ErrorAlert } from '../errors/ErrorAlert';
import { Loaded } from '../forms/Loaded';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCountryName, useProvinceName } from '../reference/useProvinces';
import { RegisterNotes } from './RegisterNotes';
import { registerValue } from './registerValue';
import { useRegisterMutations, useRegisterRecord, type Names, type RegisterRecord } from './useRegister';

/** A register's record: every field of its spec, its notes and files, and what the register adds (`more`). */
export function RegisterDetailPage({ spec, more }: { spec: RegisterSpec; more?: (id: string) => ReactNode }) {
  const { id = '' } = useParams();
  return (
    <Loaded query={useRegisterRecord(spec, id)}>
      {({ record, names }) => (
        <>
          <RegisterCard spec={spec} record={record} names={names} />
          {more?.(record.id)}
        </>
      )}
    </Loaded>
  );
}

function RegisterCard({ spec, record, names }: { spec: RegisterSpec; record: RegisterRecord; names: Names }) {
  const { t, language } = useLanguage();
  const navigate = useNavigate();
  const session = useSession();
  const countryName = useCountryName(language);
  const provinceName = useProvinceName();
  const { remove } = useRegisterMutations(spec, record.id);
  const mayWrite = !!session.data && can(session.data.user.role, 'affairs.write');
  const [first] = spec.fields;
  const actions = mayWrite && (
    <Space>
      <Button onClick={() => navigate(`/${spec.key}/${record.id}/edit`)}>{t('edit')}</Button>
      <Popconfirm
        title={t('registerDeleteConfirm')}
        okText={t('yes')}
        cancelText={t('no')}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => navigate(`/${spec.key}`) })}
      >
        <Button danger>{t('delete')}</Button>
      </Popconfirm>
    </Space>
  );
  return (
    <Card title={`${spec.singular[language]}: ${String(record[first!.name] ?? '')}`} extra={actions}>
      <ErrorAlert error={remove.error} />
      <Descriptions bordered size="small" column={{ xs: 1, lg: 2 }} style={{ marginBottom: 24 }}>
        <Descriptions.Item label={t('province')}>{provinceName(record.provinceCode)}</Descriptions.Item>
        {spec.fields.map((field) => (
          <Descriptions.Item key={field.name} label={field.label[language]}>
            {registerValue(field, record[field.name], names, countryName, language)}
          </Descriptions.Item>
        ))}
      </Descriptions>
      {spec.hasNotes && <RegisterNotes spec={spec} id={record.id} mayWrite={mayWrite} />}
    </Card>
  );
}
