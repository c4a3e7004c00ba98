import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Contact,
  ContactInput,
  ExpertMatch,
  ExpertProfile,
  ExpertProfileInput,
  ExpertSummary,
  Need,
  NeedInput,
} from '../../domain/experts/expertSchemas';
import { api, queryString } from '../api/apiClient';

type Filters = Record<string, string | number | undefined>;

export function useExpertList(filters: Filters) {
  return useQuery({
    queryKey: ['experts', 'list', filters],
    queryFn: () => api<{ items: ExpertSummary[]; total: number }>('GET', `/api/experts${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useExpertProfile(personId: string) {
  return useQuery({
    queryKey: ['experts', 'profile', personId],
    queryFn: () => api<ExpertProfile | null>('GET', `/api/persons/${personId}/expert`),
  });
}

export function useExpertContacts(personId: string) {
  return useQuery({
    queryKey: ['experts', 'contacts', 'person', personId],
    queryFn: () => api<Contact[]>('GET', `/api/persons/${personId}/expert/contacts`),
  });
}

export function useExpertMutations(personId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['experts'] });
  return {
    save: useMutation({
      mutationFn: (input: ExpertProfileInput) => api<ExpertProfile>('PUT', `/api/persons/${personId}/expert`, input),
      onSuccess,
    }),
    addContact: useMutation({
      mutationFn: (input: ContactInput) => api<Contact[]>('POST', `/api/persons/${personId}/expert/contacts`, input),
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
    queryFn: () => api<{ items: Need[]; total: number }>('GET', `/api/needs${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useNeed(id: string) {
  return useQuery({ queryKey: ['needs', 'one', id], queryFn: () => api<Need>('GET', `/api/needs/${id}`) });
}

export function useNeedMatches(id: string) {
  return useQuery({
    queryKey: ['needs', 'matches', id],
    queryFn: () => api<ExpertMatch[]>('GET', `/api/needs/${id}/matches`),
  });
}

export function useNeedContacts(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['needs', 'contacts', id],
    queryFn: () => api<Contact[]>('GET', `/api/needs/${id}/contacts`),
    enabled,
  });
}

export function useNeedMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['needs'] });
  return {
    create: useMutation({ mutationFn: (input: NeedInput) => api<Need>('POST', '/api/needs', input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: NeedInput }) => api<Need>('PUT', `/api/needs/${id}`, input),
      onSuccess,
    }),
  };
}
