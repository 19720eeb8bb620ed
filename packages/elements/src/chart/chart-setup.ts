/**
 * The only module that imports Chart.js at run time. `<advice-chart>` loads
 * it with a dynamic `import()` when a chart is first shown, so a page without
 * a visible chart never downloads Chart.js. Only the pieces a line chart on
 * two linear axes needs are imported and registered, so bundlers leave the
 * rest of Chart.js out (never `chart.js/auto`).
 */
import { Chart, type ChartConfiguration, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';

let registered = false;

/** A Chart.js line chart on `canvas`; registers the parts it uses on first call. */
export function createChart<D>(canvas: HTMLCanvasElement, config: ChartConfiguration<'line', D>): Chart<'line', D> {
  if (!registered) {
    Chart.register(LineController, LineElement, PointElement, LinearScale, Legend, Tooltip);
    registered = true;
  }
  return new Chart(canvas, config);
}
