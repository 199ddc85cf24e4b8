import { join } from 'node:path';
import type { BuildFormsOptions, BuildFormsResult } from '../../app/buildReturnForms';
import { Language } from '../../core/model/enums';
import { PlanFileGateway } from '../../files/planPatch/planFileGateway';
import { WorkbookError } from '../../sheets/workbookError';
import { valueOf } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { readWorkbookBytes } from '../fileInput';
import { makeOutputFolder, writeOutput } from '../fileIo';
import { choiceOption, requiredOption } from '../optionValues';
import { dateParam } from '../../core/i18n/params';

/**
 * Builds the forms and records them as expected in the plan file through the writer that keeps every part
 * NAP Monitor does not own. Where that writer cannot make the register's change, the forms are built from an
 * untouched copy and the reason is returned, so the plan is never half-written.
 */
async function buildAndRegister(
  bytes: Uint8Array,
  options: BuildFormsOptions,
): Promise<{ result: BuildFormsResult; plan: Uint8Array | null; refused: string | null }> {
  // The form writer (exceljs) is loaded only when forms are built, to keep other commands' start-up short.
  const { buildReturnForms } = await import('../../app/buildReturnForms');
  const gateway = PlanFileGateway.open(bytes, options.file);
  try {
    const result = await buildReturnForms(gateway, options);
    return { result, plan: result.registered > 0 ? gateway.toBytes() : null, refused: null };
  } catch (error) {
    if (!(error instanceof WorkbookError) || error.key !== 'error.writeFailed') throw error;
    const result = await buildReturnForms(PlanFileGateway.open(bytes, options.file), { ...options, register: false });
    return { result, plan: null, refused: String(error.params.detail ?? '') };
  }
}

/** `nap-monitor forms plan.xlsx --period 2026-Q2 --out forms/ [--agency CODE,...]`: the task pane's "Forms" on a file. */
export const formsCommand: Command = {
  name: 'forms',
  summary: 'cli.forms.summary',
  usage: (t) => t('cli.forms.usage', { languages: Language.options.join(', ') }),
  options: { file: 'positional', period: 'value', out: 'value', agency: 'value', language: 'value', force: 'flag' },
  async run(options, io, t) {
    const file = requiredOption(options, 'file');
    const period = requiredOption(options, 'period');
    const out = requiredOption(options, 'out');
    const language = choiceOption(options, 'language', Language.options, 'en');
    const agencies = (valueOf(options, 'agency') ?? '')
      .split(',')
      .map((code) => code.trim())
      .filter((code) => code !== '');
    const { result, plan, refused } = await buildAndRegister(await readWorkbookBytes(io, file), {
      language,
      file,
      period,
      agencies,
      // The generation time is stamped into each form and the register; the command line is the clock's edge.
      now: new Date().toISOString(),
      register: true,
    });
    for (const warning of result.warnings) io.stderr(warning);
    if (result.forms.length > 0) await makeOutputFolder(io, out);
    for (const form of result.forms) {
      const path = join(out, form.fileName);
      await writeOutput(io, path, form.bytes, { replace: options.force === true });
      io.stdout(
        t('cli.forms.written', {
          file: path,
          agency: form.agency,
          indicators: form.indicators,
          activities: form.activities,
        }),
      );
    }
    if (result.skipped.length > 0) io.stdout(t('cli.forms.skipped', { agencies: result.skipped.join(', ') }));
    io.stdout(
      t('cli.forms.summaryLine', {
        count: result.forms.length,
        period: result.period.code,
        due: dateParam(result.period.dueDate),
      }),
    );
    // The plan is written last: forms already on disk with no register row are simply registered next time.
    if (plan) {
      await writeOutput(io, file, plan, { replace: true });
      io.stdout(t('cli.forms.registered', { file, count: result.registered }));
    } else if (refused !== null) io.stdout(t('cli.forms.planUntouched', { file, detail: refused }));
    else io.stdout(t('cli.forms.alreadyRegistered', { file }));
    return EXIT.ok;
  },
};
