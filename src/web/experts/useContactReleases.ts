import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody, type ApiQuery } from '../api/apiClient';

export function useContactReleases(query: ApiQuery<'GET /api/contact-releases'>) {
  return useQuery({
    queryKey: ['contact-releases', query],
    queryFn: () => api('GET /api/contact-releases', { query }),
  });
}

/** Asking for and deciding on an expert's contacts refresh the requests and the need's matches. */
export function useReleaseMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all(['contact-releases', 'needs'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })));
  return {
    request: useMutation({
      mutationFn: ({ needId, personId }: { needId: string; personId: string }) =>
        api('POST /api/needs/{id}/contact-releases', { params: { id: needId }, body: { personId, message: null } }),
      onSuccess,
    }),
    decide: useMutation({
      mutationFn: ({ id, input }: { id: number; input: ApiBody<'POST /api/contact-releases/{id}/decision'> }) =>
        api('POST /api/contact-releases/{id}/decision', { params: { id }, body: input }),
      onSuccess,
    }),
  };
}
