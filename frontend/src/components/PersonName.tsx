import { usePersonName } from './usePersonName';

/** A person as people read them: 张运营, with the login id and organization on hover. */
export function PersonName({ username }: { username: string | undefined | null }) {
  const { name, hint } = usePersonName(username);
  return <span title={hint}>{name}</span>;
}
