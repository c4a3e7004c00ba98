import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody, chosenId } from '../api/apiClient';

export function useReportingRequests() {
  return useQuery({ queryKey: ['reporting', 'list'], queryFn: () => api('GET /api/reporting-requests') });
}

export function useReportingRequest(id: string | undefined) {
  return useQuery({
    queryKey: ['reporting', 'one', id],
    queryFn: () => api('GET /api/reporting-requests/{id}', { params: { id: chosenId(id) } }),
    enabled: !!id,
  });
}

/** Every step on a request or a response refreshes what is shown of the requests. */
export function useReportingMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['reporting'] });
  return {
    issue: useMutation({
      mutationFn: (input: ApiBody<'POST /api/reporting-requests'>) =>
        api('POST /api/reporting-requests', { body: input }),
      onSuccess,
    }),
    save: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ApiBody<'PUT /api/reporting-responses/{id}'> }) =>
        api('PUT /api/reporting-responses/{id}', { params: { id }, body: input }),
      onSuccess,
    }),
    submit: useMutation({
      mutationFn: ({ id, version }: { id: string; version: number }) =>
        api('POST /api/reporting-responses/{id}/submit', { params: { id }, body: { version } }),
      onSuccess,
    }),
    review: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ApiBody<'POST /api/reporting-responses/{id}/review'> }) =>
        api('POST /api/reporting-responses/{id}/review', { params: { id }, body: input }),
      onSuccess,
    }),
    unapprove: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ApiBody<'POST /api/reporting-responses/{id}/unapprove'> }) =>
        api('POST /api/reporting-responses/{id}/unapprove', { params: { id }, body: input }),
      onSuccess,
    }),
  };
}

export function useConsolidation() {
  return useMutation({
    mutationFn: (id: string) => api('GET /api/reporting-responses/{id}/consolidation', { params: { id } }),
  });
}
