/**
 * Korean first (issue 11): a fan whose browser asks for no language we have
 * buys a ticket in Korean without meeting an English word; a fan switches to
 * English once and stays in English after a reload; a browser in New York
 * sees the show's Seoul time, labelled. Each test books a show of its own.
 */
import { balanceOf } from "./fixtures/api";
import { enterSeatMap, expectPaidAndOpenReceipt, holdFirstAvailableSeat, payButton } from "./fixtures/booking-ui";
import { availableSeatsKo, expectNoEnglish } from "./fixtures/korean-ui";
import { expect, test } from "./fixtures/test";

test.describe("in Korean, the default", () => {
  // No language cookie and a browser asking for French: Korean is the fallback.
  test.use({ appLocale: null, locale: "fr-FR" });

  test("a fan buys a ticket in Korean and meets no English on the way", async ({ newFan, show }) => {
    const { page, request } = await newFan({ balance: 300_000, label: "ko-buyer" });

    await test.step("home and concert pages", async () => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("공정하게");
      await expectNoEnglish(page, "the home page");
      await page.getByRole("link", { name: show.titleKo }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: show.titleKo })).toBeVisible();
      await expectNoEnglish(page, "the concert page");
    });

    await test.step("seat map with steps, grades and the ticket limit", async () => {
      await page
        .getByRole("button", { name: / 좌석 선택$/ })
        .nth(show.date)
        .click();
      await expect(availableSeatsKo(page, "A").first()).toBeVisible({ timeout: 20_000 });
      await expect(page.getByTestId("purchase-steps")).toContainText("날짜/회차");
      await expect(page.getByTestId("ticket-limit")).toContainText("1인당");
      await expect(page.getByText(/VIP석/).first()).toBeVisible();
      await expectNoEnglish(page, "the seat map");
    });

    const label = await test.step("hold a seat and go to checkout", async () => {
      const seat = availableSeatsKo(page, "A").first();
      const name = (await seat.getAttribute("aria-label")) ?? "";
      const seatLabel = /^좌석 ([A-Z]+-\d+),/.exec(name)?.[1] ?? "";
      await seat.click();
      await expect(page.getByTestId("hold-notice")).toContainText("장바구니에 담았습니다");
      await expectNoEnglish(page, "the seat map with a hold");
      await page.getByTestId("basket-checkout").click();
      await expect(page.getByRole("heading", { level: 1, name: "결제" })).toBeVisible();
      return seatLabel;
    });

    await test.step("checkout states the cancellation policy before Pay, then pays", async () => {
      await expect(page.getByTestId("cancellation-policy")).toContainText("취소 및 환불 규정");
      await expect(page.getByTestId("cancellation-policy")).toContainText("공연 당일");
      await expectNoEnglish(page, "checkout");
      await page.getByRole("button", { name: /원 결제하기$/ }).click();
      await expect(page.getByRole("heading", { level: 1, name: /결제가 완료되었습니다/ })).toBeVisible();
      await expect(page.getByTestId("payment-success")).toContainText(label);
      await expectNoEnglish(page, "the success page");
    });

    await test.step("the receipt, with the policy", async () => {
      await page.getByRole("link", { name: "영수증 보기" }).click();
      await expect(page.getByTestId("receipt").getByRole("heading", { level: 1, name: "영수증" })).toBeVisible();
      await expect(page.getByTestId("receipt")).toContainText(/\d{1,3}(,\d{3})*원/);
      await expect(page.getByTestId("receipt").getByTestId("cancellation-policy")).toBeVisible();
      await expectNoEnglish(page, "the receipt");
    });

    expect(await balanceOf(request)).toBeLessThan(300_000);
  });
});

test.describe("switching to English", () => {
  test.use({ appLocale: null, locale: "ko-KR" });

  test("a fan switches once, reloads, and buys in English", async ({ newFan, show }) => {
    const { page } = await newFan({ balance: 300_000, label: "en-buyer" });
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await page.getByTestId("locale-switch").click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find your night. Queue fairly. Keep your seat.");

    await enterSeatMap(page, show);
    const seat = await holdFirstAvailableSeat(page);
    await expect(page.getByTestId("cancellation-policy")).toContainText("Cancellation and refund policy");
    // The concert's English rendering, not the stored Korean title, on every page of the purchase.
    await expect(page.getByRole("main")).toContainText(show.title);
    await expect(page.getByRole("main")).not.toContainText(show.titleKo);
    await payButton(page).click();
    await expect(page.getByTestId("payment-success")).toContainText(show.title);
    await expectPaidAndOpenReceipt(page, seat);
    await expect(page.getByTestId("receipt")).toContainText("The E2E Band");
    await expect(page.getByTestId("receipt")).not.toContainText(show.titleKo);
    await page.goto("/bookings");
    await expect(page.getByRole("main")).toContainText(show.title);
    await expect(page.getByRole("main")).not.toContainText(show.titleKo);
  });
});

test.describe("a browser in New York", () => {
  test.use({ timezoneId: "America/New_York", appLocale: "ko", locale: "ko-KR" });

  test("sees the show's Seoul time, labelled as Korean time", async ({ page, show }) => {
    await page.goto(`/concerts/${show.id}`);
    const first = page.getByRole("list", { name: "예매 가능한 회차" }).getByRole("listitem").first();
    // The suite's shows start at 19:00 in Seoul (05:00 in New York; fixtures/catalogue-api.ts).
    await expect(first).toContainText("19:00");
    await expect(first).toContainText("(한국 시간)");
    await expect(first).not.toContainText("05:00");
  });
});
