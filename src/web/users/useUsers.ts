import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../domain/auth/roles';
import type { UserCreate, UserUpdate } from '../../domain/users/userSchemas';
import { api } from '../api/apiClient';

export interface UserFilters {
  q?: string;
  role?: Role;
  provinceCode?: string;
}

export function useUsers(filters: UserFilters, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['users', filters, page, pageSize],
    queryFn: () => api('GET /api/users', { query: { ...filters, limit: pageSize, offset: (page - 1) * pageSize } }),
  });
}

export function useUserMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['users'] });
  return {
    create: useMutation({
      mutationFn: (input: UserCreate) => api('POST /api/users', { body: input }),
      onSuccess,
    }),
    update: useMutation({
      mutationFn: ({ id, patch }: { id: number; patch: UserUpdate }) =>
        api('PATCH /api/users/{id}', { params: { id }, body: patch }),
      onSuccess,
    }),
    resetPassword: useMutation({
      mutationFn: (id: number) => api('POST /api/users/{id}/reset-password', { params: { id } }),
      onSuccess,
    }),
  };
}
