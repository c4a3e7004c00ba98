import { useState } from 'react';

export type ListFilters = Record<string, string | undefined>;

/** A list's filters and page: changing a filter goes back to the first page. */
export function useListFilters(initial: ListFilters = {}) {
  const [filters, setFilters] = useState<ListFilters>(initial);
  const [page, setPage] = useState(1);
  const filter = (next: ListFilters) => {
    setFilters((current) => ({ ...current, ...next }));
    setPage(1);
  };
  return { filters, filter, page, setPage };
}
