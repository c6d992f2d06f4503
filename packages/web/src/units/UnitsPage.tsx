import { Badge, Card, Col, Empty, Flex, Input, Row, Skeleton, Tree, type TreeDataNode } from 'antd';
import { type Key, useMemo, useState } from 'react';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { PageHeader } from '../shared/PageHeader';
import { UnitDetail } from './UnitDetail';
import { buildUnitTree, filterUnitTree, type UnitNode, unitPath } from './unit-tree';
import { useUnits } from './units-api';

const toTreeData = (n: UnitNode): TreeDataNode => ({
  key: n.unit.id,
  title: (
    <Flex gap="small" align="center">
      <span>{n.unit.name}</span>
      <Badge count={n.unit.officerCount} showZero color="#8c8c8c" overflowCount={9999} size="small" />
    </Flex>
  ),
  children: n.children.map(toTreeData),
});

export function UnitsPage() {
  const t = useT();
  const units = useUnits();
  const [search, setSearch] = useState('');
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [expanded, setExpanded] = useState<Key[] | undefined>();

  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const filtered = useMemo(() => filterUnitTree(tree, search), [tree, search]);
  // Until the user picks, the top of the tree (usually the bureau itself) is shown.
  const currentId = selectedId ?? tree[0]?.unit.id;
  const current = units.data?.find((u) => u.id === currentId);

  const header = <PageHeader title={t('menu.units')} subTitle={t('units.subtitle')} />;
  if (units.isPending) {
    return (
      <>
        {header}
        <Card>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      </>
    );
  }
  if (units.isError) {
    return (
      <>
        {header}
        <ErrorResult error={units.error} onRetry={() => void units.refetch()} />
      </>
    );
  }

  // While searching, matches are opened up; otherwise the user's own expansion (initially two levels) holds.
  const defaultExpanded = tree.flatMap((r) => [r.unit.id, ...r.children.map((c) => c.unit.id)]);
  const expandedKeys = search.trim() ? filtered.expand : (expanded ?? defaultExpanded);

  return (
    <>
      {header}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10} xl={8}>
          <Card title={t('units.tree')}>
            <Input.Search
              allowClear
              aria-label={t('units.search')}
              placeholder={t('units.search')}
              value={search}
              onChange={(e) => setSearch(e.target.value)}
              style={{ marginBottom: 12 }}
            />
            {filtered.roots.length === 0 ? (
              <Empty description={search ? t('units.noMatch') : t('units.empty')} />
            ) : (
              <Tree
                showLine
                blockNode
                treeData={filtered.roots.map(toTreeData)}
                selectedKeys={currentId ? [currentId] : []}
                expandedKeys={expandedKeys}
                onExpand={(keys) => setExpanded(keys)}
                onSelect={(keys) => {
                  const key = keys[0];
                  if (key !== undefined) setSelectedId(String(key));
                }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14} xl={16}>
          <UnitDetail unit={current} path={current ? unitPath(units.data, current.id) : []} />
        </Col>
      </Row>
    </>
  );
}
