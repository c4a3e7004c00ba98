import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { api } from '../api/apiClient';
import { countryName } from '../persons/labels';

export function useProvinces() {
  return useQuery({
    queryKey: ['reference', 'provinces'],
    queryFn: () => api('GET /api/reference/provinces'),
    staleTime: Infinity,
  });
}

/** The 2025 communes of a province (none asked for without one). */
export function useCommunes(province: string | null) {
  return useQuery({
    queryKey: ['reference', 'communes', province],
    queryFn: () => api('GET /api/reference/communes', { query: { province: province ?? '' } }),
    enabled: province !== null,
    staleTime: Infinity,
  });
}

export function useCountries() {
  return useQuery({
    queryKey: ['reference', 'countries'],
    queryFn: () => api('GET /api/reference/countries'),
    staleTime: Infinity,
  });
}

/** The 2025 province name of a code, '—' when there is none or it is not loaded yet. */
export function useProvinceName(): (code: string | null) => string {
  const { data } = useProvinces();
  return useCallback((code) => data?.provinces.find((p) => p.code === code)?.name ?? '—', [data]);
}

/** Provinces (2025) as select options, by name. */
export function useProvinceOptions() {
  const { data } = useProvinces();
  return useMemo(() => data?.provinces.map((p) => ({ value: p.code, label: p.name })), [data]);
}

/** Countries as select options, named in the UI language. */
export function useCountryOptions(language: 'vi' | 'en') {
  const { data } = useCountries();
  return useMemo(
    () => data?.map((c) => ({ value: c.code, label: language === 'vi' ? c.nameVi : c.nameEn })),
    [data, language],
  );
}

/** A country's name in the UI language, '—' for none. */
export function useCountryName(language: 'vi' | 'en'): (code: string | null) => string {
  const { data } = useCountries();
  return useCallback((code) => countryName(data, code, language), [data, language]);
}

/** The name of a former (pre-2025) province by its code, '—' when unknown. */
export function useLegacyProvinceName(): (code: string | null) => string {
  const { data } = useProvinces();
  return useCallback((code) => data?.legacy.find((p) => p.code === code)?.name ?? code ?? '—', [data]);
}
