import type { ReactNode } from 'react';
import type { AccessKey } from '../access';
import { useCurrentUser } from '../auth/useCurrentUser';
import { Forbidden } from '../pages/exception/Forbidden';

/** Shows the 403 page in place when the user's roles do not grant `access`. */
export function Guard({ access, children }: { access: AccessKey; children: ReactNode }) {
  const user = useCurrentUser();
  return user.access[access] ? children : <Forbidden />;
}
