/** A fan's receipts: the list, and one receipt with its seat, amount and state (Paid / Refunded). */
import { expect, type Locator, type Page } from "@playwright/test";

const BOOKING_NUMBER = /SP-[0-9A-Z]{4}-[0-9A-Z]{4}/;

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

  /** The seats the receipt lists, one item each. */
  get seats(): Locator {
    return this.receipt.getByTestId("receipt-seats").getByRole("listitem");
  }

  /** The booking number the receipt shows ("SP-XXXX-XXXX"). */
  async bookingNumber(): Promise<string> {
    const text = await this.receipt.getByText(BOOKING_NUMBER).first().innerText();
    return text.match(BOOKING_NUMBER)![0];
  }
}
