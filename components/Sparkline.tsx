interface SparklineProps {
  values: readonly number[];
  /** The text alternative: what the line shows, in words. */
  label: string;
  width?: number;
  height?: number;
}

/** A small line chart as SVG, with a text alternative (role="img"); no chart library needed for one line. */
export function Sparkline({ values, label, width = 120, height = 28 }: SparklineProps) {
  const max = Math.max(...values, 0);
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const points = values.map((value, index) => `${(index * step).toFixed(1)},${(height - 2 - (max > 0 ? (value / max) * (height - 4) : 0)).toFixed(1)}`);
  return (
    <svg class="bs-sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <polyline points={points.join(' ')} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
    </svg>
  );
}
