import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type CSSProperties, type MouseEvent } from 'react';
import { columnLetters, type FakeWorkbook, type Rect } from '@fake-excel';
import { useI18n } from '../../taskpane/i18nContext';
import { cellLook } from './cellLook';
import type { GridModel } from './gridModel';

const HEADER_HEIGHT = 22;
const ROW_HEADER_WIDTH = 44;
const SELECTION = '#217346';

const useStyles = makeStyles({
  grid: {
    tableLayout: 'fixed',
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontFamily: 'Calibri, Carlito, "Segoe UI", sans-serif',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  /** Column letters and row numbers share their look. */
  heading: {
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: 400,
    fontSize: '12px',
    color: tokens.colorNeutralForeground2,
  },
  columnHeading: { position: 'sticky', top: 0, zIndex: 4, height: `${HEADER_HEIGHT}px` },
  corner: { left: 0, zIndex: 5 },
  rowHeading: { position: 'sticky', left: 0, zIndex: 2, textAlign: 'center' },
  cell: {
    position: 'relative',
    paddingBlock: 0,
    paddingInline: '3px',
    overflow: 'hidden',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    lineHeight: '1.25',
    cursor: 'cell',
  },
  frozenEdge: { borderBottom: `2px solid ${tokens.colorNeutralStroke1}` },
  spill: { position: 'relative', zIndex: 1, display: 'inline-block', overflow: 'hidden', verticalAlign: 'bottom' },
  caret: {
    position: 'absolute',
    right: '1px',
    bottom: '1px',
    fontSize: '9px',
    lineHeight: '1',
    paddingInline: '2px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
  },
});

export interface SheetGridProps {
  workbook: FakeWorkbook;
  model: GridModel;
  selection: Rect | null;
  /** Whether clicks select cells (not on a hidden sheet being peeked at). */
  selectable: boolean;
}

function inRect(rect: Rect | null, row: number, col: number): boolean {
  return rect !== null && row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

function addressOf(r0: number, c0: number, r1: number, c1: number): string {
  const first = `${columnLetters(c0)}${r0 + 1}`;
  return r0 === r1 && c0 === c1 ? first : `${first}:${columnLetters(c1)}${r1 + 1}`;
}

/** The cells of one sheet as Excel draws them; a click selects (shift-click extends the selection). */
export function SheetGrid({ workbook, model, selection, selectable }: SheetGridProps) {
  const { t } = useI18n();
  const styles = useStyles();
  const sheet = model.sheet.name;
  const width = ROW_HEADER_WIDTH + model.columns.reduce((sum, c) => sum + c.width, 0);
  const grid = useRef<HTMLTableElement>(null);
  const activeAddress = selection ? addressOf(selection.r0, selection.c0, selection.r0, selection.c0) : null;

  // Excel brings a selected cell into view, e.g. when the task pane selects a finding's cell.
  useEffect(() => {
    if (!activeAddress) return;
    grid.current
      ?.querySelector(`[data-address="${activeAddress}"]`)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [sheet, activeAddress]);

  const onCellClick = (event: MouseEvent, row: number, col: number) => {
    if (!selectable) return;
    if (event.shiftKey && selection) {
      workbook.select(
        sheet,
        addressOf(
          Math.min(selection.r0, row),
          Math.min(selection.c0, col),
          Math.max(selection.r0, row),
          Math.max(selection.c0, col),
        ),
      );
    } else {
      workbook.select(sheet, addressOf(row, col, row, col));
    }
  };

  return (
    <table
      ref={grid}
      role="grid"
      aria-label={t('preview.grid', { sheet })}
      data-sheet={sheet}
      className={styles.grid}
      style={{ width }}
    >
      <colgroup>
        <col style={{ width: ROW_HEADER_WIDTH }} />
        {model.columns.map((column) => (
          <col key={column.letter} style={{ width: column.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={mergeClasses(styles.heading, styles.columnHeading, styles.corner)} aria-hidden="true" />
          {model.columns.map((column) => (
            <th
              key={column.letter}
              role="columnheader"
              scope="col"
              className={mergeClasses(styles.heading, styles.columnHeading)}
            >
              {column.letter}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => {
          const frozen = row.stickyTop !== null;
          const lastFrozen = frozen && row.index === model.sheet.frozenRows - 1;
          const sticky: CSSProperties = frozen
            ? { position: 'sticky', top: HEADER_HEIGHT + (row.stickyTop ?? 0), zIndex: 1 }
            : {};
          const cells = model.columns.map((column) => workbook.cellAt(sheet, row.index, column.index));
          return (
            <tr key={row.index} style={{ height: row.height }}>
              <th
                role="rowheader"
                scope="row"
                className={mergeClasses(styles.heading, styles.rowHeading)}
                style={frozen ? { ...sticky, zIndex: 3 } : undefined}
              >
                {row.index + 1}
              </th>
              {model.columns.map((column, i) => {
                const cell = cells[i];
                if (cell.mergedAway) return null;
                const selected = inRect(selection, row.index, column.index);
                const active = selection !== null && selection.r0 === row.index && selection.c0 === column.index;
                const look = cellLook(cell);
                // Unwrapped text runs on over the empty cells to its right, as in Excel, and stops at the first full one.
                const spills =
                  cell.text !== '' &&
                  !cell.format.wrapText &&
                  look.textAlign === 'left' &&
                  cells[i + 1]?.text === '' &&
                  !cell.merge;
                let room = column.width;
                for (let next = i + 1; spills && next < cells.length && cells[next].text === ''; next++)
                  room += model.columns[next].width;
                const style: CSSProperties = {
                  ...look,
                  ...sticky,
                  ...(spills ? { overflow: 'visible', ...(frozen ? { zIndex: 2 } : {}) } : {}),
                  ...(frozen && !look.backgroundColor ? { backgroundColor: tokens.colorNeutralBackground1 } : {}),
                  ...(selected
                    ? { backgroundImage: 'linear-gradient(rgba(33,115,70,0.14), rgba(33,115,70,0.14))' }
                    : {}),
                  ...(active ? { outline: `2px solid ${SELECTION}`, outlineOffset: '-2px' } : {}),
                };
                const list = cell.validation?.type === 'List' && cell.validation.rule?.list?.inCellDropDown !== false;
                return (
                  <td
                    key={column.letter}
                    role="gridcell"
                    data-sheet={sheet}
                    data-address={cell.address}
                    aria-selected={selected}
                    title={cell.formula ?? undefined}
                    colSpan={cell.merge?.columns}
                    rowSpan={cell.merge?.rows}
                    className={mergeClasses(styles.cell, lastFrozen && styles.frozenEdge)}
                    style={style}
                    onClick={(event) => onCellClick(event, row.index, column.index)}
                  >
                    {spills ? (
                      <span className={styles.spill} style={{ maxWidth: room }}>
                        {cell.text}
                      </span>
                    ) : (
                      cell.text
                    )}
                    {list && (
                      <span className={styles.caret} data-dropdown="true" role="img" aria-label={t('preview.dropdown')}>
                        ▾
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
