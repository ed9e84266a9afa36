/** The Entities section as a person uses it: kind tabs, the facet panel, a virtualized table, the selection bar. */
import { expect, type Locator, type Page } from '@playwright/test';

export class EntitiesPage {
  constructor(readonly page: Page) {}

  async openKind(plural: string): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Kinds' })
      .getByRole('link', { name: new RegExp(`^${plural} `) })
      .click();
    await expect(this.table(plural)).toBeVisible();
    await expect(this.status).toHaveText(new RegExp(`^[\\d,]+ ${plural.toLowerCase()}`));
  }

  table(plural: string): Locator {
    return this.page.getByRole('region', { name: `${plural} table` });
  }

  get status(): Locator {
    return this.page.locator('.table-status');
  }

  /** The loaded rows in view (placeholders excluded), top to bottom. */
  rows(plural: string): Locator {
    return this.table(plural).locator('tbody tr:not([aria-busy])');
  }

  /** The texts of one column in the loaded rows, by the column's position among the headers. */
  async column(plural: string, header: string): Promise<string[]> {
    const headers = await this.table(plural).locator('thead tr').first().locator('th').allInnerTexts();
    const index = headers.findIndex(
      (h) => h.replace(/[▲▼↕]/g, '').trim().toLowerCase() === header.toLowerCase(),
    );
    expect(index, `column ${header} in ${headers.join(' | ')}`).toBeGreaterThan(-1);
    const rows = this.rows(plural);
    const count = Math.min(await rows.count(), 15);
    const out: string[] = [];
    for (let i = 0; i < count; i++) out.push((await rows.nth(i).locator('td').nth(index).innerText()).trim());
    return out;
  }

  sortBy(plural: string, header: string): Promise<void> {
    return this.table(plural)
      .getByRole('button', { name: new RegExp(`^${header}`) })
      .click();
  }

  facets(): Locator {
    return this.page.getByRole('complementary', { name: 'Narrow the table' });
  }
}
