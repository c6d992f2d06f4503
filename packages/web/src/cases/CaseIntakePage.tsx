import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/api-error';
import { formFieldErrors, showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { fetchPeople } from '../people/people-api';
import { PageHeader } from '../shared/PageHeader';
import { useErrorText } from '../shared/use-error-text';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import { procedureName, SOURCE_LABEL } from './case-labels';
import {
  CASE_PROCEDURES,
  CASE_SOURCES,
  type CaseProcedure,
  type CaseSource,
  createCase,
  fetchMatterOptions,
  type PartyInput,
} from './cases-api';

interface Values {
  source: CaseSource;
  sourceRef?: string;
  summary: string;
  place: string;
  occurredOn: Dayjs;
  discoveredOn: Dayjs;
  procedure: CaseProcedure;
  matterCode?: string;
  unitId: string;
  parties?: PartyInput[];
  lead: string;
  assist: string[];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const blankToUndefined = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function CaseIntakePage() {
  const { t, lang } = useLanguage();
  const { message, notification } = App.useApp();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();

  const matters = useQuery({
    queryKey: ['cases', 'matter-options'],
    queryFn: ({ signal }) => fetchMatterOptions(signal),
    staleTime: 5 * 60_000,
  });
  // Only people with a certificate valid today may handle a case (行政处罚法 art. 42).
  const officers = useQuery({
    queryKey: ['people', 'certified-officers'],
    queryFn: ({ signal }) => fetchPeople({ page: 1, pageSize: 100 }, signal),
    staleTime: 60_000,
  });
  const officerOptions = (officers.data?.items ?? [])
    .filter((p) => p.certificate && (p.certificate.status === 'valid' || p.certificate.status === 'expiring'))
    .map((p) => ({ value: p.id, label: `${p.name}（${p.certificate?.number}）· ${p.unit.name}` }));

  const create = useMutation({
    mutationFn: (v: Values) =>
      createCase({
        source: v.source,
        sourceRef: blankToUndefined(v.sourceRef),
        summary: v.summary,
        place: v.place,
        occurredOn: day(v.occurredOn),
        discoveredOn: day(v.discoveredOn),
        procedure: v.procedure,
        matterCode: v.matterCode || undefined,
        unitId: v.unitId,
        parties: (v.parties ?? []).map((p) =>
          p.kind === 'person'
            ? {
                kind: 'person',
                name: p.name,
                idNumber: blankToUndefined(p.idNumber),
                address: blankToUndefined(p.address),
                phone: blankToUndefined(p.phone),
              }
            : {
                kind: 'organisation',
                name: p.name,
                creditCode: blankToUndefined(p.creditCode),
                legalRepresentative: blankToUndefined(p.legalRepresentative),
                address: blankToUndefined(p.address),
                phone: blankToUndefined(p.phone),
              },
        ),
        officers: [
          { personId: v.lead, role: 'lead' as const },
          ...(v.assist ?? [])
            .filter((id) => id !== v.lead)
            .map((personId) => ({ personId, role: 'assist' as const })),
        ],
      }),
    onSuccess: (created) => {
      message.success(t('cases.created'));
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
      navigate(`/cases/${encodeURIComponent(created.id)}`);
    },
    onError: (err) => {
      if (isApiError(err) && err.code === 'VALIDATION_FAILED') {
        // The server names officers by index (officers.0.personId); this form shows them as lead + assist.
        const officerErrors = formFieldErrors(err, lang).filter((f) => f.name[0] === 'officers');
        if (officerErrors.length > 0) {
          const lead = officerErrors
            .filter((f) => f.name[1] === 0 || f.name.length === 1)
            .flatMap((f) => f.errors);
          const assist = officerErrors
            .filter((f) => typeof f.name[1] === 'number' && f.name[1] > 0)
            .flatMap((f) => f.errors);
          form.setFields([
            ...(lead.length ? [{ name: 'lead' as const, errors: lead }] : []),
            ...(assist.length ? [{ name: 'assist' as const, errors: assist }] : []),
          ]);
        }
        const placed = showOnForm(form, err, lang);
        if (placed) return;
      }
      if (isApiError(err) && /OFFICER|CERTIFIED/.test(err.code)) {
        form.setFields([{ name: 'assist', errors: [err.text(lang)] }]);
      }
      notification.error({ message: t('cases.actionFailed'), description: errorText(err) });
    },
  });

  const required = [{ required: true, message: t('cases.required') }];

  return (
    <>
      <PageHeader title={t('cases.new')} subTitle={t('cases.intakeSubtitle')} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ source: 'patrol', procedure: 'general', parties: [], assist: [] }}
        onFinish={(v) => create.mutate(v)}
        scrollToFirstError
      >
        <Card title={t('cases.basic')} style={{ marginBottom: 16 }}>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="source" label={t('cases.source')} rules={required}>
                <Select options={CASE_SOURCES.map((s) => ({ value: s, label: t(SOURCE_LABEL[s]) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="sourceRef" label={t('cases.sourceRef')} rules={[{ max: 100 }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="procedure" label={t('cases.procedure')} rules={required}>
                <Select options={CASE_PROCEDURES.map((p) => ({ value: p, label: procedureName(p, lang) }))} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item name="summary" label={t('cases.summary')} rules={[...required, { max: 2000 }]}>
                <Input.TextArea rows={3} maxLength={2000} showCount />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="place" label={t('cases.place')} rules={[...required, { max: 200 }]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="occurredOn" label={t('cases.occurredOn')} rules={required}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={12} md={6}>
              <Form.Item name="discoveredOn" label={t('cases.discoveredOn')} rules={required}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="matterCode" label={t('cases.matter')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={matters.isLoading}
                  options={(matters.data?.items ?? []).map((m) => ({
                    value: m.code,
                    label: `${m.code} ${m.name}`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="unitId" label={t('cases.unit')} rules={required}>
                <UnitTreeSelect placeholder={t('cases.unit')} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Card title={t('cases.parties')} style={{ marginBottom: 16 }}>
          <Form.List name="parties">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Card key={field.key} size="small">
                    <Row gutter={12}>
                      <Col xs={24} md={6}>
                        <Form.Item name={[field.name, 'kind']} label={t('cases.partyKind')} rules={required}>
                          <Radio.Group
                            options={[
                              { value: 'person', label: t('cases.partyKind.person') },
                              { value: 'organisation', label: t('cases.partyKind.organisation') },
                            ]}
                          />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={6}>
                        <Form.Item name={[field.name, 'name']} label={t('cases.partyName')} rules={required}>
                          <Input maxLength={100} />
                        </Form.Item>
                      </Col>
                      <Form.Item noStyle dependencies={[['parties', field.name, 'kind']]}>
                        {() =>
                          form.getFieldValue(['parties', field.name, 'kind']) === 'organisation' ? (
                            <>
                              <Col xs={24} md={6}>
                                <Form.Item name={[field.name, 'creditCode']} label={t('cases.creditCode')}>
                                  <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
                                </Form.Item>
                              </Col>
                              <Col xs={24} md={5}>
                                <Form.Item
                                  name={[field.name, 'legalRepresentative']}
                                  label={t('cases.legalRepresentative')}
                                >
                                  <Input maxLength={50} />
                                </Form.Item>
                              </Col>
                            </>
                          ) : (
                            <Col xs={24} md={11}>
                              <Form.Item name={[field.name, 'idNumber']} label={t('cases.idNumber')}>
                                <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
                              </Form.Item>
                            </Col>
                          )
                        }
                      </Form.Item>
                      <Col xs={24} md={1}>
                        <Button
                          type="text"
                          aria-label={t('cases.remove')}
                          icon={<MinusCircleOutlined />}
                          onClick={() => remove(field.name)}
                          style={{ marginTop: 30 }}
                        />
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'address']} label={t('cases.address')}>
                          <Input maxLength={200} />
                        </Form.Item>
                      </Col>
                      <Col xs={24} md={12}>
                        <Form.Item name={[field.name, 'phone']} label={t('cases.phone')}>
                          <Input maxLength={30} />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'person' })}>
                  {t('cases.addParty')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Card>
        <Card title={t('cases.officers')} style={{ marginBottom: 16 }}>
          <Typography.Paragraph type="secondary">{t('cases.officersHint')}</Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item name="lead" label={t('cases.leadOfficer')} rules={required}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={officers.isLoading}
                  options={officerOptions}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}>
              <Form.Item
                name="assist"
                label={t('cases.assistOfficers')}
                dependencies={['lead']}
                rules={[
                  {
                    validator: async (_, value: string[] | undefined) => {
                      const lead = form.getFieldValue('lead') as string | undefined;
                      const ids = new Set([...(value ?? []), ...(lead ? [lead] : [])]);
                      if (ids.size < 2) throw new Error(t('cases.twoOfficers'));
                    },
                  },
                ]}
              >
                <Select
                  mode="multiple"
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={officers.isLoading}
                  options={officerOptions}
                />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        <Flex gap="middle">
          <Button type="primary" htmlType="submit" loading={create.isPending}>
            {t('cases.submit')}
          </Button>
          <Button onClick={() => navigate('/cases')}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </>
  );
}
