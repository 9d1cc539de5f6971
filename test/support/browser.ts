// Debian's Chromium driven by playwright-core for the browser tests, and the axe-core scan every page must pass.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where .ci/run installs Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = process.env['CONSENTRY_CHROMIUM'] ?? '/usr/bin/chromium';

/** Whether the browser tests can run here. */
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM_PATH);

if (!CHROMIUM_AVAILABLE && process.env['CI'] === 'true') {
  // In CI the browser journeys must run: a missing browser is a failure, never a silent skip.
  throw new Error(`CI=true but Chromium is missing at ${CHROMIUM_PATH}: install Debian's chromium package (see .ci/run)`);
}

/** Launches headless Chromium with the flags a container needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
}

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** One accessibility problem axe-core reports. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly string[];
}

/**
 * Runs axe-core (WCAG 2.1 A/AA rules and best practices) on the page and returns the serious and
 * critical violations. The page's context must bypass CSP: axe is injected as an inline script.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Collects Content-Security-Policy violations a page reports on its console (there must be none). */
export function watchCsp(page: Page): string[] {
  const reports: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|apply|load)/i.test(message.text())) reports.push(message.text());
  });
  return reports;
}
