import { dayText } from '../../domain/calendar/dayText';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { api } from '../api/apiClient';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';

/** The events of the home province (Tết gatherings, exchanges…): register, or cancel; and the investment catalogue. */
export function PortalEvents() {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const events = useQuery({ queryKey: ['portal', 'events'], queryFn: () => api('GET /api/portal/events') });
  const register = useMutation({
    mutationFn: ({ id, going }: { id: string; going: boolean }) =>
      api('POST /api/portal/events/{id}/registration', { params: { id }, body: { going } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['portal', 'events'] }),
  });
  return (
    <Card title={t('portalEventsTitle')} extra={<a href="/public/catalogue">{t('portalCatalogue')}</a>}>
      <ErrorAlert error={events.error ?? register.error} />
      <List
        loading={events.isPending}
        locale={{ emptyText: t('portalNoEvents') }}
        dataSource={events.data ?? []}
        renderItem={(event) => (
          <List.Item data-testid={`event-${event.id}`}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Text strong>{event.title}</Typography.Text>
              <Typography.Text type="secondary">
                {event.startOn === event.endOn
                  ? dayText(event.startOn)
                  : `${dayText(event.startOn)}–${dayText(event.endOn)}`}
                {event.location && ` · ${event.location}`}
              </Typography.Text>
              {event.registered ? (
                <Space>
                  <Tag color="green">{t('portalRegistered')}</Tag>
                  <Button size="small" onClick={() => register.mutate({ id: event.id, going: false })}>
                    {t('portalCancelRegistration')}
                  </Button>
                </Space>
              ) : (
                <Button type="primary" size="small" onClick={() => register.mutate({ id: event.id, going: true })}>
                  {t('portalRegister')}
                </Button>
              )}
            </Space>
          </List.Item>
        )}
      />
    </Card>
  );
}
