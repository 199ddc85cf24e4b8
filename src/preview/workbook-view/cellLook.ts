import type { CSSProperties } from 'react';
import { tokens } from '@fluentui/react-components';
import type { CellInfo } from '@fake-excel';
import { tableLook } from './tableStyles';

const POINTS_TO_PIXELS = 4 / 3;
const DEFAULT_FONT_COLOR = '#000000';

const HORIZONTAL: Record<string, CSSProperties['textAlign']> = {
  Left: 'left',
  Center: 'center',
  CenterAcrossSelection: 'center',
  Right: 'right',
  Justify: 'justify',
  Distributed: 'justify',
  Fill: 'left',
};

const VERTICAL: Record<string, CSSProperties['verticalAlign']> = {
  Top: 'top',
  Center: 'middle',
  Bottom: 'bottom',
  Justify: 'middle',
  Distributed: 'middle',
};

/** General alignment as Excel does it: numbers right, logical values and errors centred, text left. */
function generalAlignment(cell: CellInfo): CSSProperties['textAlign'] {
  if (typeof cell.value === 'number') return 'right';
  if (typeof cell.value === 'boolean' || (typeof cell.value === 'string' && cell.value.startsWith('#') && cell.formula))
    return 'center';
  return 'left';
}

/** How a cell looks: table style first, then the cell's own format, then what conditional formats add. */
export function cellLook(cell: CellInfo): CSSProperties {
  const table = cell.table && tableLook(cell.table.style);
  const part = cell.table?.part;
  let fill: string | null = null;
  let color = DEFAULT_FONT_COLOR;
  let bold = cell.format.bold;
  const style: CSSProperties = {};
  if (table && cell.table) {
    if (part === 'header') {
      fill = table.headerFill;
      color = table.headerColor;
      bold = true;
      if (table.headerBorder) style.borderBottom = `1px solid ${table.headerBorder}`;
    } else if (part === 'totals') {
      bold = true;
      style.borderTop = `2px solid ${table.headerBorder ?? table.headerFill ?? DEFAULT_FONT_COLOR}`;
    } else if (cell.table.showBandedRows && cell.table.bodyRow % 2 === 0) {
      fill = table.bandFill;
    }
    if (table.border) style.border = `1px solid ${table.border}`;
  }
  if (cell.format.fillColor) fill = cell.format.fillColor;
  if (cell.format.fontColor !== DEFAULT_FONT_COLOR) color = cell.format.fontColor;
  const conditional = cell.conditional;
  if (conditional?.fillColor) fill = conditional.fillColor;
  if (conditional?.fontColor) color = conditional.fontColor;
  if (conditional?.bold !== undefined && conditional.bold !== null) bold = conditional.bold;
  const italic = conditional?.italic ?? cell.format.italic;
  return {
    ...style,
    backgroundColor: fill ?? undefined,
    // Excel's automatic font colour on an unfilled cell follows the theme, as Office's dark mode shows it.
    color: fill === null && color === DEFAULT_FONT_COLOR ? tokens.colorNeutralForeground1 : color,
    fontWeight: bold ? 700 : 400,
    fontStyle: italic ? 'italic' : 'normal',
    fontSize: `${cell.format.fontSize * POINTS_TO_PIXELS}px`,
    textAlign:
      cell.format.horizontalAlignment === 'General'
        ? generalAlignment(cell)
        : HORIZONTAL[cell.format.horizontalAlignment],
    verticalAlign: VERTICAL[cell.format.verticalAlignment] ?? 'bottom',
    whiteSpace: cell.format.wrapText ? 'pre-wrap' : 'pre',
    overflowWrap: cell.format.wrapText ? 'anywhere' : undefined,
  };
}

export function pointsToPixels(points: number): number {
  return Math.round(points * POINTS_TO_PIXELS);
}
