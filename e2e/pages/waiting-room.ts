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
}
