/** A concert's page: its title, its dates, and "Choose seats" for one of them (which joins the waiting room). */
import { expect, type Locator, type Page } from "@playwright/test";
import type { Show } from "../fixtures/catalogue-api";

export class ConcertPage {
  constructor(readonly page: Page) {}

  /** From the home page, by the concert's link, as a fan gets there. */
  async openFromHome(title: string): Promise<this> {
    await this.page.goto("/");
    await this.page.getByRole("link", { name: title }).first().click();
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    return this;
  }

  async open(show: Show): Promise<this> {
    return this.openFromHome(show.title);
  }

  /** "Choose seats" for the index-th listed date (0 = first). */
  async chooseSeats(date = 0): Promise<void> {
    await this.page
      .getByRole("button", { name: /^Choose seats for / })
      .nth(date)
      .click();
  }

  /** The countdown to a scheduled opening (it replaces the join box until then). */
  get countdown(): Locator {
    return this.page.getByTestId("sale-countdown");
  }

  /** Before the opening: the timer runs and the button leads into the pre-queue. */
  async expectCountdown(): Promise<void> {
    await expect(this.countdown.getByRole("timer")).toBeVisible();
    await expect(this.page.getByTestId("join-queue")).toHaveText("Enter the pre-queue");
  }

  /** At the opening the countdown says so and its button becomes the ordinary join ("Join the queue"). */
  async expectSaleOpen(timeout = 15_000): Promise<void> {
    await expect(this.page.getByTestId("sale-opened")).toHaveText("The sale is open.", { timeout });
    await expect(this.countdown.getByRole("timer")).toHaveCount(0);
    await expect(this.page.getByTestId("join-queue")).toHaveText("Join the queue");
  }

  /** The concert-wide join button: "Join the queue", or "Enter the pre-queue" before an opening (any language). */
  async joinQueue(): Promise<void> {
    await this.page.getByTestId("join-queue").click();
  }
}
