import { expect, type Locator, type Page } from '@playwright/test';
import type { CheckIn } from '../../src/shared/checkIns';
import type { Episode } from '../../src/shared/model';
import type { OwnFactor } from '../../src/shared/ownFactors';
import { toStoredRows } from '../fixtures/syntheticJournal';

/** The journal as a person uses it, so specs read as steps rather than selectors. */
export class JournalPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toBeVisible();
  }

  get dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get episodes(): Locator {
    return this.page.getByTestId('episode');
  }

  episode(text: string | RegExp): Locator {
    return this.episodes.filter({ hasText: text });
  }

  async openQuickLog(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toBeVisible();
    await this.page.keyboard.press('Control+Shift+L');
    await expect(this.dialog.getByRole('heading', { name: 'Log pain' })).toBeVisible();
  }

  /** The two-action quick log: a pain level, then Ctrl+Enter; waits until the form has closed. */
  async logPain(level: string): Promise<void> {
    await this.openQuickLog();
    await this.page.keyboard.press(level);
    await this.save();
    await expect(this.dialog).toHaveCount(0);
  }

  async toggle(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name, exact: true }).click();
  }

  /** A region's target on the body figure, by the region's full name ("Between the shoulder blades"). */
  region(name: string): Locator {
    return this.dialog.getByRole('group', { name: 'Where' }).getByRole('checkbox', { name, exact: true });
  }

  async toggleRegion(name: string): Promise<void> {
    await this.region(name).click();
  }

  field(label: string | RegExp): Locator {
    return this.dialog.getByLabel(label);
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }

  /** Quick-logs a pain with these warning signs ticked, and saves: the notice for them comes up next. */
  async logWithWarningSigns(pain: string, signs: readonly string[]): Promise<void> {
    await this.openQuickLog();
    await this.page.keyboard.press(pain);
    await this.dialog.getByText('Where, what kind').click();
    for (const sign of signs) await this.toggle(sign);
    await this.save();
  }

  async matchCount(): Promise<string> {
    return (await this.page.getByTestId('match-count').textContent()) ?? '';
  }

  /**
   * Writes episodes straight into the journal's IndexedDB, as a journal built up over time would be,
   * then reloads so the app reads them. Uses the database the app has already created. `otherRows` fills
   * further stores by name (measures, psfsActivities, ...) in the same transaction.
   */
  async seed(
    episodes: readonly Episode[],
    checkIns: readonly CheckIn[] = [],
    ownFactors: readonly OwnFactor[] = [],
    otherRows: Record<string, readonly object[]> = {},
  ): Promise<void> {
    // Factors of the person's own go straight into their store (schema 4).
    const rows = {
      ...toStoredRows(episodes),
      checkIns,
      ...(ownFactors.length > 0 ? { ownFactors } : {}),
      ...otherRows,
    };
    await this.page.evaluate(async (tables) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('upper-back-journal');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(Object.keys(tables), 'readwrite');
          for (const [store, list] of Object.entries(tables)) {
            for (const row of list) tx.objectStore(store).put(row);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    }, rows);
    await this.page.reload();
    // The shell (and its keyboard shortcuts) appears only once the journal is open.
    await expect(this.page.getByRole('heading', { name: 'Upper Back Journal', level: 1 })).toBeVisible();
  }
}
