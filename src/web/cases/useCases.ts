import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDetail, CaseInput, CaseSummary, OverdueTask } from '../../domain/cases/caseSchemas';
import { api, apiUpload, queryString } from '../api/apiClient';

type Filters = Record<string, string | number | undefined>;

export function useCaseList(filters: Filters) {
  return useQuery({
    queryKey: ['cases', 'list', filters],
    queryFn: () => api<{ items: CaseSummary[]; total: number }>('GET', `/api/cases${queryString(filters)}`),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | undefined) {
  return useQuery({
    queryKey: ['cases', 'one', id],
    queryFn: () => api<CaseDetail>('GET', `/api/cases/${id}`),
    enabled: !!id,
  });
}

export function useOverdueTasks(enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'overdue'],
    queryFn: () => api<OverdueTask[]>('GET', '/api/cases/overdue-tasks'),
    enabled,
  });
}

export function useCaseAssignees(province: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['cases', 'assignees', province],
    queryFn: () => api<{ id: number; name: string }[]>('GET', `/api/cases/assignees${queryString({ province })}`),
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
  const useChange = (method: string, path: string) =>
    useMutation({ mutationFn: (body: object) => api<CaseDetail>(method, `/api/cases/${id}${path}`, body), onSuccess });
  return {
    create: useMutation({ mutationFn: (input: CaseInput) => api<CaseDetail>('POST', '/api/cases', input), onSuccess }),
    update: useChange('PUT', ''),
    status: useChange('POST', '/status'),
    assign: useChange('POST', '/assign'),
    refer: useMutation({
      mutationFn: (body: object) => api<CaseDetail | null>('POST', `/api/cases/${id}/referrals`, body),
      onSuccess,
    }),
    addPerson: useChange('POST', '/persons'),
    addTask: useChange('POST', '/tasks'),
    setTask: useMutation({
      mutationFn: ({ taskId, done }: { taskId: number; done: boolean }) =>
        api<CaseDetail>('PATCH', `/api/cases/${id}/tasks/${taskId}`, { done }),
      onSuccess,
    }),
    addNote: useChange('POST', '/notes'),
    upload: useMutation({
      mutationFn: (form: FormData) => apiUpload<CaseDetail>(`/api/cases/${id}/attachments`, form),
      onSuccess,
    }),
  };
}
