/** The wallet: balance, the top-up form, the transaction history; and the header's balance chip. */
import { expect, type Locator, type Page } from "@playwright/test";
import { headerBalance, topUpWithForm } from "../fixtures/account-ui";
import { won } from "../fixtures/booking-ui";

export class WalletPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto("/wallet");
    await expect(this.heading).toBeVisible();
    return this;
  }

  get heading(): Locator {
    return this.page.getByRole("heading", { level: 1, name: "Wallet" });
  }

  get balance(): Locator {
    return this.page.getByTestId("wallet-balance");
  }

  /** The top-up form's own amount field ("Other amount"), which marks a refused amount invalid. */
  get amountField(): Locator {
    return this.page.getByLabel("Custom amount (won)");
  }

  /** Why the form refused the amount, next to the field. */
  get chargeError(): Locator {
    return this.page.getByTestId("charge-error");
  }

  /** The announcement of a top-up: "Added ₩…". */
  toppedUp(amount: number): Locator {
    return this.page.getByRole("status").filter({ hasText: `Added ${won(amount)}` });
  }

  /** The transactions, newest first. */
  get history(): Locator {
    return this.page.getByRole("list", { name: "Transactions" }).getByRole("listitem");
  }

  async topUp(amount: number): Promise<void> {
    await topUpWithForm(this.page, amount);
  }

  /** The header chip, on every fan page: "Wallet balance ₩…". */
  async expectHeaderBalance(amount: number): Promise<void> {
    await expect(headerBalance(this.page)).toHaveAccessibleName(`Wallet balance ${won(amount)}`);
  }
}
