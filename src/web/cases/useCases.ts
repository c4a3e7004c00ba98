import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, CaseInput } from '../../domain/cases/caseSchemas';
import { api, apiUpload, chosenId, type ApiBody } from '../api/apiClient';

type Filters = Record<string, string | number | undefined>;

export function useCaseList(filters: Filters) {
  return useQuery({
    queryKey: ['cases', 'list', filters],
    queryFn: () => api('GET /api/cases', { query: filters }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'one', id],
    queryFn: () => api('GET /api/cases/{id}', { params: { id: chosenId(id) } }),
    enabled: !!id,
  });
}

export function useOverdueTasks(enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'overdue'],
    queryFn: () => api('GET /api/cases/overdue-tasks'),
    enabled,
  });
}

export function useCaseAssignees(province: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'assignees', province],
    queryFn: () => api('GET /api/cases/assignees', { query: { province } }),
    enabled,
  });
}

/** Every change to a case answers with the case as it now is. */
export function useCaseMutations(id?: string) {
  const queryClient = useQueryClient();
  const onSuccess = async (theCase: CaseDetail | null) => {
    if (theCase) queryClient.setQueryData(['cases', 'one', theCase.id], theCase);
    await queryClient.invalidateQueries({ queryKey: ['cases', 'list'] });
    await queryClient.invalidateQueries({ queryKey: ['cases', 'overdue'] });
  };
  // Called in the same order on every render, as hooks must be.
  const params = () => ({ id: chosenId(id) });
  return {
    create: useMutation({ mutationFn: (input: CaseInput) => api('POST /api/cases', { body: input }), onSuccess }),
    update: useMutation({
      mutationFn: (body: ApiBody<'PUT /api/cases/{id}'>) => api('PUT /api/cases/{id}', { params: params(), body }),
      onSuccess,
    }),
    status: useMutation({
      mutationFn: (body: ApiBody<'POST /api/cases/{id}/status'>) =>
        api('POST /api/cases/{id}/status', { params: params(), body }),
      onSuccess,
    }),
    assign: useMutation({
      mutationFn: (body: ApiBody<'POST /api/cases/{id}/assign'>) =>
        api('POST /api/cases/{id}/assign', { params: params(), body }),
      onSuccess,
    }),
    refer: useMutation({
      mutationFn: (body: ApiBody<'POST /api/cases/{id}/referrals'>) =>
        api('POST /api/cases/{id}/referrals', { params: params(), body }),
      onSuccess,
    }),
    addPerson: useMutation({
      mutationFn: (body: ApiBody<'POST /api/cases/{id}/persons'>) =>
        api('POST /api/cases/{id}/persons', { params: params(), body }),
      onSuccess,
    }),
    addTask: useMutation({
      mutationFn: (body: ApiBody<'POST /api/cases/{id}/tasks'>) =>
        api('POST /api/cases/{id}/tasks', { params: params(), body }),
      onSuccess,
    }),
    setTask: useMutation({
      mutationFn: ({ taskId, done }: { taskId: number; done: boolean }) =>
        api('PATCH /api/cases/{id}/tasks/{taskId}', { params: { ...params(), taskId }, body: { done } }),
      onSuccess,
    }),
    addNote: useMutation({
      mutationFn: (body: ApiBody<'POST /api/cases/{id}/notes'>) =>
        api('POST /api/cases/{id}/notes', { params: params(), body }),
      onSuccess,
    }),
    upload: useMutation({
      mutationFn: (form: FormData) => apiUpload('POST /api/cases/{id}/attachments', form, params()),
      onSuccess,
    }),
  };
}
