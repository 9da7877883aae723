import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks the option titled `title` of a select (or, with `tree`, a tree select), again until its dropdown has closed
 * on the choice: on a busy machine a click that lands while the dropdown is still opening selects nothing and leaves
 * the dropdown open over the fields below.
 */
export async function choose(
  page: Page,
  field: Locator,
  title: string,
  tree = false,
): Promise<void> {
  const option = tree
    ? page.getByRole('tree').getByRole('treeitem', { name: title, exact: true })
    : page.locator('.ant-select-item-option').and(page.getByTitle(title, { exact: true }));
  await expect(async () => {
    if (!(await option.isVisible())) await field.click();
    await option.click({ timeout: 2_000 });
    await expect(option).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}
