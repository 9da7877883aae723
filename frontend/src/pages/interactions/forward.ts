import type { OrganizationNode } from '../../api/types';

export interface DepartmentOption {
  value: number;
  label: string;
}

/**
 * The departments a submission can be forwarded to: the organizations of the caller's tree (flattened,
 * the target itself left out) and, when the search text is a number, that organization id — the tree
 * holds only the caller's own subtree, while the API accepts any business department.
 */
export function departmentOptions(
  nodes: readonly OrganizationNode[] | undefined,
  targetId: number,
  search: string,
): DepartmentOption[] {
  const options: DepartmentOption[] = [];
  const walk = (list: readonly OrganizationNode[]) => {
    for (const node of list) {
      if (node.id !== targetId) options.push({ value: node.id, label: node.name });
      walk(node.children ?? []);
    }
  };
  walk(nodes ?? []);
  const id = search.trim();
  if (/^\d{1,12}$/.test(id) && Number(id) > 0 && !options.some((o) => o.value === Number(id)))
    options.push({ value: Number(id), label: `单位 ID ${id}` });
  return options;
}
