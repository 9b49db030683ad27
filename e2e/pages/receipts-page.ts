/** A fan's receipts: the list, and one receipt with its seat, amount and state (Paid / Refunded). */
import { expect, type Locator, type Page } from "@playwright/test";

export class ReceiptsPage {
  constructor(readonly page: Page) {}

  async openList(): Promise<this> {
    await this.page.goto("/receipts");
    await expect(this.page.getByRole("heading", { level: 1, name: /receipts/i })).toBeVisible();
    return this;
  }

  async open(paymentId: string): Promise<this> {
    await this.page.goto(`/receipts/${paymentId}`);
    await expect(this.receipt).toBeVisible();
    return this;
  }

  get receipt(): Locator {
    return this.page.getByTestId("receipt");
  }
}
