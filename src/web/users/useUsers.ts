import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate, UserUpdate } from '../../domain/users/userSchemas';
import { api, queryString } from '../api/apiClient';

export interface UserFilters {
  q?: string;
  role?: string;
  provinceCode?: string;
}

export function useUsers(filters: UserFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['users', filters, page, pageSize],
    queryFn: () =>
      api<{ items: User[]; total: number }>(
        'GET',
        `/api/users${queryString({ ...filters, limit: pageSize, offset: (page - 1) * pageSize })}`,
      ),
  });
}

type WithPassword = { user: User; oneTimePassword: string };

export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  return {
    create: useMutation({
      mutationFn: (input: UserCreate) => api<WithPassword>('POST', '/api/users', input),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: number; patch: UserUpdate }) => api<User>('PATCH', `/api/users/${id}`, patch),
      onSuccess,
    }),
    resetPassword: useMutation({
      mutationFn: (id: number) => api<WithPassword>('POST', `/api/users/${id}/reset-password`),
      onSuccess,
    }),
  };
}
