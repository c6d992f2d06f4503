import * as echarts from 'echarts';
import { type CSSProperties, useEffect, useRef } from 'react';

/** A thin holder for one echarts chart: created once, options replaced, resized with its box. */
export function EChart({
  option,
  style,
  label,
}: {
  option: echarts.EChartsOption;
  style?: CSSProperties;
  label: string;
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
  // The label sits on a wrapper: echarts writes its own aria attributes on the element it draws into.
  return (
    <div role="img" aria-label={label}>
      <div ref={ref} style={{ width: '100%', height: 320, ...style }} />
    </div>
  );
}
