import dayjs, { isDayjs } from 'dayjs';

/**
 * Unsaved form values kept in this browser's localStorage, one entry per user, form and object, so that typing
 * survives an expired login or a closed tab. Entries name their owner and are never handed to anyone else.
 */
export type DraftValues = Record<string, unknown>;

export interface StoredDraft {
  owner: string;
  /** Epoch milliseconds of the last write. */
  savedAt: number;
  values: DraftValues;
}

const PREFIX = 'govmedia.draft.';
/** A draft untouched for this long is dropped rather than restored. */
export const DRAFT_MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** e.g. govmedia.draft.cc-operator.review.new, govmedia.draft.cc-operator.rumour.42 */
export function draftKey(owner: string, form: string, id: string | number | undefined): string {
  return `${PREFIX}${owner}.${form}.${id ?? 'new'}`;
}

/** Date picker values (dayjs) become { $date: ISO } and back; all other values are JSON as they are. */
export function encodeValues(values: object): DraftValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      isDayjs(value) ? { $date: value.toISOString() } : (value as unknown),
    ]),
  );
}

function isEncodedDate(value: unknown): value is { $date: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { $date?: unknown }).$date === 'string'
  );
}

export function decodeValues(values: DraftValues): DraftValues {
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      isEncodedDate(value) ? dayjs(value.$date) : value,
    ]),
  );
}

/** Whether two sets of form values are the same once encoded (undefined fields do not count). */
export function sameValues(left: object, right: object): boolean {
  const canonical = (values: object) =>
    JSON.stringify(
      Object.entries(encodeValues(values))
        .filter(([, value]) => value !== undefined)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return canonical(left) === canonical(right);
}

function parse(text: string | null): StoredDraft | undefined {
  if (!text) return undefined;
  try {
    const draft = JSON.parse(text) as Partial<StoredDraft>;
    if (
      typeof draft.owner !== 'string' ||
      typeof draft.savedAt !== 'number' ||
      typeof draft.values !== 'object' ||
      draft.values === null
    )
      return undefined;
    return { owner: draft.owner, savedAt: draft.savedAt, values: draft.values };
  } catch {
    return undefined;
  }
}

/** The draft under `key` if `owner` wrote it and it is not too old; the values decoded. */
export function readDraft(key: string, owner: string, now = Date.now()): StoredDraft | undefined {
  try {
    const draft = parse(window.localStorage.getItem(key));
    if (!draft || draft.owner !== owner) return undefined;
    if (now - draft.savedAt > DRAFT_MAX_AGE_MS) {
      window.localStorage.removeItem(key);
      return undefined;
    }
    return { ...draft, values: decodeValues(draft.values) };
  } catch {
    return undefined;
  }
}

export function writeDraft(key: string, owner: string, values: object, now = Date.now()): void {
  const draft: StoredDraft = { owner, savedAt: now, values: encodeValues(values) };
  try {
    window.localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // storage full or disabled: the form works on without a draft
  }
}

export function removeDraft(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // nothing to remove
  }
}

/** Forgets every draft `owner` wrote in this browser (on 退出). */
export function removeDraftsOf(owner: string): void {
  try {
    const keys = Array.from({ length: window.localStorage.length }, (_, index) =>
      window.localStorage.key(index),
    );
    for (const key of keys) {
      if (key?.startsWith(PREFIX) && parse(window.localStorage.getItem(key))?.owner === owner)
        window.localStorage.removeItem(key);
    }
  } catch {
    // storage disabled: there are no drafts
  }
}
