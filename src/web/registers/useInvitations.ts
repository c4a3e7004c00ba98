import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Invitation, InvitationFilter, InvitationUpdate } from '../../domain/registers/invitations';
import { api, queryString } from '../api/apiClient';

export function useInvitations(eventId: string, filters: { status?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['events', 'invitations', eventId, filters],
    queryFn: () =>
      api<{ items: Invitation[]; total: number; byStatus: Record<string, number> }>(
        'GET',
        `/api/events/${eventId}/invitations${queryString(filters)}`,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useInvitationMutations(eventId: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['events', 'invitations', eventId] });
  return {
    invite: useMutation({
      mutationFn: (filter: InvitationFilter) =>
        api<{ invited: number; alreadyInvited: number }>('POST', `/api/events/${eventId}/invitations`, filter),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: ({ id, ...change }: InvitationUpdate & { id: number }) =>
        api<Invitation>('PATCH', `/api/events/${eventId}/invitations/${id}`, change),
      onSuccess: refresh,
    }),
  };
}
