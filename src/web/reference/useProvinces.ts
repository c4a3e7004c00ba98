import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { z } from 'zod';
import type { legacyProvinceSchema, provinceSchema } from '../../domain/reference/schemas';
import { api } from '../api/apiClient';

type Province = z.infer<typeof provinceSchema>;
type LegacyProvince = z.infer<typeof legacyProvinceSchema>;

export function useProvinces() {
  return useQuery({
    queryKey: ['reference', 'provinces'],
    queryFn: () => api<{ provinces: Province[]; legacy: LegacyProvince[] }>('GET', '/api/reference/provinces'),
    staleTime: Infinity,
  });
}

export function useCountries() {
  return useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: () => api<{ code: string; nameVi: string; nameEn: string }[]>('GET', '/api/reference/countries'),
    staleTime: Infinity,
  });
}

/** The 2025 province name of a code, '—' when there is none or it is not loaded yet. */
export function useProvinceName(): (code: string | null) => string {
  const { data } = useProvinces();
  return useCallback((code) => data?.provinces.find((p) => p.code === code)?.name ?? '—', [data]);
}
