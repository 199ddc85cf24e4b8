import { ESLint } from 'eslint';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
// Jest cannot run ESLint's dynamic import of the config file, so the same config is handed over directly.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../eslint.config.js');
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe('the layer rules of DESIGN.md, enforced by ESLint', () => {
  it.each([
    ['src/core/checks/probe.ts', "import { emptyBatch } from '../../sheets/gateway';\nexport const x = emptyBatch;\n"],
    ['src/core/probe.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['src/sheets/probe.ts', "import { XlsxGateway } from '../files/xlsxGateway';\nexport const x = XlsxGateway;\n"],
    ['src/sheets/probe.ts', "import ExcelJS from 'exceljs';\nexport const x = ExcelJS;\n"],
    [
      'src/files/probe.ts',
      "import { OfficeGateway } from '../excel/officeGateway';\nexport const x = OfficeGateway;\n",
    ],
    ['src/app/probe.ts', "import { App } from '../taskpane/App';\nexport const x = App;\n"],
    ['src/app/probe.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/preview/probe.ts', "import { memoryIo } from '../../test/support/memoryIo';\nexport const x = memoryIo;\n"],
    ['src/taskpane/probe.ts', "import { memoryIo } from '../../test/support/memoryIo';\nexport const x = memoryIo;\n"],
    [
      'src/cli/commands/probe.ts',
      "import { createFakeWorkbook } from '@fake-excel/install';\nexport const x = createFakeWorkbook;\n",
    ],
  ])('%s may not import upwards or outside its layer', async (file, code) => {
    expect(await ruleIds(file, code)).toContain('no-restricted-imports');
  });

  it('lets Office.js globals appear only in src/excel and the entry points', async () => {
    const code = 'export const x = () => Excel.run(async () => undefined);\n';
    expect(await ruleIds('src/app/probe.ts', code)).toContain('no-restricted-globals');
    expect(await ruleIds('src/excel/probe.ts', code)).not.toContain('no-restricted-globals');
  });

  it('allows imports that point down', async () => {
    const code =
      "import { emptyBatch } from '../sheets/gateway';\nimport { translate } from '../core/i18n/translate';\nexport const x = [emptyBatch, translate];\n";
    expect(await ruleIds('src/app/probe.ts', code)).toEqual([]);
  });
});
