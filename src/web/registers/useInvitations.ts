import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InvitationFilter, InvitationUpdate } from '../../domain/registers/invitations';
import { api, type ApiQuery } from '../api/apiClient';

export function useInvitations(eventId: string, filters: ApiQuery<'GET /api/events/{id}/invitations'>) {
  return useQuery({
    queryKey: ['events', 'invitations', eventId, filters],
    queryFn: () => api('GET /api/events/{id}/invitations', { params: { id: eventId }, query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useInvitationMutations(eventId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['events', 'invitations', eventId] });
  return {
    invite: useMutation({
      mutationFn: (filter: InvitationFilter) =>
        api('POST /api/events/{id}/invitations', { params: { id: eventId }, body: filter }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...change }: InvitationUpdate & { id: number }) =>
        api('PATCH /api/events/{id}/invitations/{invitationId}', {
          params: { id: eventId, invitationId: id },
          body: change,
        }),
      onSuccess: refresh,
    }),
  };
}
