import { buildReturnForms } from '../../src/app/buildReturnForms';
import { setupPlanWorkbook } from '../../src/app/setupPlanWorkbook';
import type { WorkbookGateway } from '../../src/sheets/gateway';
import { EXAMPLE_SETUP } from '../support/examplePlan';

/**
 * The example plan set up in a workbook and its 2026-Q2 return forms generated and registered as expected,
 * as a coordinator does before the agencies report. Returns each agency's blank form.
 */
export async function exampleWithForms(gateway: WorkbookGateway): Promise<(agency: string) => Uint8Array> {
  await setupPlanWorkbook(gateway, EXAMPLE_SETUP);
  const built = await buildReturnForms(gateway, {
    language: 'en',
    file: 'plan.xlsx',
    period: '2026-Q2',
    agencies: [],
    now: '2026-06-20T10:00',
    register: true,
  });
  return (agency) => built.forms.find((form) => form.agency === agency)!.bytes;
}
