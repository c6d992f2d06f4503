import { Descriptions, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../i18n/language';
import { articleHref, useLaws } from '../laws/laws-api';
import { useUnits } from '../units/units-api';
import {
  CATEGORY_LABEL,
  GUIDE_LABEL,
  labelOf,
  PARTY_LABEL,
  PENALTY_LABEL,
  PROCEDURE_LABEL,
  ROLE_LABEL,
  TIER_LABEL,
} from './catalog-labels';
import {
  type CatalogItem,
  type DiscretionTier,
  GUIDE_FIELDS,
  type LegalBasis,
  type MatterItem,
} from './catalog-model';
import { formatFine } from './diff-presentation';
import { articleRefLabel } from './legal-basis';

const multiline = (text: string) => (
  <Typography.Paragraph style={{ whiteSpace: 'pre-line', margin: 0 }}>{text || '—'}</Typography.Paragraph>
);

/** The legal bases as links into the law reader, each at its article. */
export function BasesList({ bases }: { bases: LegalBasis[] }) {
  const t = useT();
  const laws = useLaws();
  const titles = new Map((laws.data ?? []).map((l) => [l.id, l.title]));
  return (
    <Flex vertical gap={4}>
      {bases.map((b) => (
        <span key={`${b.role ?? ''}|${b.lawId}|${b.article}|${b.suffix ?? ''}`}>
          {b.role ? <Tag>{labelOf(ROLE_LABEL, b.role, t)}</Tag> : null}
          <Link to={articleHref(b.lawId, b.article, b.suffix ?? '')}>
            《{titles.get(b.lawId) ?? b.lawId}》{articleRefLabel(b.article, b.suffix ?? '')}
          </Link>
        </span>
      ))}
    </Flex>
  );
}

function DiscretionTable({ tiers }: { tiers: DiscretionTier[] }) {
  const t = useT();
  if (tiers.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalog.noTiers')} />;
  return (
    <Table<DiscretionTier & { key: number }>
      size="small"
      pagination={false}
      dataSource={tiers.map((tier, key) => ({ ...tier, key }))}
      columns={[
        {
          title: t('catalog.tier'),
          dataIndex: 'tier',
          width: 100,
          render: (v: string) => labelOf(TIER_LABEL, v, t),
        },
        {
          title: t('catalog.partyType'),
          dataIndex: 'partyType',
          width: 90,
          render: (v: string) => labelOf(PARTY_LABEL, v, t),
        },
        { title: t('catalog.conditions'), dataIndex: 'conditions' },
        {
          title: t('catalog.fineRange'),
          key: 'fine',
          width: 140,
          render: (_, d) => formatFine(d.fineMin, d.fineMax, { t, lawTitle: (x) => x, unitName: (x) => x }),
        },
        { title: t('catalog.measures'), dataIndex: 'measures', render: (v: string) => v || '—' },
      ]}
    />
  );
}

function MatterDetail({ item }: { item: MatterItem }) {
  const t = useT();
  const units = useUnits();
  const unit = units.data?.find((u) => u.id === item.responsibleUnitId);
  return (
    <>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 140 } }}
        items={[
          { key: 'code', label: t('catalog.field.code'), children: item.code },
          { key: 'name', label: t('catalog.field.name'), children: item.name },
          {
            key: 'category',
            label: t('catalog.field.category'),
            children: labelOf(CATEGORY_LABEL, item.category, t),
          },
          { key: 'actingBody', label: t('catalog.field.actingBody'), children: item.actingBody },
          {
            key: 'unit',
            label: t('catalog.field.responsibleUnit'),
            children: unit?.name ?? item.responsibleUnitId,
          },
          {
            key: 'procedure',
            label: t('catalog.field.procedure'),
            children: labelOf(PROCEDURE_LABEL, item.procedure, t),
          },
          {
            key: 'hearing',
            label: t('catalog.field.hearingApplicable'),
            children: item.hearingApplicable ? t('common.yes') : t('common.no'),
          },
          { key: 'duties', label: t('catalog.field.duties'), children: multiline(item.duties) },
          { key: 'authority', label: t('catalog.field.authority'), children: multiline(item.authority) },
          { key: 'bases', label: t('catalog.field.bases'), children: <BasesList bases={item.bases} /> },
          {
            key: 'penaltyKinds',
            label: t('catalog.field.penaltyKinds'),
            children:
              item.penaltyKinds.length > 0
                ? item.penaltyKinds.map((k) => <Tag key={k}>{labelOf(PENALTY_LABEL, k, t)}</Tag>)
                : '—',
          },
          { key: 'remedies', label: t('catalog.field.remedies'), children: multiline(item.remedies) },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('catalog.field.discretion')}
      </Typography.Title>
      <DiscretionTable tiers={item.discretion} />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('catalog.field.guide')}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 140 } }}
        items={GUIDE_FIELDS.map((f) => ({
          key: f,
          label: t(GUIDE_LABEL[f]),
          children: multiline(item.guide[f]),
        }))}
      />
    </>
  );
}

/** An item read-only, as the drawer shows it for versions that can no longer change. */
export function ItemDetail({ item }: { item: CatalogItem }) {
  const t = useT();
  if ('name' in item) return <MatterDetail item={item} />;
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      styles={{ label: { width: 140 } }}
      items={[
        { key: 'code', label: t('catalog.field.code'), children: item.code },
        { key: 'subject', label: t('catalog.field.subject'), children: item.subject },
        { key: 'object', label: t('catalog.field.object'), children: multiline(item.object) },
        { key: 'content', label: t('catalog.field.content'), children: multiline(item.content) },
        { key: 'basis', label: t('catalog.field.basis'), children: multiline(item.basis) },
        { key: 'bases', label: t('catalog.field.bases'), children: <BasesList bases={item.bases} /> },
        { key: 'ratio', label: t('catalog.field.ratio'), children: `${item.ratio}%` },
        { key: 'method', label: t('catalog.field.method'), children: multiline(item.method) },
        { key: 'frequency', label: t('catalog.field.frequency'), children: item.frequency },
      ]}
    />
  );
}
