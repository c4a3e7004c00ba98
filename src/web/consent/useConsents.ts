import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { RecordConsents } from '../../domain/consent/consentSchemas';
import { api, apiUpload, chosenId } from '../api/apiClient';

export function usePersonConsents(personId: string) {
  return useQuery({
    queryKey: ['persons', 'consents', personId],
    queryFn: () => api('GET /api/persons/{id}/consents', { params: { id: chosenId(personId) } }),
  });
}

export function useConsentMutations(personId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: ['persons'] });
  const params = { id: chosenId(personId) };
  return {
    record: useMutation({
      mutationFn: (body: RecordConsents) => api('POST /api/persons/{id}/consents', { params, body }),
      onSuccess,
    }),
    uploadForm: useMutation({
      mutationFn: (form: FormData) => apiUpload('POST /api/persons/{id}/consent-forms', form, params),
      onSuccess,
    }),
  };
}
