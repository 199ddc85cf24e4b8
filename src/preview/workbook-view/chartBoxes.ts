import { useLayoutEffect, useState, type RefObject } from 'react';
import type { ChartInfo } from '@fake-excel';

export interface ChartBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const DEFAULT_CHART_SIZE = { width: 480, height: 260 };

/** "'My Sheet'!D2" → "D2": local addresses never contain "!". */
function localAddress(qualified: string | null): string | null {
  return qualified ? qualified.slice(qualified.lastIndexOf('!') + 1) : null;
}

function sameBoxes(a: Record<string, ChartBox>, b: Record<string, ChartBox>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/**
 * Where each chart sits over the grid: from its start cell to its end cell (setPosition), measured in the DOM
 * because rows grow with wrapped text; it is measured after every render and only a real change re-renders.
 * Charts whose cells are not drawn get no box.
 */
export function useChartBoxes(container: RefObject<HTMLElement | null>, charts: ChartInfo[]): Record<string, ChartBox> {
  const [boxes, setBoxes] = useState<Record<string, ChartBox>>({});
  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    const origin = root.getBoundingClientRect();
    const cell = (address: string | null) =>
      address ? root.querySelector<HTMLElement>(`td[data-address="${address}"]`) : null;
    const next: Record<string, ChartBox> = {};
    for (const chart of charts) {
      const start = cell(localAddress(chart.position.start));
      if (!start) continue;
      const from = start.getBoundingClientRect();
      const to = cell(localAddress(chart.position.end))?.getBoundingClientRect();
      next[chart.name] = {
        left: from.left - origin.left,
        top: from.top - origin.top,
        width: to ? to.right - from.left : DEFAULT_CHART_SIZE.width,
        height: to ? to.bottom - from.top : DEFAULT_CHART_SIZE.height,
      };
    }
    setBoxes((previous) => (sameBoxes(previous, next) ? previous : next));
  });
  return boxes;
}
