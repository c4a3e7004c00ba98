import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RequestDecisionInput, RequestListQuery } from '../../domain/portalRequests/requestSchemas';
import { api } from '../api/apiClient';

/** The officers' queue of portal requests, one request, and settling or answering it. */
export function useRequestQueue(query: RequestListQuery) {
  return useQuery({
    queryKey: ['portal-requests', query],
    queryFn: () => api('GET /api/portal-requests', { query }),
    placeholderData: keepPreviousData,
  });
}

export function useRequestDetail(id: string | null) {
  return useQuery({
    queryKey: ['portal-requests', 'detail', id],
    queryFn: () => api('GET /api/portal-requests/{id}', { params: { id: id! } }),
    enabled: !!id,
  });
}

export function useRequestMutations(id: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['portal-requests'] });
  return {
    decide: useMutation({
      mutationFn: (body: RequestDecisionInput) =>
        api('POST /api/portal-requests/{id}/decision', { params: { id }, body }),
      onSuccess: refresh,
    }),
    write: useMutation({
      mutationFn: (body: string) => api('POST /api/portal-requests/{id}/messages', { params: { id }, body: { body } }),
      onSuccess: refresh,
    }),
  };
}
