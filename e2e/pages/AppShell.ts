/** The app's frame as a person sees it: the sections in the sidebar and the page heading. */
import { expect, type Locator, type Page } from '@playwright/test';

export const SECTION_NAMES = [
  'Overview',
  'Import',
  'Entities',
  'Networks',
  'Graph',
  'Cases',
  'Review',
] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

export class AppShell {
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Sections' });
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.heading).toHaveText('Overview');
  }

  /** Loads the demo investigation from the empty Overview and waits until every file is imported. */
  async loadDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Load demo investigation' }).click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Loaded \d+ demo files$/ })).toBeVisible({
      timeout: 200_000,
    });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  link(section: SectionName): Locator {
    return this.nav.getByRole('link', { name: section, exact: true });
  }

  async goTo(section: SectionName): Promise<void> {
    await this.link(section).click();
    await expect(this.heading).toHaveText(section);
  }
}
