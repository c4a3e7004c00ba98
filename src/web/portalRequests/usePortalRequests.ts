import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestInput } from '../../domain/portalRequests/requestSchemas';
import { api } from '../api/apiClient';

/** The person's requests on the portal, and sending, withdrawing and answering them. */
export function useMyRequests(enabled: boolean) {
  return useQuery({ queryKey: ['portal', 'requests'], queryFn: () => api('GET /api/portal/requests'), enabled });
}

export function useMyRequestMutations() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['portal'] });
  return {
    send: useMutation({
      mutationFn: (body: RequestInput) => api('POST /api/portal/requests', { body }),
      onSuccess: refresh,
    }),
    cancel: useMutation({
      mutationFn: (id: string) => api('POST /api/portal/requests/{id}/cancel', { params: { id } }),
      onSuccess: refresh,
    }),
    write: useMutation({
      mutationFn: ({ id, body }: { id: string; body: string }) =>
        api('POST /api/portal/requests/{id}/messages', { params: { id }, body: { body } }),
      onSuccess: refresh,
    }),
  };
}
