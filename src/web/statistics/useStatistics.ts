import { useQuery } from '@tanstack/react-query';
import type { Statistics } from '../../domain/statistics/schemas';
import { api, queryString } from '../api/apiClient';

/** A province's (or, with none, the user's whole jurisdiction's) figures for a year. */
export function useStatistics(province: string | undefined, year: number) {
  return useQuery({
    queryKey: ['statistics', province, year],
    queryFn: () => api<Statistics>('GET', `/api/statistics${queryString({ province, year })}`),
  });
}
