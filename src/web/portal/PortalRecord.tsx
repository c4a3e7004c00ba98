import { App, Button, Card, Descriptions, List, Space, Typography } from 'antd';
import { CONSENT_PURPOSE_LABELS, CONSENT_PURPOSES, CONSENT_TEXTS } from '../../domain/consent/consentPurposes';
import { formatPartialDate } from '../../domain/persons/partialDate';
import type { PortalMe } from '../../domain/portal/portalSchemas';
import { ConsentTag } from '../consent/ConsentTab';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { findCountry } from '../../domain/reference/countries';
import { PortalServices } from '../portalRequests/PortalServices';
import { PortalEvents } from './PortalEvents';
import { PortalSetPassword } from './PortalPassword';
import { PortalReads } from './PortalReads';
import { usePortalMutations } from './usePortal';

const list = (values: readonly string[]) => values.filter(Boolean).join(', ') || '—';

/** The person's own record, read-only, and their consent per purpose, each changed in one click. */
export function PortalRecord({ me }: { me: PortalMe }) {
  const { t, language } = useLanguage();
  if (!me.record || !me.consents)
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Card>{t('portalNoRecord')}</Card>
        <PortalServices linked={false} />
      </Space>
    );
  const r = me.record;
  const country = (code: string | null) => {
    const found = code ? findCountry(code) : undefined;
    return found ? (language === 'vi' ? found.nameVi : found.nameEn) : (code ?? '');
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card title={t('portalMyRecord')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('portalFullName')}>{[r.fullName, ...r.otherNames].join(' · ')}</Descriptions.Item>
          <Descriptions.Item label={t('portalBirthDate')}>
            {r.birthDate ? formatPartialDate(r.birthDate) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalResidence')}>
            {list([r.addressAbroad ?? '', r.residenceCity ?? '', country(r.residenceCountry)])}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalHometown')}>{r.hometownText ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('portalContacts')}>{list([...r.phones, ...r.emails])}</Descriptions.Item>
          <Descriptions.Item label={t('portalOccupation')}>
            {list([r.occupation ?? '', ...r.expertise])}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalDocuments')}>
            {list(r.identityDocuments.map((d) => d.number))}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalRelatives')}>
            {list(r.relatives.map((x) => `${x.fullName} (${x.relationship})`))}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <PortalConsents consents={me.consents} />
      <PortalReads />
      <PortalEvents />
      <PortalServices linked />
      <PortalSetPassword />
    </Space>
  );
}

function PortalConsents({ consents }: { consents: NonNullable<PortalMe['consents']> }) {
  const { t, language } = useLanguage();
  const { message } = App.useApp();
  const { consent } = usePortalMutations();
  const choose = (purpose: (typeof CONSENT_PURPOSES)[number], decision: 'given' | 'withdrawn') =>
    consent.mutate({ purpose, decision }, { onSuccess: () => void message.success(t('portalSaved')) });
  return (
    <Card title={t('portalMyConsents')}>
      <List
        dataSource={[...CONSENT_PURPOSES]}
        renderItem={(purpose) => (
          <List.Item data-testid={`consent-${purpose}`}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{CONSENT_PURPOSE_LABELS[purpose][language]}</Typography.Text>
                <ConsentTag state={consents[purpose]} />
              </Space>
              <Typography.Text type="secondary">{CONSENT_TEXTS[purpose][language]}</Typography.Text>
              {consents[purpose] === 'given' ? (
                <Button danger onClick={() => choose(purpose, 'withdrawn')} loading={consent.isPending}>
                  {t('portalWithdraw')}
                </Button>
              ) : (
                <Button type="primary" onClick={() => choose(purpose, 'given')} loading={consent.isPending}>
                  {t('portalAgree')}
                </Button>
              )}
            </Space>
          </List.Item>
        )}
      />
      <ErrorAlert error={consent.error} />
    </Card>
  );
}
