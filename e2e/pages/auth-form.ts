/**
 * The account form: one form with two modes, on /signin ("Sign in") and
 * /signup ("Create account"), each linking to the other; and the greeting
 * under the header on the page the fan lands on afterwards. In English (the
 * suite's language) or Korean, as the test's pages are.
 */
import { expect, type Locator, type Page } from "@playwright/test";
import type { Credentials } from "../fixtures/api";

const LABELS = {
  en: {
    signIn: "Sign in",
    signUp: "Create account",
    name: "Name",
    email: "Email",
    password: "Password",
    toSignUp: "Create an account",
  },
  ko: { signIn: "로그인", signUp: "계정 만들기", name: "이름", email: "이메일", password: "비밀번호", toSignUp: "회원가입" },
} as const;

export class AuthForm {
  private readonly labels: (typeof LABELS)[keyof typeof LABELS];

  constructor(
    readonly page: Page,
    locale: keyof typeof LABELS = "en",
  ) {
    this.labels = LABELS[locale];
  }

  /** Opens /signin or /signup. */
  async open(mode: "signIn" | "signUp"): Promise<this> {
    await this.page.goto(mode === "signUp" ? "/signup" : "/signin");
    return this;
  }

  get signInForm(): Locator {
    return this.page.getByRole("form", { name: this.labels.signIn });
  }

  get signUpForm(): Locator {
    return this.page.getByRole("form", { name: this.labels.signUp });
  }

  /** A form's field by its exact label. */
  field(form: Locator, field: "name" | "email" | "password"): Locator {
    return form.getByLabel(this.labels[field], { exact: true });
  }

  /** The sign-in form's own alert (Next.js keeps an empty route announcer with role="alert" on every page). */
  get signInAlert(): Locator {
    return this.signInForm.getByRole("alert");
  }

  /** The greeting under the header after the form (its words, and its Dismiss button). */
  get greeting(): Locator {
    return this.page.getByTestId("welcome-notice");
  }

  /** The greeting's words: a welcome to a new account, or "Welcome back". */
  get greetingText(): Locator {
    return this.greeting.locator("p");
  }

  async signUp(creds: Credentials): Promise<void> {
    const form = this.signUpForm;
    await this.field(form, "name").fill(creds.name);
    await this.field(form, "email").fill(creds.email);
    await this.field(form, "password").fill(creds.password);
    await form.getByRole("button", { name: this.labels.signUp }).click();
  }

  async signIn(creds: { email: string; password: string }): Promise<void> {
    const form = this.signInForm;
    await this.field(form, "email").fill(creds.email);
    await this.field(form, "password").fill(creds.password);
    await form.getByRole("button", { name: this.labels.signIn }).click();
  }

  /** From sign-in to sign-up by the form's own link, which keeps where the fan was going. */
  async switchToSignUp(): Promise<void> {
    await this.signInForm.getByRole("link", { name: this.labels.toSignUp }).click();
    await expect(this.signUpForm).toBeVisible();
  }
}
