/**
 * Finishing what the fan set out to do (issue 15, point 8): a signed-out fan
 * presses "Join the queue" (or a date's "Choose seats"), signs up — or signs
 * in — and lands in that concert's line for that date without pressing it
 * again, greeted as what they are: new, or returning. Opening the waiting
 * room by a link joins nobody. Each test has a show of its own.
 */
import { createUser, newCredentials } from "./fixtures/api";
import { joinQueue } from "./fixtures/booking-api";
import { availableSeatsKo } from "./fixtures/korean-ui";
import { queueCounter, setQueueControls } from "./fixtures/queue-controls-api";
import { MAIN_URL } from "./fixtures/servers";
import { expect, test } from "./fixtures/test";
import { AuthForm, ConcertPage, SeatMapPage, WaitingRoom } from "./pages";

test("a new fan who signs up from a date's 'Choose seats' lands in its line, welcomed as new", async ({ page, show, newFan, staffApi }) => {
  // One fan let in at a time and one already in: the new fan waits, first in line behind them.
  await setQueueControls(staffApi, show.id, { activeLimit: 1 });
  const ahead = await newFan({ label: "ahead" });
  expect((await joinQueue(ahead.request, MAIN_URL, show.id)).status).toBe("ACTIVE");
  const me = newCredentials("joins-new");
  const auth = new AuthForm(page);
  const room = `/concerts/${show.id}/queue?date=${show.scheduleIds[show.date]}`;

  await test.step("signed out, 'Choose seats' asks to sign in and says the fan will be brought back", async () => {
    await new ConcertPage(page).open(show);
    await new ConcertPage(page).chooseSeats(show.date);
    await expect(page).toHaveURL((url) => url.pathname === "/signin" && url.searchParams.get("callbackUrl") === room);
    await expect(auth.signInForm.getByRole("status")).toHaveText("Sign in or create an account to continue. We will bring you right back.");
    await expect(page.getByText(/welcome back/i)).toHaveCount(0);
  });

  await test.step("no account yet: create one from the sign-in page", async () => {
    await auth.switchToSignUp();
    await expect(page).toHaveURL((url) => url.pathname === "/signup" && url.searchParams.get("callbackUrl") === room);
    await auth.signUp(me);
  });

  await test.step("back in the line for that date, greeted as a new fan", async () => {
    await new WaitingRoom(page).expectPlace(1);
    await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === room);
    await expect(auth.greetingText).toHaveText(`Welcome to StagePass, ${me.name}! Your account is ready.`);
    await expect(page.getByText(/welcome back/i)).toHaveCount(0);
  });

  // The server agrees: the fan ahead is in, the new fan waits.
  expect(await queueCounter(staffApi, show.id)).toMatchObject({ active: 1, waiting: 1 });
  const mine = await joinQueue(page.request, MAIN_URL, show.id);
  expect(mine).toMatchObject({ status: "WAITING", position: 1 });

  await auth.greeting.getByRole("button", { name: "Dismiss" }).click();
  await expect(auth.greeting).toHaveCount(0);
});

test("a returning fan who signs in from 'Join the queue' is let in, welcomed back", async ({ page, show }) => {
  const account = await createUser(page.request, newCredentials("joins-back"));
  const auth = new AuthForm(page);
  const concert = new ConcertPage(page);
  await concert.open(show);
  await concert.joinQueue();
  await auth.signIn(account);
  // Nobody ahead: the join lets the fan straight in, and the waiting room opens the seat map.
  await new SeatMapPage(page).expectOpen();
  await expect(page).toHaveURL(new RegExp(`/concerts/${show.id}/dates/${show.scheduleIds[show.date]}$`));
  await expect(auth.greetingText).toHaveText(`Welcome back, ${account.name}.`);
});

test("opening the waiting room by a link joins nobody: the fan presses Join", async ({ fan, show }) => {
  await fan.page.goto(`/concerts/${show.id}/queue`);
  const missing = fan.page.getByTestId("queue-missing");
  await expect(missing.getByRole("heading", { level: 2 })).toHaveText(`You are not in the queue for ${show.title}`);
  await expect(missing.getByTestId("join-queue")).toBeEnabled();
  expect(await queueCounter(fan.request, show.id)).toMatchObject({ active: 0, waiting: 0 });
  await missing.getByTestId("join-queue").click();
  await new SeatMapPage(fan.page).expectOpen();
});

test.describe("in Korean, the default", () => {
  test.use({ appLocale: "ko", locale: "ko-KR" });

  test("a new fan who signs up from 대기열 참여 is let in and welcomed as new, not back", async ({ page, show }) => {
    const me = newCredentials("joins-ko");
    const auth = new AuthForm(page, "ko");
    await page.goto(`/concerts/${show.id}`);
    await page.getByTestId("join-queue").click();
    await expect(auth.signInForm.getByRole("status")).toHaveText("계속하려면 로그인하거나 회원가입해 주세요. 완료 후 바로 돌아갑니다.");
    await auth.switchToSignUp();
    await auth.signUp(me);
    await expect(availableSeatsKo(page, "A").first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`/concerts/${show.id}/dates/${show.scheduleIds[show.date]}$`));
    await expect(auth.greetingText).toHaveText(`${me.name}님, StagePass에 오신 것을 환영합니다! 계정이 만들어졌습니다.`);
    await expect(page.getByText("다시 오신")).toHaveCount(0);
  });
});
