import { App } from 'antd';
import type { RequestInput } from '../../domain/portalRequests/requestSchemas';
import { useLanguage } from '../i18n/LanguageProvider';
import { useMyRequestMutations } from './usePortalRequests';

/** Sends a request from one of the portal's forms, telling the person its reference; `done` resets the form. */
export function useSendRequest() {
  const { t } = useLanguage();
  const { message } = App.useApp();
  const { send } = useMyRequestMutations();
  return {
    send: (input: RequestInput, done?: () => void) =>
      send.mutate(input, {
        onSuccess: (sent) => {
          void message.success(t('portalSent', { reference: sent.reference }));
          done?.();
        },
      }),
    sending: send.isPending,
    error: send.error,
  };
}

/** Numbers or addresses typed in one box, separated by commas or semicolons. */
export const splitList = (text: string | undefined) =>
  (text ?? '')
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** A consent box's rule: the form is sent only once it is ticked. */
export const mustAgree = (message: string) => ({
  validator: (_: unknown, checked: unknown) => (checked ? Promise.resolve() : Promise.reject(new Error(message))),
});
