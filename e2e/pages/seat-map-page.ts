/** The seat map: seat buttons named "Seat A-1, VIP, ₩165,000, available", the hold notice, the held-seats list. */
import { expect, type Locator, type Page } from "@playwright/test";
import {
  availableSeats,
  basket,
  enterSeatMap,
  goToCheckout,
  holdNotice,
  holdSeatOnMap,
  seatButton,
  seatButtons,
  seatInfo,
  type SeatInfo,
  type Visit,
} from "../fixtures/booking-ui";

export class SeatMapPage {
  constructor(readonly page: Page) {}

  /** Home → the concert → "Choose seats" for the date → the seat map, for a fan who is let straight in. */
  async enter(visit: Visit): Promise<this> {
    await enterSeatMap(this.page, visit);
    return this;
  }

  /** Waits until the fan is admitted and seats show (the waiting room may come first). */
  async expectOpen(timeout = 15_000): Promise<this> {
    await expect(seatButtons(this.page).first()).toBeVisible({ timeout });
    return this;
  }

  /** Seats in the page's Tab order (tabindex 0): the grid is one Tab stop, so exactly one. */
  get tabStops(): Locator {
    return this.page.locator('[data-testid^="seat-"][tabindex="0"]');
  }

  /** The label of the seat that has the keyboard focus ("B-3"), or null when the focus is not on a seat. */
  async focusedSeat(): Promise<string | null> {
    return this.page.evaluate(() => {
      const id = document.activeElement?.getAttribute("data-testid") ?? "";
      return id.startsWith("seat-") ? id.slice("seat-".length) : null;
    });
  }

  /** "up to N seats" per fan, shown from the start. */
  get ticketLimit(): Locator {
    return this.page.getByTestId("ticket-limit");
  }

  /** The basket: the seats held on this date and their total. */
  get basket(): Locator {
    return basket(this.page);
  }

  /** "N of M seats" in the basket. */
  get basketCount(): Locator {
    return this.page.getByTestId("basket-count");
  }

  /** The basket's one countdown: until its seats are released. */
  get basketTimer(): Locator {
    return this.page.getByTestId("basket").getByRole("timer");
  }

  /** The basket's "Checkout · N seats" link. */
  get checkoutLink(): Locator {
    return this.page.getByTestId("basket").getByRole("link", { name: /^Checkout/ });
  }

  /** Every seat a fan may pick now (in `row` when given). */
  availableSeats(row?: string): Locator {
    return availableSeats(this.page, row);
  }

  /** The map's free-seat count, "N of M …". */
  freeCount(free: number): Locator {
    return this.page.getByText(`${free} of `);
  }

  seat(label: string): Locator {
    return seatButton(this.page, label);
  }

  get notice(): Locator {
    return holdNotice(this.page);
  }

  /** The first available seat (in `row` when given): its label, tier and price. */
  async firstAvailable(row?: string): Promise<SeatInfo> {
    return seatInfo(availableSeats(this.page, row).first());
  }

  /** Clicks the seat and waits for the map to confirm the hold. */
  async hold(label: string): Promise<void> {
    await holdSeatOnMap(this.page, label);
  }

  /** From "Your held seats" on to checkout for that seat. */
  async checkout(label: string): Promise<void> {
    await goToCheckout(this.page, label);
  }

  /** Holds the first free seat and goes to checkout with it. */
  async holdFirstAndCheckout(row?: string): Promise<SeatInfo> {
    const seat = await this.firstAvailable(row);
    await this.hold(seat.label);
    await this.checkout(seat.label);
    return seat;
  }
}
