import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../../src/devtools/chromium';
import { serveDist } from '../../src/devtools/staticServer';

export const ARTIFACTS = resolve(__dirname, '../../test-artifacts');

/** The built preview in headless Chromium, with the page errors and requests it saw. */
export interface PreviewSession {
  page: Page;
  pageErrors: string[];
  requests: string[];
  /** Calls a method of the simulated workbook inside the page and returns its result as plain data. */
  workbook<T>(method: string, ...args: unknown[]): Promise<T>;
  close(): Promise<void>;
}

export async function openPreview(viewport = { width: 1440, height: 900 }): Promise<PreviewSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serveDist();
  const chromium = await launchChromium();
  const page = await chromium.browser.newPage();
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('request', (request) => requests.push(request.url()));
  await page.setViewportSize(viewport);
  await page.goto(`${server.url}/preview.html`);
  const workbook = <T>(method: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      ([name, values]) => {
        const target = (window as unknown as { napPreviewWorkbook: Record<string, (...a: unknown[]) => unknown> })
          .napPreviewWorkbook;
        const result = target[name as string](...(values as unknown[]));
        return result === target ? null : JSON.parse(JSON.stringify(result));
      },
      [method, args] as const,
    ) as Promise<T>;
  return {
    page,
    pageErrors,
    requests,
    workbook,
    close: async () => {
      await chromium.close();
      await server.close();
    },
  };
}

/** Set up with the guide's example plan for Montenegro, 2026 to 2028, as a user would in the Set up panel. */
export async function setUpExamplePlan(page: Page, period = { start: '2026-01-01', end: '2028-12-31' }): Promise<void> {
  await page.getByRole('button', { name: 'Set up', exact: true }).waitFor();
  await page.getByLabel('Country').fill('Montenegro');
  await page.getByLabel('Period starts').fill(period.start);
  await page.getByLabel('Period ends').fill(period.end);
  await page.getByRole('radio', { name: "The guide's example plan (Annex 3)" }).check();
  await page.getByRole('button', { name: 'Set up', exact: true }).click();
  await page.getByText('set up with the example plan', { exact: false }).waitFor();
}
