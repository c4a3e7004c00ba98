import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RelativeRecord, RelativeUpdate } from '../../domain/relatives/relativeSchemas';
import { api } from '../api/apiClient';

export interface RelativePage {
  items: RelativeRecord[];
  total: number;
}

export function useRelativeList(
  filters: { q?: string; phone?: string; page: number; pageSize: number },
  enabled = true,
) {
  return useQuery({
    queryKey: ['relatives', 'list', filters],
    queryFn: () => api('GET /api/relatives', { query: filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useRelative(id: string) {
  return useQuery({
    queryKey: ['relatives', 'one', id],
    queryFn: () => api('GET /api/relatives/{id}', { params: { id } }),
  });
}

export function useRelativeUpdate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: RelativeUpdate) => api('PUT /api/relatives/{id}', { params: { id }, body: update }),
    onSuccess: async (relative) => {
      queryClient.setQueryData(['relatives', 'one', id], relative);
      // Every person linked to the relative shows the change.
      await queryClient.invalidateQueries({ queryKey: ['relatives'] });
      await queryClient.invalidateQueries({ queryKey: ['persons'] });
    },
  });
}
