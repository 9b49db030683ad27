/** A concert's page: its title, its dates, and "Choose seats" for one of them (which joins the waiting room). */
import { expect, type Page } from "@playwright/test";
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
}
