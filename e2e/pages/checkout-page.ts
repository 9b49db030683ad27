/** Checkout for one hold: the countdown, the inline top-up when the wallet is short, "Pay ₩…", then the success page. */
import { expect, type Locator, type Page } from "@playwright/test";
import { topUpWithForm } from "../fixtures/account-ui";
import { expectPaidAndOpenReceipt, payButton, reservationIdOf, type SeatInfo } from "../fixtures/booking-ui";

export class CheckoutPage {
  constructor(readonly page: Page) {}

  get payButton(): Locator {
    return payButton(this.page);
  }

  /** The reservation checkout is for, from its address. */
  get reservationId(): string {
    return reservationIdOf(this.page);
  }

  async expectTopUpNeeded(): Promise<void> {
    await expect(this.page.getByRole("heading", { name: "Top up to continue" })).toBeVisible();
    await expect(this.payButton).toBeDisabled();
  }

  /** The wallet's top-up form shown right on checkout. */
  async topUp(amount: number): Promise<void> {
    await topUpWithForm(this.page, amount);
    await expect(this.payButton).toBeEnabled();
  }

  async pay(): Promise<void> {
    await this.payButton.click();
  }

  /** The success page announces the payment; its "View receipt" opens the receipt, which shows the seat and price. */
  async expectPaidAndOpenReceipt(seat: SeatInfo): Promise<void> {
    await expectPaidAndOpenReceipt(this.page, seat);
  }
}
