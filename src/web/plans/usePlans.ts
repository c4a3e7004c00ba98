import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Agency, AgencyInput, MyTask, Plan, PlanInput, PlanSummary, Report } from '../../domain/plans/planSchemas';
import { api, apiUpload, queryString } from '../api/apiClient';

export function useAgencies(province?: string) {
  return useQuery({
    queryKey: ['agencies', province ?? null],
    queryFn: () => api<Agency[]>('GET', `/api/agencies${queryString({ province })}`),
  });
}

export function useAgencyMutations() {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['agencies'] });
  return {
    create: useMutation({ mutationFn: (input: AgencyInput) => api<Agency>('POST', '/api/agencies', input), onSuccess }),
    update: useMutation({
      mutationFn: ({ id, input }: { id: string; input: AgencyInput }) =>
        api<Agency>('PUT', `/api/agencies/${id}`, input),
      onSuccess,
    }),
  };
}

export function usePlanList(filters: { province?: string; year?: number }) {
  return useQuery({
    queryKey: ['plans', 'list', filters],
    queryFn: () => api<PlanSummary[]>('GET', `/api/plans${queryString(filters)}`),
  });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: ['plans', 'one', id],
    queryFn: () => api<Plan>('GET', `/api/plans/${id}`),
    enabled: !!id,
  });
}

export function useMyTasks(enabled = true) {
  return useQuery({ queryKey: ['plans', 'mine'], queryFn: () => api<MyTask[]>('GET', '/api/plans/my-tasks'), enabled });
}

export function useMyReminders(enabled = true) {
  return useQuery({
    queryKey: ['plans', 'reminders'],
    queryFn: () =>
      api<{ id: number; planId: string; planNumber: string; tasks: number; message: string | null; sentAt: string }[]>(
        'GET',
        '/api/plans/my-reminders',
      ),
    enabled,
  });
}

/** Every change to a plan or a report refreshes the plans shown. */
export function usePlanMutations(planId?: string) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['plans'] });
  return {
    create: useMutation({
      mutationFn: (input: PlanInput) => api<Plan>('POST', '/api/plans', input),
      onSuccess: refresh,
    }),
    update: useMutation({
      mutationFn: (input: PlanInput) => api<Plan>('PUT', `/api/plans/${planId}`, input),
      onSuccess: refresh,
    }),
    copy: useMutation({
      mutationFn: (next: { number: string; issuedOn: string; year: number; reportDueOn: string }) =>
        api<Plan>('POST', `/api/plans/${planId}/copy`, next),
      onSuccess: refresh,
    }),
    remind: useMutation({
      mutationFn: (message: string | null) =>
        api<{ agencyId: string; agencyName: string; tasks: number }[]>('POST', `/api/plans/${planId}/reminders`, {
          message,
        }),
    }),
    saveReport: useMutation({
      mutationFn: ({ taskId, input }: { taskId: string; input: object }) =>
        api<Report>('PUT', `/api/tasks/${taskId}/report`, input),
      onSuccess: refresh,
    }),
    review: useMutation({
      mutationFn: ({ reportId, input }: { reportId: string; input: object }) =>
        api<Report>('POST', `/api/reports/${reportId}/review`, input),
      onSuccess: refresh,
    }),
    attach: useMutation({
      mutationFn: ({ reportId, form }: { reportId: string; form: FormData }) =>
        apiUpload<Report>(`/api/reports/${reportId}/attachments`, form),
      onSuccess: refresh,
    }),
  };
}
