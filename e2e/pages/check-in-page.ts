/** Staff check-in (/admin/check-in): pick a date, then a typed code or the camera; one big verdict per code. */
import { expect, type Locator, type Page } from "@playwright/test";

export class CheckInPage {
  constructor(readonly page: Page) {}

  /** The desk for one date (the date picker's link, opened directly). */
  async open(scheduleId: string): Promise<this> {
    await this.page.goto(`/admin/check-in?scheduleId=${encodeURIComponent(scheduleId)}`);
    await expect(this.codeField).toBeVisible();
    return this;
  }

  /** The date picker: each concert's name and its dates as links. */
  get datePicker(): Locator {
    return this.page.getByRole("navigation", { name: "Dates" });
  }

  get gateField(): Locator {
    return this.page.getByRole("textbox", { name: "Gate", exact: true });
  }

  get codeField(): Locator {
    return this.page.getByTestId("check-in-code");
  }

  /** The answer to the last code: `data-outcome` is ADMITTED, ALREADY_CHECKED_IN, VOID, WRONG_DATE or TICKET_INVALID. */
  get verdict(): Locator {
    return this.page.getByTestId("check-in-verdict");
  }

  async setGate(name: string): Promise<void> {
    await this.gateField.fill(name);
  }

  /** Types a code and presses "Check in". */
  async checkIn(code: string): Promise<void> {
    await this.codeField.fill(code);
    await this.page.getByTestId("check-in-submit").click();
  }

  /** Switches the camera on: from then on every code it reads is checked in. */
  async startCamera(): Promise<void> {
    await this.page.getByTestId("check-in-camera").click();
  }

  async expectOutcome(outcome: string, options?: { timeout?: number }): Promise<void> {
    await expect(this.verdict).toHaveAttribute("data-outcome", outcome, options);
  }
}
