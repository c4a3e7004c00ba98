import { useQuery } from '@tanstack/react-query';

import { api } from '../api/apiClient';

/** A province's (or, with none, the user's whole jurisdiction's) figures for a year. */
export function useStatistics(province: string | undefined, year: number) {
  return useQuery({
    queryKey: ['statistics', province, year],
    queryFn: () => api('GET /api/statistics', { query: { province, year } }),
  });
}

/** The foreign affairs figures alone, of the user's jurisdiction for a year (the dashboard's card). */
export function useAffairsStatistics(year: number) {
  return useQuery({
    queryKey: ['statistics', 'affairs', year],
    queryFn: () => api('GET /api/statistics/affairs', { query: { year } }),
  });
}
