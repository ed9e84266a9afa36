/** The Graph section as an investigator uses it: the chart's search, the selection panel, the actions. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class GraphPage {
  readonly canvas: Locator;
  readonly search: Locator;
  readonly panel: Locator;
  readonly subtitle: Locator;

  constructor(readonly page: Page) {
    this.canvas = page.getByRole('img', { name: /^Link chart with/ });
    this.search = page.getByLabel('Search the chart');
    this.panel = page.getByRole('complementary', { name: 'Selection' });
    this.subtitle = page.locator('.page-header__subtitle');
  }

  /** Waits until the chart is laid out and painted. */
  async ready(): Promise<void> {
    await expect(this.canvas).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  }

  /** Selects the node named `name` through the chart's search (Shift+Enter adds it to the selection). */
  async select(name: string, add = false): Promise<void> {
    await this.search.fill(name);
    await expect(
      this.page.getByRole('status').filter({ hasText: /match(es)? \(Enter selects/ }),
    ).toBeVisible();
    await this.search.press(add ? 'Shift+Enter' : 'Enter');
  }

  async isOnChart(name: string): Promise<boolean> {
    await this.search.fill(name);
    const status = this.page.getByRole('status').filter({ hasText: /(match|No node matches)/ });
    await expect(status).toBeVisible();
    return !(await status.textContent())?.startsWith('No node');
  }

  async selectByDegree(min: number): Promise<void> {
    await this.page.getByLabel('Select nodes with at least').fill(String(min));
    await this.page.getByRole('button', { name: 'Select', exact: true }).click();
  }

  async expandSelection(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Expand', exact: true }).click();
    await expect(
      this.page.getByRole('status').filter({ hasText: /^(Added \d+ neighbours?|No further neighbours)/ }),
    ).toBeVisible({
      timeout: 60_000,
    });
    await this.ready();
  }

  async download(button: string): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: button }).click();
    return download;
  }
}
