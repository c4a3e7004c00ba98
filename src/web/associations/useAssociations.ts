import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Association,
  AssociationInput,
  AssociationSummary,
  MemberInput,
} from '../../domain/associations/associationSchemas';
import { api, queryString } from '../api/apiClient';

export type AssociationFilters = Record<string, string | number | undefined>;

export function useAssociationList(filters: AssociationFilters, enabled = true) {
  return useQuery({
    queryKey: ['associations', 'list', filters],
    queryFn: () =>
      api<{ items: AssociationSummary[]; total: number }>('GET', `/api/associations${queryString(filters)}`),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAssociation(id: string | undefined) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () => api<Association>('GET', `/api/associations/${id}`),
    enabled: id !== undefined,
  });
}

export function useAssociationMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = async (association?: Association) => {
    if (association) queryClient.setQueryData(['associations', 'one', association.id], association);
    await queryClient.invalidateQueries({ queryKey: ['associations'] });
  };
  const path = `/api/associations/${id}`;
  return {
    create: useMutation({
      mutationFn: (input: AssociationInput) => api<Association>('POST', '/api/associations', input),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: AssociationInput & { version: number }) => api<Association>('PUT', path, input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: () => api<void>('DELETE', path), onSuccess: () => onSuccess() }),
    addMember: useMutation({
      mutationFn: (input: MemberInput) => api<Association>('POST', `${path}/members`, input),
      onSuccess,
    }),
    removeMember: useMutation({
      mutationFn: (memberId: number) => api<Association>('DELETE', `${path}/members/${memberId}`),
      onSuccess,
    }),
  };
}
