import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactInput, ExpertProfileInput, NeedInput } from '../../domain/experts/expertSchemas';
import { api } from '../api/apiClient';

type Filters = Record<string, string | number | undefined>;

export function useExpertList(filters: Filters) {
  return useQuery({
    queryKey: ['experts', 'list', filters],
    queryFn: () => api('GET /api/experts', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useExpertProfile(personId: string) {
  return useQuery({
    queryKey: ['experts', 'profile', personId],
    queryFn: () => api('GET /api/persons/{id}/expert', { params: { id: personId } }),
  });
}

export function useExpertContacts(personId: string) {
  return useQuery({
    queryKey: ['experts', 'contacts', 'person', personId],
    queryFn: () => api('GET /api/persons/{id}/expert/contacts', { params: { id: personId } }),
  });
}

export function useExpertMutations(personId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['experts'] });
  return {
    save: useMutation({
      mutationFn: (input: ExpertProfileInput) =>
        api('PUT /api/persons/{id}/expert', { params: { id: personId }, body: input }),
      onSuccess,
    }),
    addContact: useMutation({
      mutationFn: (input: ContactInput) =>
        api('POST /api/persons/{id}/expert/contacts', { params: { id: personId }, body: input }),
      onSuccess: async () => {
        await onSuccess();
        await queryClient.invalidateQueries({ queryKey: ['needs'] });
      },
    }),
  };
}

export function useNeedList(filters: Filters) {
  return useQuery({
    queryKey: ['needs', 'list', filters],
    queryFn: () => api('GET /api/needs', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useNeed(id: string) {
  return useQuery({ queryKey: ['needs', 'one', id], queryFn: () => api('GET /api/needs/{id}', { params: { id } }) });
}

export function useNeedMatches(id: string) {
  return useQuery({
    queryKey: ['needs', 'matches', id],
    queryFn: () => api('GET /api/needs/{id}/matches', { params: { id } }),
  });
}

export function useNeedContacts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['needs', 'contacts', id],
    queryFn: () => api('GET /api/needs/{id}/contacts', { params: { id } }),
    enabled,
  });
}

export function useNeedMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['needs'] });
  return {
    create: useMutation({ mutationFn: (input: NeedInput) => api('POST /api/needs', { body: input }), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: NeedInput }) =>
        api('PUT /api/needs/{id}', { params: { id }, body: input }),
      onSuccess,
    }),
  };
}
