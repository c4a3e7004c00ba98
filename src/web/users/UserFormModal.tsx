import { Form, Input, Modal, Select, Switch } from 'antd';
import { useState } from 'react';
import { assignableRoles, ROLE_LABELS, roleNeedsProvince, unitOfRole, type Role } from '../../domain/auth/roles';
import type { User, UserCreate } from '../../domain/users/userSchemas';
import { applyFieldErrors } from '../api/applyFieldErrors';
import { useSession } from '../auth/useSession';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCommunes, useProvinceOptions } from '../reference/useProvinces';
import { useMissions } from '../orgUnits/useOrgUnits';
import { useAgencies } from '../plans/usePlans';
import { useUserMutations } from './useUsers';
import { FormError } from '../forms/FormError';

interface Values extends UserCreate {
  isActive: boolean;
}

/** Creates a user (editing: null) or edits one; a new user's one-time password goes to onCreated. */
export function UserFormModal({
  editing,
  onClose,
  onCreated,
}: {
  editing: User | null;
  onClose(): void;
  onCreated(username: string, oneTimePassword: string): void;
}) {
  const { t, language } = useLanguage();
  const session = useSession();
  const provinceOptions = useProvinceOptions();
  const { create, update } = useUserMutations();
  const [form] = Form.useForm<Values>();
  const [formError, setFormError] = useState<string | null>(null);
  const role = Form.useWatch<Role | undefined>('role', form);
  const province = Form.useWatch<string | undefined>('provinceCode', form);
  const agencies = useAgencies(province ?? session.data?.user.provinceCode ?? undefined);
  const unit = role ? unitOfRole(role) : null;
  const communes = useCommunes(unit === 'commune' ? (province ?? session.data?.user.provinceCode ?? null) : null);
  const missions = useMissions(unit === 'mission');
  const me = session.data?.user;
  if (!me) return null;

  const onError = (error: unknown) => setFormError(applyFieldErrors(form, error, t('errorGeneric')));
  const submit = (values: Values) => {
    const provinceCode = values.provinceCode ?? null;
    const agencyId = values.agencyId ?? null;
    const unit = { communeCode: values.communeCode ?? null, missionId: values.missionId ?? null };
    const email = values.email?.trim() || null;
    if (editing) {
      const patch = {
        displayName: values.displayName,
        email,
        role: values.role,
        provinceCode,
        agencyId,
        ...unit,
        isActive: values.isActive,
      };
      update.mutate({ id: editing.id, patch }, { onSuccess: onClose, onError });
    } else {
      create.mutate(
        {
          username: values.username,
          displayName: values.displayName,
          email,
          role: values.role,
          provinceCode,
          agencyId,
          ...unit,
        },
        { onSuccess: (r) => onCreated(r.user.username, r.oneTimePassword), onError },
      );
    }
  };

  return (
    <Modal
      open
      title={editing ? t('editUser') : t('newUser')}
      okText={t('save')}
      cancelText={t('cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
    >
      <FormError message={formError} />
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          editing ?? { role: 'province_officer', provinceCode: me.provinceCode ?? undefined, isActive: true }
        }
      >
        <Form.Item name="username" label={t('username')} rules={[{ required: true }]}>
          <Input disabled={editing !== null} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('displayName')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('userEmail')} tooltip={t('userEmailHint')}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item name="role" label={t('role')} rules={[{ required: true }]}>
          <Select options={assignableRoles(me.role).map((r) => ({ value: r, label: ROLE_LABELS[r][language] }))} />
        </Form.Item>
        <Form.Item
          name="provinceCode"
          label={t('province')}
          rules={[{ required: role !== undefined && roleNeedsProvince(role) }]}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            disabled={me.provinceCode !== null || role === 'national_admin' || unit === 'mission'}
            options={provinceOptions}
          />
        </Form.Item>
        <Form.Item name="agencyId" label={t('agency')} tooltip={t('agencyHint')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={agencies.data
              ?.filter((a) => a.provinceCode === (province ?? me.provinceCode ?? null) && a.isActive)
              .map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        {unit === 'commune' && (
          <Form.Item name="communeCode" label={t('userCommune')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={communes.data?.map((c) => ({ value: c.code, label: c.name }))}
            />
          </Form.Item>
        )}
        {unit === 'mission' && (
          <Form.Item name="missionId" label={t('userMission')} rules={[{ required: true }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={missions.data?.filter((m) => m.isActive).map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        )}
        {editing && (
          <Form.Item name="isActive" label={t('status')} valuePropName="checked">
            <Switch checkedChildren={t('active')} unCheckedChildren={t('disabled')} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
