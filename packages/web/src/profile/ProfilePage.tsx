import { Card, Col, Descriptions, Row, Tag } from 'antd';
import { useCurrentUser } from '../auth/session';
import { useLanguage } from '../i18n/language';
import { roleName } from '../layout/role-names';
import { formatDateTime } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { PasswordChangeForm } from './PasswordChangeForm';
import { TotpSection } from './TotpSection';

export function ProfilePage() {
  const me = useCurrentUser();
  const { t, lang } = useLanguage();
  return (
    <>
      <PageHeader title={t('menu.profile')} subTitle={t('profile.subtitle')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('profile.account')}>
            <Descriptions
              column={1}
              items={[
                { key: 'username', label: t('profile.username'), children: me.username },
                { key: 'displayName', label: t('profile.displayName'), children: me.displayName },
                {
                  key: 'unit',
                  label: t('profile.unit'),
                  children: me.unit.path.length ? me.unit.path.join(' / ') : me.unit.name,
                },
                {
                  key: 'roles',
                  label: t('profile.roles'),
                  children: me.roles.length
                    ? me.roles.map((r) => <Tag key={r}>{roleName(r, lang)}</Tag>)
                    : t('layout.noRoles'),
                },
                { key: 'lastLogin', label: t('profile.lastLogin'), children: formatDateTime(me.lastLoginAt) },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('profile.changePassword')} style={{ marginBottom: 16 }}>
            <PasswordChangeForm />
          </Card>
          <Card title={t('profile.totp')}>
            <TotpSection />
          </Card>
        </Col>
      </Row>
    </>
  );
}
