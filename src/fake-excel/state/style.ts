/** A cell's formatting, shared between cells until one of them changes (styles are never mutated). */
export interface CellStyle {
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontColor: string;
  readonly fontSize: number;
  readonly fontName: string;
  /** null when the cell has no fill. */
  readonly fillColor: string | null;
  readonly wrapText: boolean;
  readonly horizontalAlignment: string;
  readonly verticalAlignment: string;
  readonly locked: boolean;
}

export const DEFAULT_STYLE: CellStyle = Object.freeze({
  numberFormat: 'General',
  bold: false,
  italic: false,
  fontColor: '#000000',
  fontSize: 11,
  fontName: 'Calibri',
  fillColor: null,
  wrapText: false,
  horizontalAlignment: 'General',
  verticalAlignment: 'Bottom',
  locked: true,
});

export type StylePatch = Partial<CellStyle>;

/** Excel's default column width (8.43 characters of Calibri 11) and row height, in points. */
export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

export function patchStyle(style: CellStyle, patch: StylePatch): CellStyle {
  return Object.freeze({ ...style, ...patch });
}
