import { type Locator, type Page, expect } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/**
 * A user walking the wizard: every click, fill, choice and key press goes through here and is
 * counted; every screen and dialog is checked (no error banner, zero axe violations) when it
 * appears; the step reached is followed so a step visited a second time is counted as a second pass.
 */
export class Walk {
  actions = 0;
  screensChecked = 0;
  secondPasses = 0;
  private readonly visited = new Set<number>();
  private lastStep = 0;

  constructor(
    readonly page: Page,
    private readonly words: { stepOf: (n: number) => RegExp; noPlan: RegExp },
  ) {}

  async click(target: Locator): Promise<void> {
    this.actions++;
    await target.click();
  }

  async fill(target: Locator, text: string): Promise<void> {
    this.actions++;
    await target.fill(text);
  }

  async check(target: Locator): Promise<void> {
    this.actions++;
    await target.check();
  }

  async choose(target: Locator, option: string): Promise<void> {
    this.actions++;
    await target.selectOption({ label: option });
  }

  async press(key: string): Promise<void> {
    this.actions++;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.actions++;
    await this.page.keyboard.type(text);
  }

  /** The screen or dialog as it is now: no error banner, no "no plan open", no axe violation. */
  async looksRight(screen: string): Promise<void> {
    await expect(this.page.getByRole('alert'), `an error on ${screen}`).toHaveCount(0);
    await expect(this.page.getByText(this.words.noPlan)).toHaveCount(0);
    await expectNoAxeViolations(this.page, screen);
    this.screensChecked++;
  }

  /** Arrives at step n (by "Next"), checks it is step n and that it was never visited before. */
  async arrive(step: number, title: string | RegExp): Promise<void> {
    await expect(this.page.getByText(this.words.stepOf(step))).toBeVisible();
    await expect(this.page.getByRole('heading', { level: 2, name: title })).toBeVisible();
    if (this.visited.has(step) || step < this.lastStep) this.secondPasses++;
    this.visited.add(step);
    this.lastStep = step;
    await this.looksRight(`step ${step}`);
  }
}
