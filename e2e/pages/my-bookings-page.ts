/** A fan's bookings (/bookings): one entry per booking with its number; a held one offers "Pay now". */
import type { Locator, Page } from "@playwright/test";

export class MyBookingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto("/bookings");
    return this;
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
