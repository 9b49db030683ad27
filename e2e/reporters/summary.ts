/**
 * The run's closing lines, after the list reporter: every skipped flow with
 * its reason (a remote target skips the flows that need the suite's own
 * servers, and says why), every flaky flow (failed, then passed on retry),
 * the counts, and where the HTML report is.
 */
import path from "node:path";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

export default class SummaryReporter implements Reporter {
  private readonly tests = new Map<TestCase, TestResult[]>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.tests.set(test, [...(this.tests.get(test) ?? []), result]);
  }

  onEnd(result: FullResult): void {
    const name = (t: TestCase) => `${t.parent.project()?.name ?? ""} › ${t.titlePath().slice(2).join(" › ")}`;
    const cases = [...this.tests.keys()];
    const skipped = cases.filter((t) => t.outcome() === "skipped");
    const flaky = cases.filter((t) => t.outcome() === "flaky");
    const failed = cases.filter((t) => t.outcome() === "unexpected");
    const passed = cases.filter((t) => t.outcome() === "expected").length;
    const lines: string[] = [""];
    if (skipped.length) {
      lines.push(`Skipped (${skipped.length}):`);
      for (const t of skipped) {
        const why = t.annotations.find((a) => a.type === "skip")?.description ?? "no reason given";
        lines.push(`  - ${name(t)}: ${why}`);
      }
    }
    if (flaky.length) {
      lines.push(`Flaky — failed, then passed on retry (${flaky.length}):`);
      for (const t of flaky) lines.push(`  - ${name(t)}`);
    }
    if (failed.length) {
      lines.push(`Failed (${failed.length}):`);
      for (const t of failed) lines.push(`  - ${name(t)}`);
    }
    lines.push(`${passed} passed, ${failed.length} failed, ${skipped.length} skipped, ${flaky.length} flaky (${result.status})`);
    lines.push(
      `HTML report: ${path.resolve(process.env.E2E_REPORT_DIR ?? "playwright-report", "index.html")} — open it with: npx playwright show-report ${process.env.E2E_REPORT_DIR ?? "playwright-report"}`,
    );
    console.log(lines.join("\n"));
  }

  printsToStdio(): boolean {
    return true;
  }
}
