import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Returnee, ReturneeSummary } from '../../domain/returnees/returneeSchemas';
import { api, queryString } from '../api/apiClient';

export function useReturneeList(filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['returnees', 'list', filters],
    queryFn: () => api<{ items: ReturneeSummary[]; total: number }>('GET', `/api/returnees${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useReturnee(id: string) {
  return useQuery({ queryKey: ['returnees', 'one', id], queryFn: () => api<Returnee>('GET', `/api/returnees/${id}`) });
}

/** Every change answers with the return as it now is. */
export function useReturneeMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = async (returnee: Returnee) => {
    queryClient.setQueryData(['returnees', 'one', returnee.id], returnee);
    await queryClient.invalidateQueries({ queryKey: ['returnees', 'list'] });
  };
  return {
    create: useMutation({ mutationFn: (input: object) => api<Returnee>('POST', '/api/returnees', input), onSuccess }),
    update: useMutation({
      mutationFn: (input: object) => api<Returnee>('PUT', `/api/returnees/${id}`, input),
      onSuccess,
    }),
    addSupport: useMutation({
      mutationFn: (input: object) => api<Returnee>('POST', `/api/returnees/${id}/support`, input),
      onSuccess,
    }),
    addFollowUp: useMutation({
      mutationFn: (input: object) => api<Returnee>('POST', `/api/returnees/${id}/follow-ups`, input),
      onSuccess,
    }),
    setFollowUp: useMutation({
      mutationFn: ({ followUpId, doneOn }: { followUpId: number; doneOn: string | null }) =>
        api<Returnee>('PATCH', `/api/returnees/${id}/follow-ups/${followUpId}`, { doneOn }),
      onSuccess,
    }),
  };
}
