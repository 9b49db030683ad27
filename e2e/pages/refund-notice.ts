/** The notice above every fan page that staff refunded a ticket ("StagePass refunded your ticket for …"), with "See why" and "Dismiss". */
import { expect, type Locator, type Page } from "@playwright/test";

export class RefundNotice {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByTestId("refund-notice");
  }

  /** "See why": on to My bookings' cancelled list, which marks the notice read. */
  async seeWhy(): Promise<void> {
    await this.banner.getByRole("link", { name: "See why" }).click();
    await expect(this.page).toHaveURL(/\/bookings\?status=CANCELLED$/);
  }
}
