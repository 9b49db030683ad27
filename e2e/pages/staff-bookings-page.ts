/** Staff bookings (/admin/bookings): search, one row per booking, Refund / Release hold with a reason, CSV export. */
import { expect, type Download, type Locator, type Page } from "@playwright/test";

export class StaffBookingsPage {
  constructor(readonly page: Page) {}

  /** Opens the list filtered by `text` (an email, a name or a seat) through the search form. */
  async search(text: string): Promise<this> {
    await this.page.goto("/admin/bookings");
    const filters = this.page.getByRole("search", { name: "Filter bookings" });
    await filters.getByLabel("Search").fill(text);
    await filters.getByRole("button", { name: "Apply" }).click();
    await expect(this.page).toHaveURL(new RegExp(`q=${encodeURIComponent(text).replace(/[.]/g, "\\.")}`));
    return this;
  }

  /** Opens the list for `query` by its address (what the search form would submit). */
  async open(query: string): Promise<this> {
    await this.page.goto(`/admin/bookings?q=${query}`);
    return this;
  }

  /** The booking numbers of the rows shown. */
  get bookingNumbers(): Locator {
    return this.page.getByTestId("booking-number");
  }

  /** The table row naming `text` (e.g. the fan's unique email). */
  row(text: string): Locator {
    return this.page.getByRole("row").filter({ hasText: text });
  }

  /** The outcome of the last staff action, shown outside the table and focused. */
  get outcome(): Locator {
    return this.page.getByTestId("staff-outcome");
  }

  /** Refund on the row, with a reason, confirmed in the dialog (which names the fan). */
  async refund(rowText: string, reason: string): Promise<void> {
    await this.row(rowText).getByRole("button", { name: "Refund" }).click();
    const dialog = this.page.getByRole("dialog", { name: "Refund this booking?" });
    await expect(dialog).toContainText(rowText);
    await dialog.getByLabel(/^Reason/).fill(reason);
    await dialog.getByRole("button", { name: "Confirm refund" }).click();
    await expect(dialog).toBeHidden();
  }

  get exportLink(): Locator {
    return this.page.getByRole("link", { name: "Export CSV" });
  }

  /** Downloads the CSV of the bookings the list shows. */
  async exportCsv(): Promise<Download> {
    const downloading = this.page.waitForEvent("download");
    await this.exportLink.click();
    return downloading;
  }

  get table(): Locator {
    return this.page.getByRole("table");
  }

  /** What a signed-in fan sees instead of any staff page. */
  get staffOnly(): Locator {
    return this.page.getByRole("heading", { name: "Staff only" });
  }
}
