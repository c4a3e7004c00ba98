import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConsentPurpose } from '../../domain/consent/consentPurposes';
import { api, ApiError, setCsrfToken } from '../api/apiClient';

/** The signed-in kiều bào, or null when nobody is (401). */
export function usePortalMe() {
  return useQuery({
    queryKey: ['portal', 'me'],
    queryFn: async () => {
      try {
        const me = await api('GET /api/portal/me');
        setCsrfToken(me.csrfToken);
        return me;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    retry: false,
  });
}

export function usePortalMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['portal'] });
  return {
    askCode: useMutation({
      mutationFn: (body: { email: string; invitation?: string }) => api('POST /api/portal/auth/code', { body }),
    }),
    verify: useMutation({
      mutationFn: (body: { email: string; code: string; invitation?: string }) =>
        api('POST /api/portal/auth/verify', { body }),
      onSuccess: (me) => {
        setCsrfToken(me.csrfToken);
        queryClient.setQueryData(['portal', 'me'], me);
      },
    }),
    consent: useMutation({
      mutationFn: (body: { purpose: ConsentPurpose; decision: 'given' | 'withdrawn' }) =>
        api('POST /api/portal/consents', { body }),
      onSuccess: refresh,
    }),
    login: useMutation({
      mutationFn: (body: { email: string; password: string }) => api('POST /api/portal/auth/login', { body }),
      onSuccess: (me) => {
        setCsrfToken(me.csrfToken);
        queryClient.setQueryData(['portal', 'me'], me);
      },
    }),
    setPassword: useMutation({
      mutationFn: (password: string) => api('POST /api/portal/auth/password', { body: { password } }),
    }),
    signOut: useMutation({ mutationFn: () => api('POST /api/portal/auth/logout'), onSuccess: refresh }),
  };
}
