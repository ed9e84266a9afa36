/** The Cases section as a person uses it: the list, a case's workspace, backup and restore. */
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class CasesPage {
  readonly title: Locator;
  readonly reference: Locator;
  readonly create: Locator;
  readonly list: Locator;
  readonly backupCard: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByLabel('Case title');
    this.reference = page.getByLabel('Reference number');
    this.create = page.getByRole('button', { name: 'Create case' });
    this.list = page.getByRole('region', { name: /All cases/ });
    this.backupCard = page.getByRole('region', { name: 'Backup and restore' });
  }

  async createCase(title: string, reference = ''): Promise<void> {
    await this.title.fill(title);
    await this.reference.fill(reference);
    await this.create.click();
    await expect(this.list.getByRole('cell', { name: title, exact: true })).toBeVisible();
  }

  async openCase(title: string): Promise<void> {
    await this.list.getByRole('link', { name: title, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(title);
  }

  /** A section of the open case's workspace, by its heading without the count ("Subjects" for "Subjects (7)"). */
  section(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${name}( \\(|$)`) });
  }

  async verifyHistory(): Promise<Locator> {
    const history = this.section('History');
    await history.getByRole('button', { name: 'Verify history' }).click();
    return history;
  }

  /** Backs up the workbench and returns the downloaded file (the web bridge downloads under automation). */
  async backUp(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.backupCard.getByRole('button', { name: 'Back up workbench' }).click();
    const file = await download;
    await expect(this.backupCard.getByRole('status')).toContainText('Backed up');
    return file;
  }

  /** Picks a backup file and confirms that it replaces everything. */
  async restore(path: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.backupCard.getByRole('button', { name: 'Restore from backup…' }).click();
    await (await chooser).setFiles(path);
    await this.backupCard.getByRole('button', { name: 'Replace everything with this backup' }).click();
  }
}
