import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { MergeRequest, PairStatus } from '../../domain/duplicates/duplicateSchemas';
import { api, chosenId } from '../api/apiClient';

export function usePairs(filter: { status: PairStatus; page: number; personId?: string }) {
  return useQuery({
    queryKey: ['duplicates', 'list', filter],
    queryFn: () => api('GET /api/duplicates', { query: filter }),
  });
}

export function usePair(id: number) {
  return useQuery({
    queryKey: ['duplicates', 'one', id],
    queryFn: () => api('GET /api/duplicates/{id}', { params: { id } }),
  });
}

/** The whole-registry check, polled every 2 seconds while it runs. */
export function useCheckRun(enabled: boolean) {
  return useQuery({
    queryKey: ['duplicates', 'check'],
    queryFn: () => api('GET /api/duplicates/check'),
    enabled,
    refetchInterval: (query) => (query.state.data?.running ? 2_000 : false),
  });
}

export function usePairMutations(id?: number) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['duplicates'] });
  const params = () => ({ id: chosenId(id) });
  return {
    decide: useMutation({
      mutationFn: (decision: 'open' | 'deferred' | 'not_duplicate') =>
        api('POST /api/duplicates/{id}/decision', { params: params(), body: { decision } }),
      onSuccess,
    }),
    merge: useMutation({
      mutationFn: (request: MergeRequest) =>
        api('POST /api/duplicates/{id}/merge', { params: params(), body: request }),
      onSuccess,
    }),
    undo: useMutation({
      mutationFn: () => api('POST /api/duplicates/{id}/undo-merge', { params: params() }),
      onSuccess,
    }),
    checkAll: useMutation({ mutationFn: () => api('POST /api/duplicates/check'), onSuccess }),
  };
}
