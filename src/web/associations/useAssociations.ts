import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Association, AssociationInput, MemberInput } from '../../domain/associations/associationSchemas';
import { api, chosenId } from '../api/apiClient';

export type AssociationFilters = Record<string, string | number | undefined>;

export function useAssociationList(filters: AssociationFilters, enabled = true) {
  return useQuery({
    queryKey: ['associations', 'list', filters],
    queryFn: () => api('GET /api/associations', { query: filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useAssociation(id: string | undefined) {
  return useQuery({
    queryKey: ['associations', 'one', id],
    queryFn: () => api('GET /api/associations/{id}', { params: { id: chosenId(id) } }),
    enabled: id !== undefined,
  });
}

export function useAssociationMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = async (association?: Association) => {
    if (association) queryClient.setQueryData(['associations', 'one', association.id], association);
    await queryClient.invalidateQueries({ queryKey: ['associations'] });
  };
  const params = () => ({ id: chosenId(id) });
  return {
    create: useMutation({
      mutationFn: (input: AssociationInput) => api('POST /api/associations', { body: input }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: (input: AssociationInput & { version: number }) =>
        api('PUT /api/associations/{id}', { params: params(), body: input }),
      onSuccess,
    }),
    remove: useMutation({
      mutationFn: () => api('DELETE /api/associations/{id}', { params: params() }),
      onSuccess: () => onSuccess(),
    }),
    addMember: useMutation({
      mutationFn: (input: MemberInput) => api('POST /api/associations/{id}/members', { params: params(), body: input }),
      onSuccess,
    }),
    removeMember: useMutation({
      mutationFn: (memberId: number) =>
        api('DELETE /api/associations/{id}/members/{memberId}', { params: { ...params(), memberId } }),
      onSuccess,
    }),
  };
}
