import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Returnee } from '../../domain/returnees/returneeSchemas';
import { api, type ApiBody, chosenId } from '../api/apiClient';

export function useReturneeList(filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: ['returnees', 'list', filters],
    queryFn: () => api('GET /api/returnees', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useReturnee(id: string) {
  return useQuery({
    queryKey: ['returnees', 'one', id],
    queryFn: () => api('GET /api/returnees/{id}', { params: { id: chosenId(id) } }),
  });
}

/** Every change answers with the return as it now is. */
export function useReturneeMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = async (returnee: Returnee) => {
    queryClient.setQueryData(['returnees', 'one', returnee.id], returnee);
    await queryClient.invalidateQueries({ queryKey: ['returnees', 'list'] });
  };
  return {
    create: useMutation({
      mutationFn: (input: ApiBody<'POST /api/returnees'>) => api('POST /api/returnees', { body: input }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: ApiBody<'PUT /api/returnees/{id}'>) =>
        api('PUT /api/returnees/{id}', { params: { id: chosenId(id) }, body: input }),
      onSuccess,
    }),
    addSupport: useMutation({
      mutationFn: (input: ApiBody<'POST /api/returnees/{id}/support'>) =>
        api('POST /api/returnees/{id}/support', { params: { id: chosenId(id) }, body: input }),
      onSuccess,
    }),
    addFollowUp: useMutation({
      mutationFn: (input: ApiBody<'POST /api/returnees/{id}/follow-ups'>) =>
        api('POST /api/returnees/{id}/follow-ups', { params: { id: chosenId(id) }, body: input }),
      onSuccess,
    }),
    setFollowUp: useMutation({
      mutationFn: ({ followUpId, doneOn }: { followUpId: number; doneOn: string | null }) =>
        api('PATCH /api/returnees/{id}/follow-ups/{followUpId}', {
          params: { id: chosenId(id), followUpId },
          body: { doneOn },
        }),
      onSuccess,
    }),
  };
}
