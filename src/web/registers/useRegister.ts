import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { api, apiUpload, queryString } from '../api/apiClient';

/** A record of a register as the API returns it: its fields and its bookkeeping. */
export type RegisterRecord = { id: string; provinceCode: string; version: number; updatedAt: string } & Record<
  string,
  unknown
>;
export type Names = Record<string, string>;

export function useRegisterList(spec: RegisterSpec, filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: [spec.key, 'list', filters],
    queryFn: () =>
      api<{ items: RegisterRecord[]; total: number; names: Names }>('GET', `/api/${spec.key}${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterRecord(spec: RegisterSpec, id: string | undefined) {
  return useQuery({
    queryKey: [spec.key, 'one', id],
    queryFn: () => api<{ record: RegisterRecord; names: Names }>('GET', `/api/${spec.key}/${id}`),
    enabled: !!id,
  });
}

export function useRegisterNotes(spec: RegisterSpec, id: string) {
  return useQuery({
    queryKey: [spec.key, 'notes', id],
    enabled: spec.hasNotes,
    queryFn: () =>
      api<{
        notes: { id: number; notedOn: string; title: string; content: string | null; createdBy: string | null }[];
        files: { id: number; fileName: string; size: number; uploadedAt: string }[];
      }>('GET', `/api/${spec.key}/${id}/notes`),
  });
}

export function useRegisterMutations(spec: RegisterSpec, id?: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [spec.key] });
  type One = { record: RegisterRecord; names: Names };
  return {
    create: useMutation({
      mutationFn: (input: object) => api<One>('POST', `/api/${spec.key}`, input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: object) => api<One>('PUT', `/api/${spec.key}/${id}`, input),
      onSuccess: refresh,
    }),
    remove: useMutation({ mutationFn: () => api<void>('DELETE', `/api/${spec.key}/${id}`), onSuccess: refresh }),
    addNote: useMutation({
      mutationFn: (note: object) => api<unknown>('POST', `/api/${spec.key}/${id}/notes`, note),
      onSuccess: refresh,
    }),
    addFile: useMutation({
      mutationFn: (form: FormData) => apiUpload<unknown>(`/api/${spec.key}/${id}/files`, form),
      onSuccess: refresh,
    }),
  };
}
