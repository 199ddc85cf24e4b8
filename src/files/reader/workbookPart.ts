import type { Archive } from './archive';
import type { ReaderLimits } from './limits';
import { cut, fail } from './problem';
import type { DefinedNameValues, SheetState } from './workbookValues';
import { readXmlPart } from './xmlPart';

export interface WorkbookSheetEntry {
  name: string;
  state: SheetState;
  relationshipId: string;
}

export interface WorkbookPart {
  date1904: boolean;
  sheets: WorkbookSheetEntry[];
  /** `localSheetId` is resolved to a sheet name by the caller, which knows the sheets. */
  definedNames: (Omit<DefinedNameValues, 'sheet'> & { localSheetId: number | null })[];
}

const STATES: readonly SheetState[] = ['visible', 'hidden', 'veryHidden'];
const TRUE = new Set(['1', 'true']);

/** workbook.xml: the sheets in tab order with their states, the date system, and the defined names. */
export function readWorkbookPart(archive: Archive, part: string, limits: ReaderLimits): WorkbookPart {
  const { file } = archive;
  const result: WorkbookPart = { date1904: false, sheets: [], definedNames: [] };
  const names = new Set<string>();
  const damaged = (): never => fail('reader.error.damagedPart', { file, part });
  let name: { name: string; localSheetId: number | null; hidden: boolean; text: string } | null = null;
  readXmlPart(
    archive,
    part,
    {
      open(element, attributes) {
        if (element === 'workbookPr') result.date1904 = TRUE.has(attributes.get('date1904') ?? '');
        else if (element === 'sheet') {
          const sheetName = attributes.get('name') ?? damaged();
          const relationshipId = attributes.get('id') ?? damaged();
          const state = (attributes.get('state') ?? 'visible') as SheetState;
          if (sheetName === '' || !STATES.includes(state)) damaged();
          const key = sheetName.toLowerCase();
          if (names.has(key)) fail('reader.error.sheetNameTwice', { file, sheet: cut(sheetName) });
          names.add(key);
          if (result.sheets.length >= limits.sheets) fail('reader.error.tooComplexPart', { file, part });
          result.sheets.push({ name: sheetName, state, relationshipId });
        } else if (element === 'definedName') {
          const local = attributes.get('localSheetId');
          const localSheetId = local === undefined ? null : Number(local);
          if (localSheetId !== null && !Number.isInteger(localSheetId)) damaged();
          name = {
            name: attributes.get('name') ?? damaged(),
            localSheetId,
            hidden: TRUE.has(attributes.get('hidden') ?? ''),
            text: '',
          };
        }
      },
      close(element) {
        if (element !== 'definedName' || name === null) return;
        if (result.definedNames.length >= limits.definedNames) fail('reader.error.tooComplexPart', { file, part });
        result.definedNames.push({
          name: name.name,
          localSheetId: name.localSheetId,
          hidden: name.hidden,
          formula: name.text,
        });
        name = null;
      },
      text(text) {
        if (name === null) return;
        if (name.text.length + text.length > limits.stringLength) fail('reader.error.tooComplexPart', { file, part });
        name.text += text;
      },
    },
    limits,
  );
  if (result.sheets.length === 0) damaged();
  return result;
}
