import { PersonName } from './PersonName';

/** A table column's render for a login id. */
export const personColumn = (username: string | undefined | null) => (
  <PersonName username={username} />
);
