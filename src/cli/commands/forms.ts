import { join } from 'node:path';
import { buildReturnForms } from '../../app/buildReturnForms';
import { Language } from '../../core/model/enums';
import { valueOf } from '../args';
import type { Command } from '../command';
import { EXIT } from '../exitCodes';
import { openWorkbook } from '../fileInput';
import { writeOutput } from '../fileIo';
import { choiceOption, requiredOption } from '../optionValues';

/**
 * `nap-monitor forms plan.xlsx --period 2026-Q2 --out forms/ [--agency CODE,...]`: the task pane's "Forms"
 * on a file. The plan file is only read: writing the register into a workbook someone else made needs a
 * writer that keeps every part it does not own, so the user is told to record the forms from the add-in.
 */
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
    const gateway = await openWorkbook(io, file);
    const result = await buildReturnForms(gateway, {
      language,
      file,
      period,
      agencies,
      // The generation time is stamped into each form's metadata; the command line is the clock's edge.
      now: new Date().toISOString(),
      register: false,
    });
    for (const warning of result.warnings) io.stderr(warning);
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
        due: result.period.dueDate,
      }),
    );
    io.stdout(t('cli.forms.planUntouched', { file }));
    return EXIT.ok;
  },
};
