import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type ApiBody } from '../api/apiClient';

export function useMissions(enabled = true) {
  return useQuery({ queryKey: ['missions'], queryFn: () => api('GET /api/missions'), enabled });
}

export function useOrgTree() {
  return useQuery({ queryKey: ['org-units'], queryFn: () => api('GET /api/org-units') });
}

export function useProvinceBranch(code: string | null) {
  return useQuery({
    queryKey: ['org-units', code],
    queryFn: () => api('GET /api/org-units/provinces/{code}', { params: { code: code ?? '' } }),
    enabled: code !== null,
  });
}

export function useMissionMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () =>
    Promise.all(['missions', 'org-units'].map((k) => queryClient.invalidateQueries({ queryKey: [k] })));
  return {
    create: useMutation({
      mutationFn: (input: ApiBody<'POST /api/missions'>) => api('POST /api/missions', { body: input }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: ApiBody<'PUT /api/missions/{id}'> }) =>
        api('PUT /api/missions/{id}', { params: { id }, body: input }),
      onSuccess,
    }),
  };
}

export function useConsularRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiBody<'POST /api/consular-registrations'>) =>
      api('POST /api/consular-registrations', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['persons'] }),
  });
}
