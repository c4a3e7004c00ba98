import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody, type ApiQuery } from '../api/apiClient';

export function useReferrals(query: ApiQuery<'GET /api/referrals'>) {
  return useQuery({ queryKey: ['referrals', query], queryFn: () => api('GET /api/referrals', { query }) });
}

/** Sending, deciding and closing a referral refresh the referrals and the cases they touch. */
export function useReferralMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all(['referrals', 'cases'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })));
  return {
    send: useMutation({
      mutationFn: (input: ApiBody<'POST /api/referrals'>) => api('POST /api/referrals', { body: input }),
      onSuccess,
    }),
    decide: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ApiBody<'POST /api/referrals/{id}/decision'> }) =>
        api('POST /api/referrals/{id}/decision', { params: { id }, body: input }),
      onSuccess,
    }),
    complete: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ApiBody<'POST /api/referrals/{id}/outcome'> }) =>
        api('POST /api/referrals/{id}/outcome', { params: { id }, body: input }),
      onSuccess,
    }),
  };
}
