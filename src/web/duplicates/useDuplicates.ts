import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  checkRunSchema,
  DuplicatePairView,
  MergeRequest,
  PairDetail,
  PairStatus,
  pairListSchema,
} from '../../domain/duplicates/duplicateSchemas';
import { api, queryString } from '../api/apiClient';

type PairList = z.infer<typeof pairListSchema>;
type CheckRun = z.infer<typeof checkRunSchema>;

export function usePairs(filter: { status: PairStatus; page: number; personId?: string }) {
  return useQuery({
    queryKey: ['duplicates', 'list', filter],
    queryFn: () => api<PairList>('GET', `/api/duplicates${queryString(filter)}`),
  });
}

export function usePair(id: string) {
  return useQuery({
    queryKey: ['duplicates', 'one', id],
    queryFn: () => api<PairDetail>('GET', `/api/duplicates/${id}`),
  });
}

/** The whole-registry check, polled every 2 seconds while it runs. */
export function useCheckRun(enabled: boolean) {
  return useQuery({
    queryKey: ['duplicates', 'check'],
    queryFn: () => api<CheckRun>('GET', '/api/duplicates/check'),
    enabled,
    refetchInterval: (query) => (query.state.data?.running ? 2_000 : false),
  });
}

export function usePairMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['duplicates'] });
  const post = <T>(path: string, body?: unknown) => api<T>('POST', `/api/duplicates/${path}`, body);
  return {
    decide: useMutation({
      mutationFn: (decision: 'open' | 'deferred' | 'not_duplicate') =>
        post<DuplicatePairView>(`${id}/decision`, { decision }),
      onSuccess,
    }),
    merge: useMutation({
      mutationFn: (request: MergeRequest) => post<DuplicatePairView>(`${id}/merge`, request),
      onSuccess,
    }),
    undo: useMutation({ mutationFn: () => post<DuplicatePairView>(`${id}/undo-merge`), onSuccess }),
    checkAll: useMutation({ mutationFn: () => post<CheckRun>('check'), onSuccess }),
  };
}
