/** A fan's e-ticket (/tickets/{reservationId}): QR code and its typed code, status, and cancelling with the refund shown. */
import { expect, type Locator, type Page } from "@playwright/test";

export class TicketPage {
  constructor(readonly page: Page) {}

  async open(reservationId: string): Promise<this> {
    await this.page.goto(`/tickets/${reservationId}`);
    await expect(this.ticket).toBeVisible();
    return this;
  }

  get ticket(): Locator {
    return this.page.getByTestId("ticket");
  }

  get qr(): Locator {
    return this.page.getByTestId("ticket-qr");
  }

  /** "Valid", "Used" or "Void". */
  get status(): Locator {
    return this.page.getByTestId("ticket-status");
  }

  /** Shown instead of the QR code once the ticket is refunded or cancelled. */
  get voidNotice(): Locator {
    return this.page.getByTestId("ticket-void");
  }

  /** The code printed under the QR code, once the QR code has drawn: what staff type at the gate. */
  async code(): Promise<string> {
    await expect(this.qr.locator("svg")).toBeVisible();
    return (await this.page.getByTestId("ticket-code").textContent())!.trim();
  }

  /** "Cancel today and you get ₩… back (fee ₩…)." */
  get refundToday(): Locator {
    return this.page.getByTestId("refund-today");
  }

  get cancellationPolicy(): Locator {
    return this.page.getByTestId("cancellation-policy");
  }

  /** Cancel, then confirm: the page answers "Cancelled." with the amount refunded. */
  async cancel(): Promise<Locator> {
    await this.page.getByTestId("cancel-start").click();
    await this.page.getByTestId("cancel-confirm").click();
    return this.page.getByRole("alert").or(this.page.getByRole("status")).filter({ hasText: "Cancelled." });
  }
}
