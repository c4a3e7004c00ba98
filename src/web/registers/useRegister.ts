import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RegisterRoutes } from '../../domain/registers/registerRoutes';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { chosenId, routeClient } from '../api/apiClient';

export type { ReferenceNames as Names, RegisterRecord } from '../../domain/registers/registerRoutes';

/** The routes of one register: `{register}` is its key. */
const registerApi = (spec: RegisterSpec) => routeClient<RegisterRoutes>({ register: spec.key });

export function useRegisterList(spec: RegisterSpec, filters: Record<string, string | number | undefined>) {
  return useQuery({
    queryKey: [spec.key, 'list', filters],
    queryFn: () => registerApi(spec).call('GET /api/{register}', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useRegisterRecord(spec: RegisterSpec, id: string | undefined) {
  return useQuery({
    queryKey: [spec.key, 'one', id],
    queryFn: () => registerApi(spec).call('GET /api/{register}/{id}', { params: { id: chosenId(id) } }),
    enabled: !!id,
  });
}

export function useRegisterNotes(spec: RegisterSpec, id: string) {
  return useQuery({
    queryKey: [spec.key, 'notes', id],
    enabled: spec.hasNotes,
    queryFn: () => registerApi(spec).call('GET /api/{register}/{id}/notes', { params: { id } }),
  });
}

export function useRegisterMutations(spec: RegisterSpec, id?: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: [spec.key] });
  const { call, upload } = registerApi(spec);
  const params = () => ({ id: chosenId(id) });
  return {
    create: useMutation({
      mutationFn: (input: Record<string, unknown>) => call('POST /api/{register}', { body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: Record<string, unknown>) =>
        call('PUT /api/{register}/{id}', { params: params(), body: input }),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: () => call('DELETE /api/{register}/{id}', { params: params() }),
      onSuccess: refresh,
    }),
    addNote: useMutation({
      mutationFn: (note: RegisterRoutes['POST /api/{register}/{id}/notes']['body']) =>
        call('POST /api/{register}/{id}/notes', { params: params(), body: note }),
      onSuccess: refresh,
    }),
    addFile: useMutation({
      mutationFn: (form: FormData) => upload('POST /api/{register}/{id}/files', form, params()),
      onSuccess: refresh,
    }),
  };
}
