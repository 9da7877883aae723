/** How one filter is read from and written to a URL search param. */
export interface Param<T> {
  parse(raw: string): T | undefined;
  format(value: T): string;
  /** the value when the URL does not name the param (never written back to the URL) */
  fallback?: T;
}

export type ParamSpec = Record<string, Param<unknown>>;

/** The typed filter values a spec describes; every filter may be unset. */
export type ValuesOf<S extends ParamSpec> = {
  [K in keyof S]?: S[K] extends Param<infer T> ? T : never;
};

/** Parsers for the filter kinds the lists use. */
export const param = {
  text: <T extends string = string>(fallback?: T): Param<T> => ({
    parse: (raw) => (raw.trim() ? (raw.trim() as T) : undefined),
    format: String,
    fallback,
  }),
  number: (): Param<number> => ({
    parse: (raw) => (raw.trim() && Number.isFinite(Number(raw)) ? Number(raw) : undefined),
    format: String,
  }),
  flag: (): Param<boolean> => ({
    parse: (raw) => (raw === 'true' ? true : undefined),
    format: String,
  }),
};

export function readParams<S extends ParamSpec>(
  spec: S,
  search: URLSearchParams,
  prefix: string,
): ValuesOf<S> {
  const values: Record<string, unknown> = {};
  for (const [key, kind] of Object.entries(spec)) {
    const raw = search.get(prefix + key);
    // an empty param is a filter the user cleared, which is not the same as its fallback
    values[key] = raw === null ? kind.fallback : kind.parse(raw);
  }
  return values as ValuesOf<S>;
}

export function writeParams<S extends ParamSpec>(
  spec: S,
  search: URLSearchParams,
  prefix: string,
  values: ValuesOf<S>,
): void {
  for (const [key, kind] of Object.entries(spec)) {
    const value = values[key];
    if (value === kind.fallback) search.delete(prefix + key);
    else if (value === undefined || value === null || value === '') search.set(prefix + key, '');
    else search.set(prefix + key, kind.format(value));
  }
}
