/**
 * The staff's live controls of a line (/admin/queue/{id}) name the concert in
 * the console's language (issue 13's nit): the English rendering on English
 * pages, the stored Korean title on Korean ones, as every other staff page does.
 */
import { expect, setAppLocale, test } from "./fixtures/test";

test("the queue controls page names the concert in the page's language", async ({ admin, show }) => {
  const { page } = admin;
  const heading = page.getByRole("heading", { level: 1 });
  await page.goto(`/admin/queue/${show.id}`);
  await expect(heading).toHaveText(`Live controls: ${show.title}`);

  await setAppLocale(page.context(), "ko");
  await page.reload();
  await expect(heading).toHaveText(`실시간 제어: ${show.titleKo}`);
});
