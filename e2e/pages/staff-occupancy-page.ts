/** Staff occupancy (/admin/occupancy): one date's seats as a map, each seat's state and who holds or bought it. */
import { expect, type Locator, type Page } from "@playwright/test";

export class StaffOccupancyPage {
  constructor(readonly page: Page) {}

  async open(scheduleId: string): Promise<this> {
    await this.page.goto(`/admin/occupancy?scheduleId=${encodeURIComponent(scheduleId)}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    return this;
  }

  /** A seat's button on the staff map, named "Seat A-1…". */
  seat(label: string): Locator {
    return this.page.getByRole("button", { name: new RegExp(`^Seat ${label}\\b`) });
  }
}
