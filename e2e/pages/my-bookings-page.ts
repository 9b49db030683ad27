/** My bookings (/bookings): one entry per seat, with its state, booking number, "Pay now" while held and, once refunded, who refunded how much and why. */
import { expect, type Locator, type Page } from "@playwright/test";

export class MyBookingsPage {
  constructor(readonly page: Page) {}

  /** The list, or only the bookings in one state ("CANCELLED" for refunded ones). */
  async open(status?: "CONFIRMED" | "CANCELLED"): Promise<this> {
    await this.page.goto(status ? `/bookings?status=${status}` : "/bookings");
    await expect(this.page.getByRole("heading", { level: 1, name: /bookings/i })).toBeVisible();
    return this;
  }

  /** The entry of one reserved seat (its reservation id). */
  booking(reservationId: string): Locator {
    return this.page.getByTestId(`booking-${reservationId}`);
  }

  /** "Refunded by StagePass on …: ₩… is back in your wallet." with the reason, inside an entry. */
  refundLine(reservationId: string): Locator {
    return this.booking(reservationId).getByTestId("booking-refund");
  }

  /** Each booking's number ("SP-XXXX-XXXX"), newest first. */
  get bookingNumbers(): Locator {
    return this.page.getByTestId("booking-number");
  }

  /** "Pay now" on the newest held booking: to its checkout. */
  async payNow(): Promise<void> {
    await this.page.getByRole("link", { name: "Pay now" }).first().click();
  }
}
