import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef, useState, useSyncExternalStore } from 'react';
import { parseLocalAddress, type FakeWorkbook } from '@fake-excel';
import { useI18n } from '../taskpane/i18nContext';
import { useChartBoxes } from './workbook-view/chartBoxes';
import { chartModel } from './workbook-view/chartModel';
import { ChartView } from './workbook-view/ChartView';
import { gridModel } from './workbook-view/gridModel';
import { SheetGrid } from './workbook-view/SheetGrid';
import { SheetTabs } from './workbook-view/SheetTabs';

const ROW_STEP = 200;

const useStyles = makeStyles({
  // The viewport's height, not 100%: FluentProvider's wrapper around the view has no height of its own.
  root: { display: 'flex', flexDirection: 'column', height: '100vh', minHeight: 0 },
  scroller: { flex: 1, minHeight: 0, overflow: 'auto', backgroundColor: tokens.colorNeutralBackground2 },
  sheetArea: { position: 'relative', width: 'max-content' },
  more: { margin: tokens.spacingVerticalS },
  charts: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
  },
  chartsTitle: { width: '100%' },
});

/**
 * A simulated workbook drawn like Excel: the active sheet's grid (frozen rows stay in view), its charts, and the
 * sheet tabs. It redraws whenever the workbook changes; clicking a tab or a cell acts on the workbook as Excel
 * would, so the task pane sees the same active sheet and selection.
 */
export function WorkbookView({ workbook }: { workbook: FakeWorkbook }) {
  const { t } = useI18n();
  const styles = useStyles();
  useSyncExternalStore(
    (listener) => workbook.subscribe(listener),
    () => workbook.version,
  );
  const sheetArea = useRef<HTMLDivElement>(null);
  const [showHidden, setShowHidden] = useState(false);
  const [peeked, setPeeked] = useState<string | null>(null);
  const [rowLimit, setRowLimit] = useState(ROW_STEP);

  const sheets = workbook.sheets();
  const peekedSheet =
    showHidden && peeked ? sheets.find((s) => s.name === peeked && s.visibility !== 'Visible') : undefined;
  const shown = peekedSheet?.name ?? workbook.activeSheet();
  const model = gridModel(workbook, shown, rowLimit);
  const selection = workbook.selection();
  const selected = selection && selection.sheet === shown ? parseLocalAddress(selection.address) : null;
  const charts = workbook.charts(shown);
  const boxes = useChartBoxes(sheetArea, charts);
  const floating = charts.filter((chart) => boxes[chart.name]);
  const inFlow = charts.filter((chart) => !boxes[chart.name]);

  const onSelectSheet = (name: string) => {
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) return;
    if (sheet.visibility === 'Visible') {
      setPeeked(null);
      workbook.activate(name);
    } else {
      setPeeked(name);
    }
  };

  const onShowHidden = (show: boolean) => {
    setShowHidden(show);
    if (!show) setPeeked(null);
  };

  return (
    <div className={styles.root} data-workbook-view="">
      <div className={styles.scroller} key={shown}>
        <div className={styles.sheetArea} ref={sheetArea}>
          <SheetGrid workbook={workbook} model={model} selection={selected} selectable={!peekedSheet} />
          {floating.map((chart) => (
            <ChartView key={chart.name} chart={chart} model={chartModel(workbook, chart)} box={boxes[chart.name]} />
          ))}
        </div>
        {model.rowsWanted > model.rows.length && (
          <Button className={styles.more} onClick={() => setRowLimit(rowLimit + ROW_STEP)}>
            {t('preview.moreRows', { count: Math.min(ROW_STEP, model.rowsWanted - model.rows.length) })}
          </Button>
        )}
        {inFlow.length > 0 && (
          <section className={styles.charts} aria-label={t('preview.charts', { sheet: shown })}>
            <Subtitle2 className={styles.chartsTitle}>{t('preview.charts', { sheet: shown })}</Subtitle2>
            {inFlow.map((chart) => (
              <ChartView key={chart.name} chart={chart} model={chartModel(workbook, chart)} />
            ))}
          </section>
        )}
      </div>
      <SheetTabs
        sheets={sheets}
        shown={shown}
        showHidden={showHidden}
        onShowHidden={onShowHidden}
        onSelect={onSelectSheet}
      />
    </div>
  );
}
