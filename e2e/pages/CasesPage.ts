import { expect, type Locator, type Page } from '@playwright/test';

export class CasesPage {
  readonly title: Locator;
  readonly reference: Locator;
  readonly create: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Case title');
    this.reference = page.getByLabel('Reference number');
    this.create = page.getByRole('button', { name: 'Create case' });
    this.list = page.getByRole('region', { name: /All cases/ });
  }

  async createCase(title: string, reference = ''): Promise<void> {
    await this.title.fill(title);
    await this.reference.fill(reference);
    await this.create.click();
    await expect(this.list.getByRole('cell', { name: title, exact: true })).toBeVisible();
  }
}
