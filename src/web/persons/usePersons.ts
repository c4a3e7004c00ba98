import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonInput } from '../../domain/persons/personSchemas';
import { api, chosenId } from '../api/apiClient';

export type PersonFilters = Record<string, string | number | undefined>;

export function usePersonList(filters: PersonFilters) {
  return useInfiniteQuery({
    queryKey: ['persons', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) => api('GET /api/persons', { query: { ...filters, cursor: pageParam, limit: 50 } }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['persons', 'one', id],
    queryFn: () => api('GET /api/persons/{id}', { params: { id: chosenId(id) } }),
    enabled: id !== undefined,
  });
}

export function usePersonHistory(id: string) {
  return useQuery({
    queryKey: ['persons', 'history', id],
    queryFn: () => api('GET /api/persons/{id}/history', { params: { id: chosenId(id) } }),
  });
}

export function usePersonStats() {
  return useQuery({
    queryKey: ['persons', 'stats'],
    queryFn: () => api('GET /api/persons/stats'),
  });
}

export function usePersonMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['persons'] });
  return {
    create: useMutation({ mutationFn: (input: PersonInput) => api('POST /api/persons', { body: input }), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input, version }: { id: string; input: PersonInput; version: number }) =>
        api('PUT /api/persons/{id}', { params: { id: chosenId(id) }, body: { ...input, version } }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: (id: string) => api('DELETE /api/persons/{id}', { params: { id: chosenId(id) } }),
      onSuccess,
    }),
    restore: useMutation({
      mutationFn: (id: string) => api('POST /api/persons/{id}/restore', { params: { id: chosenId(id) } }),
      onSuccess,
    }),
  };
}
