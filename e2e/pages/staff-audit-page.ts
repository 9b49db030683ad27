/** The staff audit log (/admin/audit): who did what, when and why, newest first, naming the booking acted on. */
import { expect, type Locator, type Page } from "@playwright/test";

export class StaffAuditPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto("/admin/audit");
    await expect(this.page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
    return this;
  }

  /** The row of an action, found by its reason (which each test makes unique). */
  entry(reason: string): Locator {
    return this.page.getByRole("row").filter({ hasText: reason });
  }
}
