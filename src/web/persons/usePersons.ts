import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PersonChange } from '../../domain/persons/historySchema';
import type { Person, PersonInput, PersonSummary } from '../../domain/persons/personSchemas';
import { api, queryString } from '../api/apiClient';

export type PersonFilters = Record<string, string | number | undefined>;

interface PersonPage {
  items: PersonSummary[];
  nextCursor: string | null;
  total: number | null;
  totalIsEstimate: boolean;
}

export function usePersonList(filters: PersonFilters) {
  return useInfiniteQuery({
    queryKey: ['persons', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      api<PersonPage>('GET', `/api/persons${queryString({ ...filters, cursor: pageParam, limit: 50 })}`),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function usePerson(id: string | undefined) {
  return useQuery({
    queryKey: ['persons', 'one', id],
    queryFn: () => api<Person>('GET', `/api/persons/${id}`),
    enabled: id !== undefined,
  });
}

export function usePersonHistory(id: string) {
  return useQuery({
    queryKey: ['persons', 'history', id],
    queryFn: () => api<PersonChange[]>('GET', `/api/persons/${id}/history`),
  });
}

export function usePersonStats() {
  type Counts = { code: string | null; count: number }[];
  return useQuery({
    queryKey: ['persons', 'stats'],
    queryFn: () => api<{ byCountry: Counts; byProvince: Counts }>('GET', '/api/persons/stats'),
  });
}

export function usePersonMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['persons'] });
  return {
    create: useMutation({ mutationFn: (input: PersonInput) => api<Person>('POST', '/api/persons', input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input, version }: { id: string; input: PersonInput; version: number }) =>
        api<Person>('PUT', `/api/persons/${id}`, { ...input, version }),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => api<Person>('DELETE', `/api/persons/${id}`), onSuccess }),
    restore: useMutation({ mutationFn: (id: string) => api<Person>('POST', `/api/persons/${id}/restore`), onSuccess }),
  };
}
