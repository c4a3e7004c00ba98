import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AgencyInput, PlanInput } from '../../domain/plans/planSchemas';
import type { AgencyMerge, AgencySplit } from '../../domain/plans/reorganisation';
import { api, apiUpload, type ApiBody, chosenId } from '../api/apiClient';

export function useAgencies(province?: string) {
  return useQuery({
    queryKey: ['agencies', province ?? null],
    queryFn: () => api('GET /api/agencies', { query: { province } }),
  });
}

export function useAgencyWork(id: string | undefined) {
  return useQuery({
    queryKey: ['agencies', 'work', id],
    queryFn: () => api('GET /api/agencies/{id}/work', { params: { id: chosenId(id) } }),
    enabled: !!id,
  });
}

export function useAgencyChanges() {
  return useQuery({ queryKey: ['agencies', 'changes'], queryFn: () => api('GET /api/agencies/changes') });
}

export function useAgencyMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['agencies'] });
  return {
    merge: useMutation({
      mutationFn: (input: AgencyMerge) => api('POST /api/agencies/merge', { body: input }),
      onSuccess,
    }),
    split: useMutation({
      mutationFn: (input: AgencySplit) => api('POST /api/agencies/split', { body: input }),
      onSuccess,
    }),
    create: useMutation({ mutationFn: (input: AgencyInput) => api('POST /api/agencies', { body: input }), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: AgencyInput }) =>
        api('PUT /api/agencies/{id}', { params: { id: chosenId(id) }, body: input }),
      onSuccess,
    }),
  };
}

export function usePlanList(filters: { province?: string; year?: number }) {
  return useQuery({
    queryKey: ['plans', 'list', filters],
    queryFn: () => api('GET /api/plans', { query: filters }),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'one', id],
    queryFn: () => api('GET /api/plans/{id}', { params: { id: chosenId(id) } }),
    enabled: !!id,
  });
}

export function useMyTasks(enabled = true) {
  return useQuery({ queryKey: ['plans', 'mine'], queryFn: () => api('GET /api/plans/my-tasks'), enabled });
}

export function useMyReminders(enabled = true) {
  return useQuery({
    queryKey: ['plans', 'reminders'],
    queryFn: () => api('GET /api/plans/my-reminders'),
    enabled,
  });
}

/** Every change to a plan or a report refreshes the plans shown. */
export function usePlanMutations(planId?: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['plans'] });
  return {
    create: useMutation({
      mutationFn: (input: PlanInput) => api('POST /api/plans', { body: input }),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: PlanInput) => api('PUT /api/plans/{id}', { params: { id: chosenId(planId) }, body: input }),
      onSuccess: refresh,
    }),
    copy: useMutation({
      mutationFn: (next: { number: string; issuedOn: string; year: number; reportDueOn: string }) =>
        api('POST /api/plans/{id}/copy', { params: { id: chosenId(planId) }, body: next }),
      onSuccess: refresh,
    }),
    remind: useMutation({
      mutationFn: (message: string | null) =>
        api('POST /api/plans/{id}/reminders', {
          params: { id: chosenId(planId) },
          body: {
            message,
          },
        }),
    }),
    saveReport: useMutation({
      mutationFn: ({ taskId, input }: { taskId: string; input: ApiBody<'PUT /api/tasks/{id}/report'> }) =>
        api('PUT /api/tasks/{id}/report', { params: { id: taskId }, body: input }),
      onSuccess: refresh,
    }),
    review: useMutation({
      mutationFn: ({ reportId, input }: { reportId: string; input: ApiBody<'POST /api/reports/{id}/review'> }) =>
        api('POST /api/reports/{id}/review', { params: { id: reportId }, body: input }),
      onSuccess: refresh,
    }),
    attach: useMutation({
      mutationFn: ({ reportId, form }: { reportId: string; form: FormData }) =>
        apiUpload('POST /api/reports/{id}/attachments', form, { id: reportId }),
      onSuccess: refresh,
    }),
  };
}
