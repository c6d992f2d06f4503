import { TreeSelect } from 'antd';
import { type CSSProperties, useMemo } from 'react';
import { useT } from '../i18n/language';
import { buildUnitTree, type UnitNode } from './unit-tree';
import { useUnits } from './units-api';

interface TreeOption {
  value: string;
  title: string;
  children: TreeOption[];
}

const toOption = (n: UnitNode): TreeOption => ({
  value: n.unit.id,
  title: n.unit.name,
  children: n.children.map(toOption),
});

interface UnitTreeSelectProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** Unit picker for filters and forms; works as a controlled Form field (value/onChange/id). */
export function UnitTreeSelect({
  value,
  onChange,
  placeholder,
  allowClear = true,
  style,
  id,
  ...rest
}: UnitTreeSelectProps) {
  const t = useT();
  const units = useUnits();
  const treeData = useMemo(() => buildUnitTree(units.data ?? []).map(toOption), [units.data]);
  return (
    <TreeSelect
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(v: string | undefined) => onChange?.(v ?? undefined)}
      treeData={treeData}
      loading={units.isPending}
      status={units.isError ? 'error' : undefined}
      placeholder={units.isError ? t('units.loadFailed') : (placeholder ?? t('units.pick'))}
      allowClear={allowClear}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      style={{ minWidth: 220, ...style }}
    />
  );
}
