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

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: /checkout/i });
  }

  /** The seats this checkout pays for. */
  get seats(): Locator {
    return this.page.getByTestId("checkout-seats");
  }

  /** Shown instead of paying when the fan has no live place in the queue: a link back to it. */
  get queueLink(): Locator {
    return this.page.getByTestId("pay-queue-link");
  }

  /** The success page's heading after paying. */
  get paidHeading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: /Payment complete/ });
  }

  /** The success page's list of the seats paid for. */
  get paidSeats(): Locator {
    return this.page.getByTestId("success-seats").getByRole("listitem");
  }

  /** From the success page to the receipt. */
  async openReceipt(): Promise<void> {
    await this.page.getByRole("link", { name: "View receipt" }).click();
  }

  /** The checkout card's countdown to the end of the hold. */
  get countdown(): Locator {
    return this.page.getByTestId("checkout-countdown");
  }

  /** Every countdown on the page (checkout's, and the site's hold banner's when it shows one). */
  get timers(): Locator {
    return this.page.getByRole("timer");
  }

  /** The site-wide hold banner's countdown, which leaves a hold on its own checkout to the card. */
  get holdBannerCountdown(): Locator {
    return this.page.getByTestId("hold-countdown");
  }

  /** The top-up box shown when the wallet is short: "You need ₩… more". */
  get inlineTopUp(): Locator {
    return this.page.getByTestId("inline-top-up");
  }

  get topUpHeading(): Locator {
    return this.page.getByRole("heading", { name: "Top up to continue" });
  }

  get expiredHeading(): Locator {
    return this.page.getByRole("heading", { name: "Your hold has expired" });
  }

  /** Shown once the hold ran out: "… You have not been charged …". */
  get expiredNotice(): Locator {
    return this.page.getByTestId("checkout-expired");
  }

  /** After an expiry: back to the seat map. */
  async pickAgain(): Promise<void> {
    await this.page.getByRole("link", { name: "Pick a seat again" }).click();
  }

  async expectTopUpNeeded(): Promise<void> {
    await expect(this.topUpHeading).toBeVisible();
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
