/** The import section as a person uses it: add files, check the mapping, import, watch, cancel, undo. */
import { expect, type Locator, type Page } from '@playwright/test';

export type FileToAdd = Readonly<{ name: string; mimeType: string; buffer: Buffer }>;

export class ImportPage {
  constructor(readonly page: Page) {}

  async addFiles(files: readonly FileToAdd[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Add files' }).click();
    await (await chooser).setFiles([...files]);
  }

  job(name: string): Locator {
    return this.page.getByRole('article', { name: `Import of ${name}` });
  }

  /** The select that says what a column means, in the mapping step of a file. */
  columnMeaning(name: string, column: string): Locator {
    return this.job(name).getByRole('combobox', { name: `Meaning of column ${column}` });
  }

  async startImport(name: string): Promise<void> {
    await this.job(name)
      .getByRole('button', { name: `Import ${name}` })
      .click();
  }

  /** Waits for the import to finish and returns the summary line ("Imported 40 rows: …"). */
  async importedSummary(name: string, timeout = 60_000): Promise<string> {
    const summary = this.job(name)
      .getByRole('status')
      .filter({ hasText: /^Imported / });
    await expect(summary).toBeVisible({ timeout });
    return (await summary.textContent()) ?? '';
  }

  importsRow(name: string): Locator {
    return this.page
      .getByRole('region', { name: /^Imports/ })
      .getByRole('row')
      .filter({ hasText: name });
  }
}
