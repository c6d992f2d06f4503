import { TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useCan } from '../auth/session';
import { useT } from '../i18n/language';
import { UNIT_KIND_COLOR, UNIT_KIND_LABEL } from './unit-kinds';
import type { Unit } from './units-api';

export function UnitDetail({ unit, path }: { unit: Unit | undefined; path: string[] }) {
  const t = useT();
  const can = useCan();
  const navigate = useNavigate();
  if (!unit) {
    return (
      <Card>
        <Empty description={t('units.pickHint')} />
      </Card>
    );
  }
  return (
    <Card
      title={unit.name}
      extra={
        can('people.read') ? (
          <Button
            icon={<TeamOutlined />}
            onClick={() => navigate(`/people?unitId=${encodeURIComponent(unit.id)}`)}
          >
            {t('units.viewPeople')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{path.join(' / ')}</Typography.Paragraph>
      <Descriptions
        bordered
        column={1}
        size="middle"
        items={[
          { key: 'shortName', label: t('units.shortName'), children: unit.shortName || '—' },
          {
            key: 'kind',
            label: t('units.kind'),
            children: (
              <Tag color={UNIT_KIND_COLOR[unit.kind]}>
                {t(UNIT_KIND_LABEL[unit.kind] ?? 'units.kind.unknown')}
              </Tag>
            ),
          },
          { key: 'officerCount', label: t('units.officerCount'), children: unit.officerCount },
          { key: 'address', label: t('units.address'), children: unit.address || '—' },
          { key: 'phone', label: t('units.phone'), children: unit.phone || '—' },
          {
            key: 'duties',
            label: t('units.duties'),
            children: unit.duties ? (
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                {unit.duties}
              </Typography.Paragraph>
            ) : (
              '—'
            ),
          },
        ]}
      />
    </Card>
  );
}
