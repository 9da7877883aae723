import type { components } from './schema';
import { api, unwrap } from './http';

export type Person = components['schemas']['Person'];

/** Actors that are not users: the public submitting without a login, and the system's own jobs. */
export const NON_USERS: Record<string, string> = {
  anonymous: '公众',
  system: '系统',
  migration: '系统预置',
};

/** The name to show for an actor: the display name when known, what a non-user is called, else the login id. */
export function displayName(actor: string | undefined | null, name?: string | null): string {
  if (!actor) return name ?? '—';
  return name ?? NON_USERS[actor] ?? actor;
}

const MAX_PER_REQUEST = 100;
let waiting = new Map<string, ((person: Person | undefined) => void)[]>();
let scheduled = false;

/**
 * The person behind a login id. Lookups made in the same tick go out as one request
 * (`GET /api/v1/people?username=…`), so a list of 20 rows asks once, not 20 times. A failed
 * lookup answers undefined: the login id is shown instead.
 */
export function loadPerson(username: string): Promise<Person | undefined> {
  return new Promise((resolve) => {
    waiting.set(username, [...(waiting.get(username) ?? []), resolve]);
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(() => void flush());
    }
  });
}

async function flush() {
  const batch = waiting;
  waiting = new Map();
  scheduled = false;
  const usernames = [...batch.keys()];
  for (let start = 0; start < usernames.length; start += MAX_PER_REQUEST) {
    const chunk = usernames.slice(start, start + MAX_PER_REQUEST);
    let found: Person[];
    try {
      found = await unwrap(api.GET('/api/v1/people', { params: { query: { username: chunk } } }));
    } catch {
      found = [];
    }
    const byName = new Map(found.map((person) => [person.username, person]));
    for (const username of chunk)
      batch.get(username)?.forEach((resolve) => resolve(byName.get(username)));
  }
}
