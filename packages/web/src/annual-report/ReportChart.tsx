import * as echarts from 'echarts';
import { type CSSProperties, useEffect, useRef } from 'react';

/** One echarts chart (SVG renderer), created once, options replaced, resized with its box. */
export function ReportChart({
  option,
  label,
  style,
}: {
  option: echarts.EChartsOption;
  label: string;
  style?: CSSProperties;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    chart.current = echarts.init(ref.current, undefined, { renderer: 'svg' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height: 300, ...style }} />;
}
