import { expect, type Locator, type Page } from '@playwright/test';

interface ChooseOptions {
  /** the field is a tree select */
  tree?: boolean;
  /** typed into the field to open and filter it, instead of a click */
  search?: string;
  /** the option's title is `title` exactly (otherwise: starts with or contains it, the first one) */
  exact?: boolean;
}

/**
 * Picks the option titled `title` of a select (or a tree select), again until its dropdown has closed on the choice:
 * on a busy machine a click that lands while the dropdown is still opening selects nothing and leaves the dropdown
 * open over the fields below.
 */
export async function choose(
  page: Page,
  field: Locator,
  title: string,
  { tree = false, search, exact = true }: ChooseOptions = {},
): Promise<void> {
  const option = tree
    ? page.getByRole('tree').getByRole('treeitem', { name: title, exact })
    : page.locator('.ant-select-item-option').and(page.getByTitle(title, { exact }));
  // an earlier select with the same options keeps its closed dropdown in the page: only the open one counts
  const first = option.filter({ visible: true }).first();
  await expect(async () => {
    if (!(await first.isVisible())) {
      if (search === undefined) await field.click();
      else await field.fill(search);
    }
    await first.click({ timeout: 2_000 });
    await expect(first).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
