/**
 * # The return form contract (Annex 5), layout version `RETURN_FORM_LAYOUT_VERSION`
 *
 * One declaration, used by the generator (src/files/returnForm) and by the importer of returned forms.
 *
 * ## Sheets
 * - Instructions (visible, translated name `forms.sheet.instructions`): text only, never read back.
 * - The form (visible, translated name `forms.sheet.form`; its actual name is in the metadata's `formSheet`).
 * - `NapFormLists` (veryHidden, protected): one column per dropdown list (`FORM_LISTS`), labels in the form's
 *   language (`listLabelKey`); dropdowns refer to it by `listSource`.
 * - `NapFormMeta` (veryHidden, protected): the metadata (`ReturnFormMeta`, zod). Fields `META_FIELDS` in
 *   column A (name) and B (value) from row 1; the row map (`META_ROW_COLUMNS`: row, kind, code, category,
 *   entry) as a table with its header at D1. `metaGrid` writes it, `parseMetaGrid` reads it from values.
 *
 * ## The form sheet (all positions 0-based; A1 addresses via `cellAddress`)
 * - Title at row `TITLE_ROW`; Annex 5's header block `HEADER_FIELDS`: label in column A, value in column C
 *   (merged C:H). Contact person and general observations are inputs (`headerInputCells`); the others are
 *   prefilled.
 * - From `BODY_TOP`: the indicator block (a section title, the column headers `INDICATOR_COLUMNS`, then per
 *   area → outcome → indicator → its disaggregation categories) and the activity block (a section title,
 *   the headers `ACTIVITY_COLUMNS`, one row per activity). Every data row is listed in the metadata's
 *   `rows` with its 0-based row number, kind, code, category (for `category` rows) and entry kind
 *   (`number`, `text` or `ratio` for indicator and category rows).
 * - `inputCells(row)` gives the unlocked cells of a row and how each is read (`InputKind`); every other cell
 *   is locked. So the importer finds every input cell from the metadata and this layout alone.
 *
 * ## Digest
 * `digest` = SHA-256 hex (`sha256Hex` in src/files/returnForm) of `digestText(formId, rows, cellAt)`: the
 * form id and the text of every cell `forEachPrefilledCell(rows)` visits (header values and the locked columns of
 * each row), line endings normalised and trailing spaces dropped. The importer recomputes it from the
 * returned file's form sheet: a different digest means prefilled cells or rows were changed.
 *
 * ## Content
 * `formContent(request, t)` decides every cell of one agency's form for one period from the plan (its
 * indicators by the M&E plan's "Responsible", its activities by their responsible bodies, the agency's
 * value of the period before from the ledger); the writer in src/files/returnForm only draws it.
 *
 * ## Identity
 * `formId` = `formIdOf(planId, agency, period)`: stable, so a regenerated form matches copies already sent
 * out; `generatedAt` tells generations apart. `planId` is the plan workbook's settings row `planId`.
 */
export * from './formLayout';
export * from './formLists';
export * from './formMeta';
export * from './formDigest';
export * from './formContent';
