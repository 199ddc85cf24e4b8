import { makeStyles, tokens } from '@fluentui/react-components';
import type { ChartInfo } from '@fake-excel';
import { DEFAULT_CHART_SIZE, type ChartBox } from './chartBoxes';
import type { ChartModel } from './chartModel';

/** Excel's automatic series colours, for series without a fill of their own. */
const COLORS = ['#4472C4', '#ED7D31', '#A5A5A5', '#FFC000', '#5B9BD5', '#70AD47', '#264478', '#9E480E'];
const { width: WIDTH, height: HEIGHT } = DEFAULT_CHART_SIZE;
const PLOT = { left: 44, right: 12, top: 34, bottom: 58 };

const useStyles = makeStyles({
  figure: {
    margin: 0,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
  },
});

function niceMax(value: number): number {
  if (value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const steps = [1, 2, 2.5, 5, 10];
  return (steps.find((s) => s * magnitude >= value) ?? 10) * magnitude;
}

export interface ChartViewProps {
  chart: ChartInfo;
  model: ChartModel;
  /** Where the chart sits; without a box it takes its default size in the flow. */
  box?: ChartBox;
}

function seriesColor(series: ChartModel['series'][number], index: number): string {
  return series.fill ?? COLORS[index % COLORS.length];
}

/** Legend entries in rows along the bottom, each as wide as its name. */
function legend(model: ChartModel): { name: string; x: number; y: number; color: string }[] {
  let x = PLOT.left;
  let y = HEIGHT - 30;
  return model.series.map((series, s) => {
    const width = 24 + series.name.length * 5.5;
    if (x + width > WIDTH - PLOT.right && x > PLOT.left) {
      x = PLOT.left;
      y += 14;
    }
    const entry = { name: series.name, x, y, color: seriesColor(series, s) };
    x += width;
    return entry;
  });
}

/** A column (or bar) chart drawn as SVG from the chart's current data; stacked types stack. */
export function ChartView({ chart, model, box }: ChartViewProps) {
  const styles = useStyles();
  const title = chart.titleVisible && chart.title ? chart.title : chart.name;
  const totals = model.categories.map((_, i) =>
    model.stacked
      ? model.series.reduce((sum, s) => sum + Math.max(0, s.values[i]), 0)
      : Math.max(0, ...model.series.map((s) => s.values[i])),
  );
  const max = niceMax(Math.max(0, ...totals));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = (model.horizontal ? plotHeight : plotWidth) / Math.max(1, model.categories.length);
  const barsPerSlot = model.stacked ? 1 : Math.max(1, model.series.length);
  const barSize = (slot * 0.7) / barsPerSlot;
  const scale = (v: number) => (Math.max(0, v) / max) * (model.horizontal ? plotWidth : plotHeight);

  const bars = model.categories.flatMap((category, i) => {
    let stackedSoFar = 0;
    return model.series.map((series, s) => {
      const length = scale(series.values[i]);
      const offset = model.stacked ? stackedSoFar : 0;
      stackedSoFar += length;
      const across = i * slot + slot * 0.15 + (model.stacked ? 0 : s * barSize);
      const rect = model.horizontal
        ? { x: PLOT.left + offset, y: PLOT.top + across, width: length, height: barSize }
        : { x: PLOT.left + across, y: PLOT.top + plotHeight - offset - length, width: barSize, height: length };
      return (
        <rect
          key={`${category}-${series.name}`}
          {...rect}
          fill={seriesColor(series, s)}
          data-series={series.name}
          data-category={category}
          data-value={series.values[i]}
        />
      );
    });
  });

  return (
    <figure
      className={styles.figure}
      data-chart={chart.name}
      style={
        box
          ? { position: 'absolute', left: box.left, top: box.top, width: box.width, height: box.height, zIndex: 3 }
          : DEFAULT_CHART_SIZE
      }
    >
      <svg
        width="100%"
        height="100%"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={title}
        fill="currentColor"
      >
        <text x={WIDTH / 2} y={20} textAnchor="middle" fontSize={14} fontWeight={600}>
          {title}
        </text>
        <line
          x1={PLOT.left}
          y1={PLOT.top + plotHeight}
          x2={PLOT.left + plotWidth}
          y2={PLOT.top + plotHeight}
          stroke="#BFBFBF"
        />
        <line x1={PLOT.left} y1={PLOT.top} x2={PLOT.left} y2={PLOT.top + plotHeight} stroke="#BFBFBF" />
        <text x={PLOT.left - 4} y={PLOT.top + 4} textAnchor="end" fontSize={10}>
          {max}
        </text>
        {bars}
        {model.categories.map((category, i) =>
          model.horizontal ? (
            <text
              key={category}
              x={PLOT.left - 4}
              y={PLOT.top + i * slot + slot / 2 + 3}
              textAnchor="end"
              fontSize={10}
            >
              {category}
            </text>
          ) : (
            <text
              key={category}
              x={PLOT.left + i * slot + slot / 2}
              y={PLOT.top + plotHeight + 14}
              textAnchor="middle"
              fontSize={10}
            >
              {category.length > 14 ? `${category.slice(0, 13)}…` : category}
            </text>
          ),
        )}
        {legend(model).map(({ name, x, y, color }) => (
          <g key={name} transform={`translate(${x}, ${y})`}>
            <rect width={10} height={10} fill={color} />
            <text x={14} y={9} fontSize={10}>
              {name}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
