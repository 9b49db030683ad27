/** The header on every page: a fan's wallet chip, bookings link and account menu; staff get the public-site link and Sign out instead. */
import type { Locator, Page } from "@playwright/test";
import { headerBalance } from "../fixtures/account-ui";

export class SiteHeader {
  constructor(readonly page: Page) {}

  get banner(): Locator {
    return this.page.getByRole("banner");
  }

  /** "Wallet balance ₩…", shown only to a signed-in fan. */
  get walletChip(): Locator {
    return headerBalance(this.page);
  }

  get myBookingsLink(): Locator {
    return this.banner.getByRole("link", { name: "My bookings" });
  }

  get publicSiteLink(): Locator {
    return this.banner.getByRole("link", { name: "Public site" });
  }

  get signOutButton(): Locator {
    return this.banner.getByRole("button", { name: "Sign out" });
  }

  /** Opens the account menu of the fan named `name`; it says who is signed in. */
  async openAccountMenu(name: string): Promise<void> {
    await this.page.getByRole("button", { name: `Account menu for ${name}` }).click();
  }

  signedInAs(email: string): Locator {
    return this.page.getByText(`Signed in as ${email}`);
  }
}
