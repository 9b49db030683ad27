/** The waiting room: the fan's place in line, read out to screen readers, until the seat map opens. */
import { expect, type Locator, type Page } from "@playwright/test";

export class WaitingRoom {
  constructor(readonly page: Page) {}

  get status(): Locator {
    return this.page.getByTestId("queue-status");
  }

  async expectPlace(n: number): Promise<void> {
    await expect(this.status).toContainText(`You are number ${n} in line`);
  }

  /** Before the opening: no number yet, the pre-queue's size instead. */
  async expectPreQueue(size: number): Promise<void> {
    await expect(this.page.getByTestId("pre-queue")).toBeVisible();
    await expect(this.status).toContainText(`You are in the pre-queue with ${size} fans`);
    await expect(this.page.getByTestId("pre-queue-size")).toHaveText(String(size));
  }

  /** The place the fan holds once the line is drawn (waits for the waiting room to show one). */
  async drawnPlace(timeout = 15_000): Promise<number> {
    await expect(this.page.getByTestId("queue-position")).toHaveText(/^\d+$/, { timeout });
    return Number(await this.page.getByTestId("queue-position").innerText());
  }

  /** "The line has not moved for a while…": no admission seen for a minute while fans wait. */
  get stalledNotice(): Locator {
    return this.page.getByTestId("queue-stalled");
  }

  /** The estimated wait ("about 2 min", "at least 4 min" once stalled). */
  get waitEstimate(): Locator {
    return this.page.getByTestId("queue-wait");
  }

  /** The staff's pause notice (shown in the page's language), or its absence. */
  get pausedNotice(): Locator {
    return this.page.getByTestId("queue-paused");
  }
}
