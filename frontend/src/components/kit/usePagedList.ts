import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { readParams, writeParams, type ParamSpec, type ValuesOf } from './urlParams';

export interface PagedListOptions {
  /** rows per page when the URL names none */
  size?: number;
  /** the sort (`field,asc|desc`) when the URL names none */
  sort?: string;
  /** names this list's params when a page shows two lists, e.g. `tasks.` */
  prefix?: string;
}

export interface PagedList<F> {
  page: number;
  size: number;
  sort?: string;
  filters: F;
  /** filters, page, size and sort as the API's list query takes them */
  query: F & { page: number; size: number; sort?: string };
  /** changes some filters and goes back to page 1 */
  setFilters: (changed: Partial<F>) => void;
  /** another page or page size (a new size starts again at page 1) */
  setPage: (page: number, size?: number) => void;
  /** another sort, from page 1 */
  setSort: (sort: string | undefined) => void;
  /** every filter, the page and the sort back to their defaults */
  reset: () => void;
}

function positive(raw: string | null, fallback: number): number {
  const value = Number(raw);
  return raw !== null && Number.isInteger(value) && value > 0 ? value : fallback;
}

/**
 * A paged list's state kept in the URL's search params, so a refresh or the browser's back button
 * brings back the same filters, page, size and sort. Defaults are left out of the URL.
 */
export function usePagedList<S extends ParamSpec>(
  spec: S,
  { size: defaultSize = 20, sort: defaultSort, prefix = '' }: PagedListOptions = {},
): PagedList<ValuesOf<S>> {
  const [search, setSearch] = useSearchParams();
  const page = positive(search.get(`${prefix}page`), 1);
  const size = positive(search.get(`${prefix}size`), defaultSize);
  const sort = search.get(`${prefix}sort`) || defaultSort;
  const key = search.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for `search`, a new object on every render
  const filters = useMemo(() => readParams(spec, search, prefix), [key, prefix]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  const setNumber = (next: URLSearchParams, name: string, value: number, fallback: number) => {
    if (value === fallback) next.delete(prefix + name);
    else next.set(prefix + name, String(value));
  };

  return {
    page,
    size,
    sort,
    filters,
    query: { ...filters, page, size, sort },
    setFilters: (changed) =>
      update((next) => {
        writeParams(spec, next, prefix, { ...readParams(spec, next, prefix), ...changed });
        next.delete(`${prefix}page`);
      }),
    setPage: (nextPage, nextSize = size) =>
      update((next) => {
        setNumber(next, 'page', nextSize === size ? nextPage : 1, 1);
        setNumber(next, 'size', nextSize, defaultSize);
      }),
    setSort: (nextSort) =>
      update((next) => {
        if (!nextSort || nextSort === defaultSort) next.delete(`${prefix}sort`);
        else next.set(`${prefix}sort`, nextSort);
        next.delete(`${prefix}page`);
      }),
    reset: () =>
      update((next) => {
        for (const name of [...Object.keys(spec), 'page', 'size', 'sort'])
          next.delete(prefix + name);
      }),
  };
}
