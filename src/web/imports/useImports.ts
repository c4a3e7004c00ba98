import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportBatch } from '../../domain/imports/batchSchemas';
import type { ImportColumn } from '../../domain/imports/importColumns';
import { api, apiUpload, chosenId } from '../api/apiClient';

export interface ImportProblemPage {
  items: { rowNumber: number; column: string; code: string; message: string; value: string }[];
  total: number;
}

export function useImportBatches() {
  return useQuery({ queryKey: ['imports', 'list'], queryFn: () => api('GET /api/imports') });
}

/** While its rows are being written, or its committed persons checked for duplicates. */
const isBusy = (batch: ImportBatch | undefined) =>
  batch?.status === 'committing' || (batch?.status === 'committed' && !batch.duplicatesCheckedAt);

/** A batch, polled every second while it is busy. */
export function useImportBatch(id: string) {
  return useQuery({
    queryKey: ['imports', 'one', id],
    queryFn: () => api('GET /api/imports/{id}', { params: { id } }),
    refetchInterval: (query) => (isBusy(query.state.data) ? 1_000 : false),
  });
}

export function useImportProblems(id: string, page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: ['imports', 'problems', id, page, pageSize],
    queryFn: () =>
      api('GET /api/imports/{id}/problems', {
        params: { id },
        query: { offset: (page - 1) * pageSize, limit: pageSize },
      }),
    enabled,
  });
}

export function useImportMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = (batch: ImportBatch) => {
    queryClient.setQueryData(['imports', 'one', batch.id], batch);
    return queryClient.invalidateQueries({ queryKey: ['imports'] });
  };
  const post = (action: 'check' | 'commit' | 'rollback' | 'discard') => () =>
    api(`POST /api/imports/{id}/${action}`, { params: { id: chosenId(id) } });
  return {
    upload: useMutation({ mutationFn: (form: FormData) => apiUpload('POST /api/imports', form), onSuccess }),
    /** A corrected mapping, then the dry run again: one step for the user. */
    remapAndCheck: useMutation({
      mutationFn: async (update: { columns: { index: number; column: ImportColumn | null }[]; remember: boolean }) => {
        await api('PUT /api/imports/{id}/mapping', { params: { id: chosenId(id) }, body: update });
        return post('check')();
      },
      onSuccess,
    }),
    check: useMutation({ mutationFn: post('check'), onSuccess }),
    commit: useMutation({ mutationFn: post('commit'), onSuccess }),
    discard: useMutation({ mutationFn: post('discard'), onSuccess }),
    rollback: useMutation({
      mutationFn: post('rollback'),
      onSuccess: async (batch) => {
        await onSuccess(batch);
        await queryClient.invalidateQueries({ queryKey: ['persons'] });
      },
    }),
  };
}
