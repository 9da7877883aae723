import { useQuery } from '@tanstack/react-query';
import { displayName, loadPerson, NON_USERS } from '../api/people';

/** The name to show for a login id (the display name once known, the login id until then), and a hint. */
export function usePersonName(username: string | undefined | null): {
  name: string;
  hint?: string;
} {
  const special = username ? NON_USERS[username] : undefined;
  const person = useQuery({
    queryKey: ['people', username],
    queryFn: () => loadPerson(username ?? '').then((found) => found ?? null),
    enabled: Boolean(username) && special === undefined,
    staleTime: Infinity,
  });
  const found = person.data;
  return found && username
    ? { name: found.displayName, hint: `登录名 ${username} · ${found.organizationName}` }
    : { name: displayName(username) };
}
