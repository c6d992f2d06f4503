import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Empty, Skeleton, Tag } from 'antd';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { CertificateActions } from './CertificateActions';
import { CertificateTag } from './CertificateTag';
import { certificateState } from './certificate-status';
import { fetchPerson } from './people-api';

export function PersonDrawer({ personId, onClose }: { personId: string | null; onClose: () => void }) {
  const t = useT();
  const person = useQuery({
    queryKey: ['people', 'detail', personId],
    queryFn: ({ signal }) => fetchPerson(personId!, signal),
    enabled: personId !== null,
    // Each opening is a logged read of personal data; do not refetch it behind the user's back.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

  const p = person.data;
  return (
    <Drawer
      open={personId !== null}
      onClose={onClose}
      size={560}
      title={p ? p.name : t('people.detail')}
      destroyOnHidden
    >
      {person.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : person.isError ? (
        <ErrorResult error={person.error} onRetry={() => void person.refetch()} />
      ) : p ? (
        <>
          <Alert type="info" showIcon title={t('people.readLogged')} style={{ marginBottom: 16 }} />
          <Descriptions
            title={t('people.basic')}
            bordered
            column={1}
            size="small"
            items={[
              { key: 'name', label: t('people.name'), children: p.name },
              {
                key: 'gender',
                label: t('people.gender'),
                children: t(p.gender === 'female' ? 'people.female' : 'people.male'),
              },
              { key: 'unit', label: t('people.unit'), children: p.unit.name },
              { key: 'position', label: t('people.position'), children: p.position || '—' },
              { key: 'phone', label: t('people.phone'), children: p.phone || '—' },
              {
                key: 'account',
                label: t('people.account'),
                children: p.hasAccount ? (
                  <Tag color="blue">{t('people.hasAccount')}</Tag>
                ) : (
                  <Tag>{t('people.noAccount')}</Tag>
                ),
              },
            ]}
          />
          <Descriptions
            title={t('people.certificate')}
            bordered
            column={1}
            size="small"
            style={{ marginTop: 24 }}
            items={
              p.certificate
                ? [
                    {
                      key: 'status',
                      label: t('people.certStatus'),
                      children: <CertificateTag state={certificateState(p.certificate)} />,
                    },
                    { key: 'number', label: t('people.certNumber'), children: p.certificate.number },
                    { key: 'issuer', label: t('people.certIssuer'), children: p.certificate.issuer },
                    { key: 'scope', label: t('people.certScope'), children: p.certificate.scope },
                    {
                      key: 'valid',
                      label: t('people.certValidity'),
                      children: `${formatDate(p.certificate.validFrom)} ~ ${formatDate(p.certificate.validTo)}`,
                    },
                  ]
                : [{ key: 'none', label: t('people.certStatus'), children: <CertificateTag state="none" /> }]
            }
          />
          {p.certificate ? (
            <CertificateActions certificate={p.certificate} onRevoked={() => void person.refetch()} />
          ) : null}
          <Descriptions
            title={t('people.legalQualification')}
            bordered
            column={1}
            size="small"
            style={{ marginTop: 24 }}
            items={
              p.legalQualification
                ? [
                    {
                      key: 'number',
                      label: t('people.qualificationNumber'),
                      children: p.legalQualification.number,
                    },
                    {
                      key: 'issuedOn',
                      label: t('people.qualificationIssuedOn'),
                      children: formatDate(p.legalQualification.issuedOn),
                    },
                  ]
                : [
                    {
                      key: 'none',
                      label: t('people.legalQualification'),
                      children: t('people.noQualification'),
                    },
                  ]
            }
          />
        </>
      ) : (
        <Empty />
      )}
    </Drawer>
  );
}
