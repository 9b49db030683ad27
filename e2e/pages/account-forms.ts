/** The sign-up and sign-in forms (/signup, /signin), filled as a fan does. */
import type { Locator, Page } from "@playwright/test";
import type { Credentials } from "../fixtures/api";
import { signInWithForm, signUpWithForm } from "../fixtures/account-ui";

export class SignUpPage {
  constructor(readonly page: Page) {}

  /** Opens /signup and sends the form. */
  async signUp(creds: Credentials): Promise<void> {
    await signUpWithForm(this.page, creds);
  }

  /** The form's email field, which carries why an email was refused as its description. */
  get emailField(): Locator {
    return this.page.getByRole("form", { name: "Create account" }).getByLabel("Email", { exact: true });
  }
}

export class SignInPage {
  constructor(readonly page: Page) {}

  /** Sends the sign-in form, opening `path` first ("" when the page is already showing the form, e.g. after a redirect). */
  async signIn(creds: { email: string; password: string }, path = "/signin"): Promise<void> {
    await signInWithForm(this.page, creds, path);
  }

  /** The form's own alert (Next.js keeps an empty route announcer with role="alert" on every page). */
  get alert(): Locator {
    return this.page.getByRole("form", { name: "Sign in" }).getByRole("alert");
  }
}
