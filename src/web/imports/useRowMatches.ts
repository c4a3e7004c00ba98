import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ImportBatch, RowActionsUpdate } from '../../domain/imports/batchSchemas';
import { api } from '../api/apiClient';

/** A page of the rows the dry run matched to registry persons. */
export function useRowMatches(id: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['imports', 'matches', id, page, pageSize],
    queryFn: () =>
      api('GET /api/imports/{id}/matches', {
        params: { id },
        query: { offset: (page - 1) * pageSize, limit: pageSize },
      }),
  });
}

/** The officer's choices for matched rows; the batch and its matches are read again after. */
export function useRowActions(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: RowActionsUpdate) => api('PUT /api/imports/{id}/actions', { params: { id }, body: update }),
    onSuccess: async (batch: ImportBatch) => {
      queryClient.setQueryData(['imports', 'one', batch.id], batch);
      await queryClient.invalidateQueries({ queryKey: ['imports', 'matches', id] });
    },
  });
}
