import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type ReactNode, useEffect, useMemo } from 'react';
import { type ApiError, fieldProblems } from '../api/api-error';
import { useBilingual, useLanguage } from '../i18n/language';
import { fetchPeople } from '../people/people-api';
import {
  type ActionFormValues,
  FIELD_OF_GUARD,
  type FieldGroup,
  groupsFor,
  reasonRequired,
  SERVICE_MODES,
  toPayload,
} from './action-fields';
import type { CaseAction, CaseDetail, Refusal } from './cases-api';
import { DateHint, dueOf } from './DateHint';

export interface ActionSubmit {
  reason?: string;
  payload: Record<string, unknown>;
}

/** The refusals of a failed act: the guard's message with the article it rests on. */
export function refusalsOf(err: ApiError | null): Refusal[] {
  if (!err || typeof err.details !== 'object' || err.details === null) return [];
  return (err.details as { refusals?: Refusal[] }).refusals ?? [];
}

export function articleText(r: Refusal): string {
  return r.articles.map((a) => `${a.lawName}第${a.articles.join('、')}条`).join('；');
}

/** The refusal's message with its article, unless the message already names it. */
export function refusalText(message: string, r: Refusal): string {
  const articles = articleText(r);
  return !articles || message.includes(articles) ? message : `${message}（${articles}）`;
}

const noFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');

/**
 * One act of the case's current stage with the facts it records: a form per act, built from what the server
 * reads (action-fields.ts). Validation mirrors the server's; a refusal by the server is shown in the form, on
 * the field it concerns, with its article.
 */
export function ActionModal({
  action,
  kase,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  action: CaseAction | null;
  kase: CaseDetail;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (values: ActionSubmit) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const [form] = Form.useForm<ActionFormValues>();
  // What the approval of a seizure listed stands (flags.seizure); later acts do not ask for it again.
  const listed = Boolean(kase.flags.seizure);
  const groups = useMemo(
    () =>
      action
        ? groupsFor(kase.procedure, action.action).filter(
            (g) => !(g === 'seizure' && listed && action.action !== 'approve-measure'),
          )
        : [],
    [action, kase.procedure, listed],
  );
  // With an empty payload the server says which facts are still missing: those fields are required here.
  const needed = new Set((action?.refusals ?? []).map((r) => r.guard));
  const fine = Number((kase.penaltyAfterDefence ?? kase.notifiedPenalty ?? kase.proposedPenalty)?.fine ?? 0);

  useEffect(() => {
    if (!action) return;
    form.resetFields();
    const flagsSeizure = kase.flags.seizure as ActionFormValues['seizure'] | undefined;
    form.setFieldsValue({
      serviceMode: 'direct',
      onSiteRecord: { rightsTold: false, partyPresent: true, signedOrRefusalNoted: false },
      amountPaid: fine || undefined,
      extensionDays: 30,
      seizure: flagsSeizure
        ? { ...flagsSeizure, notNecessities: false, notSealedElsewhere: false }
        : { items: [{ name: '', quantity: '' }] },
      major: kase.flags.major === true,
      complex: kase.flags.complex === true,
    });
  }, [action, form, fine, kase.flags]);

  // A refusal from the server goes onto the field it concerns; the rest are listed above the buttons.
  const refusals = refusalsOf(error);
  useEffect(() => {
    if (!error) return;
    const placed: { name: (string | number)[]; errors: string[] }[] = [];
    for (const r of refusals) {
      const name = r.guard ? FIELD_OF_GUARD[r.guard as keyof typeof FIELD_OF_GUARD] : undefined;
      if (name) placed.push({ name, errors: [refusalText(pick(r.message, r.messageEn), r)] });
    }
    for (const p of fieldProblems(error)) {
      const name = p.field.replace(/^payload\./, '').split('.');
      placed.push({
        name: name.map((x) => (/^\d+$/.test(x) ? Number(x) : x)),
        errors: [lang === 'en' ? p.messageEn : p.message],
      });
    }
    if (placed.length) form.setFields(placed as never);
  }, [error, form, lang, pick, refusals]);

  const officers = new Set(kase.officers.filter((o) => o.active).map((o) => o.personId));
  const people = useQuery({
    queryKey: ['people', 'hearing-chairs'],
    queryFn: ({ signal }) => fetchPeople({ page: 1, pageSize: 100 }, signal),
    enabled: groups.includes('hearing'),
    staleTime: 60_000,
  });
  // The chair did not investigate the case (行政处罚法 art. 64); legal staff are listed first.
  const chairOptions = (people.data?.items ?? [])
    .filter((p) => !officers.has(p.id))
    .sort((a, b) => Number(!!b.legalQualification) - Number(!!a.legalQualification))
    .map((p) => ({
      value: p.id,
      label: `${p.name} · ${p.unit.name}${p.legalQualification ? `（${t('caseForm.legalQualified')}）` : ''}`,
    }));

  const req = (msg: string) => [{ required: true, message: msg }];
  const mustTick = (msg: string) => [
    {
      validator: async (_: unknown, v: boolean | undefined) => {
        if (v !== true) throw new Error(msg);
      },
    },
  ];
  const has = (g: FieldGroup) => groups.includes(g);
  const date = (props: { disabledDate?: (d: Dayjs) => boolean } = {}) => (
    <DatePicker style={{ width: '100%' }} {...props} />
  );
  const section = (title: string, children: ReactNode) => (
    <>
      <Divider titlePlacement="start" plain style={{ margin: '8px 0' }}>
        {title}
      </Divider>
      {children}
    </>
  );

  const name = action ? pick(action.name, action.nameEn) : '';
  return (
    <Modal
      open={action !== null}
      title={t('cases.actionConfirm', { name })}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
      data-testid="action-modal"
    >
      {action ? (
        <Typography.Paragraph type="secondary">
          {t('cases.actionTo', { stage: action.toName })}
        </Typography.Paragraph>
      ) : null}
      <Form<ActionFormValues>
        form={form}
        layout="vertical"
        scrollToFirstError
        onFinish={(v) => onSubmit({ reason: v.reason?.trim() || undefined, payload: toPayload(groups, v) })}
      >
        {has('certificateShown') ? (
          <Form.Item
            name="certificateShown"
            valuePropName="checked"
            rules={mustTick(t('caseForm.certificateShownRequired'))}
            extra={t('caseForm.certificateShownHint')}
          >
            <Checkbox>{t('caseForm.certificateShown')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('harmsSafety') ? (
          <Form.Item name="harmsSafety" valuePropName="checked" extra={t('caseForm.harmsSafetyHint')}>
            <Checkbox>{t('caseForm.harmsSafety')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('headOpinion') ? (
          <Form.Item
            name="headOpinion"
            label={t('caseForm.headOpinion')}
            extra={t('caseForm.headOpinionHint')}
            rules={[
              ...(needed.has('head-review-of-investigation') ? req(t('caseForm.headOpinionRequired')) : []),
              { max: 2000 },
            ]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        ) : null}
        {has('demolitionOrder')
          ? section(
              t('caseForm.demolitionOrder'),
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item
                    name="orderServedOn"
                    label={t('caseForm.orderServedOn')}
                    rules={req(t('cases.required'))}
                  >
                    {date({ disabledDate: noFuture })}
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="orderDeadline"
                    label={t('caseForm.orderDeadline')}
                    dependencies={['orderServedOn']}
                    rules={[
                      ...req(t('cases.required')),
                      {
                        validator: async (_, v: Dayjs | undefined) => {
                          const s = form.getFieldValue('orderServedOn') as Dayjs | undefined;
                          if (v && s && !v.isAfter(s, 'day'))
                            throw new Error(t('caseForm.orderDeadlineAfter'));
                        },
                      },
                    ]}
                  >
                    {date()}
                  </Form.Item>
                </Col>
              </Row>,
            )
          : null}
        {has('service') || has('demand')
          ? section(
              t('caseForm.service'),
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item
                    name="servedOn"
                    label={t('caseForm.servedOn')}
                    rules={req(t('caseForm.servedOnRequired'))}
                    extra={
                      action?.action === 'serve-prior-notice' ? (
                        <Form.Item noStyle shouldUpdate={(a, b) => a.servedOn !== b.servedOn}>
                          {() => (
                            <DateHint
                              from={form.getFieldValue('servedOn')}
                              days={5}
                              unit="working"
                              label={(due) => t('caseForm.statementPeriodEnds', { due })}
                            />
                          )}
                        </Form.Item>
                      ) : action?.action === 'confirm-service' ? (
                        <Form.Item noStyle shouldUpdate={(a, b) => a.servedOn !== b.servedOn}>
                          {() => (
                            <DateHint
                              from={form.getFieldValue('servedOn')}
                              days={15}
                              unit="calendar"
                              label={(due) => t('caseForm.paymentPeriodEnds', { due })}
                            />
                          )}
                        </Form.Item>
                      ) : undefined
                    }
                  >
                    {date({ disabledDate: noFuture })}
                  </Form.Item>
                </Col>
                {has('service') ? (
                  <Col span={12}>
                    <Form.Item
                      name="serviceMode"
                      label={t('caseForm.serviceMode')}
                      rules={req(t('cases.required'))}
                    >
                      <Select
                        options={SERVICE_MODES.map((m) => ({ value: m, label: t(`caseForm.mode.${m}`) }))}
                      />
                    </Form.Item>
                  </Col>
                ) : null}
                <Form.Item noStyle shouldUpdate={(a, b) => a.serviceMode !== b.serviceMode}>
                  {() =>
                    has('service') && form.getFieldValue('serviceMode') === 'electronic' ? (
                      <Col span={24}>
                        <Form.Item
                          name="electronicConsent"
                          valuePropName="checked"
                          rules={mustTick(t('caseForm.electronicConsentRequired'))}
                        >
                          <Checkbox>{t('caseForm.electronicConsent')}</Checkbox>
                        </Form.Item>
                      </Col>
                    ) : null
                  }
                </Form.Item>
              </Row>,
            )
          : null}
        {has('hearingRights') ? (
          <Form.Item
            name="hearingRightsNotified"
            valuePropName="checked"
            extra={t('caseForm.hearingRightsHint')}
            rules={
              needed.has('hearing-rights-notified-when-required')
                ? mustTick(t('caseForm.hearingRightsRequired'))
                : []
            }
          >
            <Checkbox>{t('caseForm.hearingRightsNotified')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('requestedOn') ? (
          <Form.Item
            name="requestedOn"
            label={t('caseForm.requestedOn')}
            rules={req(t('cases.required'))}
            extra={t('caseForm.requestedOnHint')}
          >
            {date({ disabledDate: noFuture })}
          </Form.Item>
        ) : null}
        {has('hearing')
          ? section(
              t('caseForm.hearing'),
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item
                    name="hearingNoticeServedOn"
                    label={t('caseForm.hearingNoticeServedOn')}
                    rules={req(t('cases.required'))}
                    extra={
                      <Form.Item
                        noStyle
                        shouldUpdate={(a, b) => a.hearingNoticeServedOn !== b.hearingNoticeServedOn}
                      >
                        {() => (
                          <DateHint
                            from={form.getFieldValue('hearingNoticeServedOn')}
                            days={7}
                            unit="working"
                            label={(due) => t('caseForm.hearingNotBefore', { due })}
                          />
                        )}
                      </Form.Item>
                    }
                  >
                    {date({ disabledDate: noFuture })}
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="hearingDate"
                    label={t('caseForm.hearingDate')}
                    dependencies={['hearingNoticeServedOn']}
                    rules={[
                      ...req(t('cases.required')),
                      {
                        // 行政处罚法 arts. 64, 85: seven working days after service must all pass first.
                        validator: async (_, v: Dayjs | undefined) => {
                          const served = form.getFieldValue('hearingNoticeServedOn') as Dayjs | undefined;
                          if (!v || !served) return;
                          const last = await dueOf(served, 7, 'working');
                          if (!v.isAfter(dayjs(last), 'day'))
                            throw new Error(t('caseForm.hearingTooEarly', { due: last }));
                        },
                      },
                    ]}
                  >
                    {date({ disabledDate: noFuture })}
                  </Form.Item>
                </Col>
                <Col span={24}>
                  <Form.Item
                    name="chairPersonId"
                    label={t('caseForm.chair')}
                    extra={t('caseForm.chairHint')}
                    rules={req(t('caseForm.chairRequired'))}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={people.isLoading}
                      options={chairOptions}
                    />
                  </Form.Item>
                </Col>
              </Row>,
            )
          : null}
        {has('terminateHearing') ? (
          <Form.Item
            name="partyAbsent"
            valuePropName="checked"
            rules={needed.has('hearing-deemed-waived') ? mustTick(t('caseForm.partyAbsentRequired')) : []}
          >
            <Checkbox>{t('caseForm.partyAbsent')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('statement')
          ? section(
              t('caseForm.statement'),
              <>
                <Form.Item
                  name="waived"
                  valuePropName="checked"
                  extra={t('caseForm.waiverHint')}
                  rules={
                    needed.has('statement-period-elapsed-or-waived') && !kase.flags.waivedStatement
                      ? mustTick(t('caseForm.waiverRequired'))
                      : []
                  }
                >
                  <Checkbox>{t('caseForm.waived')}</Checkbox>
                </Form.Item>
                <Form.Item noStyle shouldUpdate={(a, b) => a.waived !== b.waived}>
                  {() =>
                    form.getFieldValue('waived') ? (
                      <Row gutter={12}>
                        <Col span={10}>
                          <Form.Item
                            name={['statementWaiver', 'signedOn']}
                            label={t('caseForm.waiverSignedOn')}
                            rules={[
                              ...req(t('cases.required')),
                              {
                                validator: async (_, v: Dayjs | undefined) => {
                                  const served = kase.milestones?.['prior-notice-served'];
                                  if (v && served && v.isBefore(dayjs(served), 'day'))
                                    throw new Error(t('caseForm.waiverBeforeNotice', { served }));
                                },
                              },
                            ]}
                          >
                            {date({ disabledDate: noFuture })}
                          </Form.Item>
                        </Col>
                        <Col span={14}>
                          <Form.Item
                            name={['statementWaiver', 'note']}
                            label={t('caseForm.waiverNote')}
                            rules={[{ max: 500 }]}
                          >
                            <Input maxLength={500} />
                          </Form.Item>
                        </Col>
                      </Row>
                    ) : null
                  }
                </Form.Item>
                <Form.Item
                  name="statementReview"
                  label={t('caseForm.statementReview')}
                  rules={[{ max: 2000 }]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </>,
            )
          : null}
        {has('onSiteRecord')
          ? section(
              t('caseForm.onSiteRecord'),
              <>
                <Form.Item
                  name={['onSiteRecord', 'rightsTold']}
                  valuePropName="checked"
                  rules={mustTick(t('caseForm.rightsToldRequired'))}
                >
                  <Checkbox>{t('caseForm.rightsTold')}</Checkbox>
                </Form.Item>
                <Form.Item
                  name={['onSiteRecord', 'signedOrRefusalNoted']}
                  valuePropName="checked"
                  rules={mustTick(t('caseForm.signedRequired'))}
                >
                  <Checkbox>{t('caseForm.signedOrRefusalNoted')}</Checkbox>
                </Form.Item>
                <Form.Item name={['onSiteRecord', 'partyPresent']} valuePropName="checked">
                  <Checkbox>{t('caseForm.partyPresent')}</Checkbox>
                </Form.Item>
                <Form.Item
                  noStyle
                  shouldUpdate={(a, b) => a.onSiteRecord?.partyPresent !== b.onSiteRecord?.partyPresent}
                >
                  {() =>
                    form.getFieldValue(['onSiteRecord', 'partyPresent']) ? null : (
                      <Form.Item
                        name={['onSiteRecord', 'witness']}
                        label={t('caseForm.witness')}
                        rules={[...req(t('caseForm.witnessRequired')), { max: 50 }]}
                      >
                        <Input maxLength={50} />
                      </Form.Item>
                    )
                  }
                </Form.Item>
              </>,
            )
          : null}
        {has('seizure')
          ? section(
              t('caseForm.seizure'),
              <>
                <Form.List
                  name={['seizure', 'items']}
                  rules={[
                    {
                      validator: async (_, items: { name?: string }[] | undefined) => {
                        if (!needed.has('seizure-scope-lawful')) return;
                        if (!(items ?? []).some((i) => i?.name?.trim()))
                          throw new Error(t('caseForm.seizureItemsRequired'));
                      },
                    },
                  ]}
                >
                  {(fields, { add, remove }, { errors }) => (
                    <Flex vertical gap={4}>
                      {fields.map((f, i) => (
                        <Row key={f.key} gutter={8} align="top">
                          <Col span={14}>
                            <Form.Item
                              name={[f.name, 'name']}
                              label={i === 0 ? t('caseForm.itemName') : undefined}
                              rules={[{ max: 100 }]}
                            >
                              <Input maxLength={100} aria-label={t('caseForm.itemName')} />
                            </Form.Item>
                          </Col>
                          <Col span={8}>
                            <Form.Item
                              name={[f.name, 'quantity']}
                              label={i === 0 ? t('caseForm.itemQuantity') : undefined}
                              dependencies={[['seizure', 'items', f.name, 'name']]}
                              rules={[
                                { max: 50 },
                                {
                                  validator: async (_, q: string | undefined) => {
                                    const n = form.getFieldValue(['seizure', 'items', f.name, 'name']);
                                    if (n?.trim() && !q?.trim())
                                      throw new Error(t('caseForm.quantityRequired'));
                                  },
                                },
                              ]}
                            >
                              <Input maxLength={50} aria-label={t('caseForm.itemQuantity')} />
                            </Form.Item>
                          </Col>
                          <Col span={2}>
                            <Button
                              type="text"
                              aria-label={t('cases.remove')}
                              icon={<MinusCircleOutlined />}
                              onClick={() => remove(f.name)}
                              style={i === 0 ? { marginTop: 30 } : undefined}
                            />
                          </Col>
                        </Row>
                      ))}
                      <Button
                        type="dashed"
                        icon={<PlusOutlined />}
                        onClick={() => add({ name: '', quantity: '' })}
                      >
                        {t('caseForm.addItem')}
                      </Button>
                      <Form.ErrorList errors={errors} />
                    </Flex>
                  )}
                </Form.List>
                <Form.Item
                  name={['seizure', 'place']}
                  label={t('caseForm.seizurePlace')}
                  style={{ marginTop: 12 }}
                  rules={[
                    ...(needed.has('seizure-scope-lawful') ? req(t('cases.required')) : []),
                    { max: 200 },
                  ]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {() => {
                    const any =
                      needed.has('seizure-scope-lawful') ||
                      (
                        (form.getFieldValue(['seizure', 'items']) as { name?: string }[] | undefined) ?? []
                      ).some((i) => i?.name?.trim());
                    return (
                      <>
                        <Form.Item
                          name={['seizure', 'notNecessities']}
                          valuePropName="checked"
                          rules={any ? mustTick(t('caseForm.notNecessitiesRequired')) : []}
                        >
                          <Checkbox>{t('caseForm.notNecessities')}</Checkbox>
                        </Form.Item>
                        <Form.Item
                          name={['seizure', 'notSealedElsewhere']}
                          valuePropName="checked"
                          rules={any ? mustTick(t('caseForm.notSealedElsewhereRequired')) : []}
                        >
                          <Checkbox>{t('caseForm.notSealedElsewhere')}</Checkbox>
                        </Form.Item>
                      </>
                    );
                  }}
                </Form.Item>
              </>,
            )
          : null}
        {has('emergencyReason') ? (
          <Form.Item
            name="emergencyReason"
            label={t('caseForm.emergencyReason')}
            rules={[...req(t('cases.required')), { max: 1000 }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        ) : null}
        {has('seizedOn') ? (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="seizedOn" label={t('caseForm.seizedOn')} rules={req(t('cases.required'))}>
                {date({ disabledDate: noFuture })}
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name="deliveredOn"
                label={t('caseForm.deliveredOn')}
                extra={t('caseForm.deliveredOnHint')}
                rules={req(t('cases.required'))}
              >
                {date({ disabledDate: noFuture })}
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {has('extension') ? (
          <Form.Item
            name="extensionDays"
            label={t('caseForm.extensionDays')}
            extra={t('caseForm.extensionHint')}
            rules={[
              ...req(t('cases.required')),
              { type: 'integer', min: 1, max: 30, message: t('caseForm.extensionMax') },
            ]}
          >
            <InputNumber min={1} max={30} precision={0} addonAfter={t('caseForm.days')} />
          </Form.Item>
        ) : null}
        {has('transfer') ? (
          <Row gutter={12}>
            <Col span={14}>
              <Form.Item
                name="transferTo"
                label={t('caseForm.transferTo')}
                rules={[...req(t('cases.required')), { max: 100 }]}
              >
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item
                name="propertyTransferred"
                valuePropName="checked"
                label=" "
                rules={mustTick(t('caseForm.propertyTransferredRequired'))}
              >
                <Checkbox>{t('caseForm.propertyTransferred')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {has('demandStatement')
          ? section(
              t('caseForm.demandStatement'),
              <>
                <Form.Item name={['demandStatement', 'made']} valuePropName="checked">
                  <Checkbox>{t('caseForm.demandStatementMade')}</Checkbox>
                </Form.Item>
                <Form.Item
                  noStyle
                  shouldUpdate={(a, b) => a.demandStatement?.made !== b.demandStatement?.made}
                >
                  {() =>
                    form.getFieldValue(['demandStatement', 'made']) ? (
                      <Form.Item
                        name={['demandStatement', 'review']}
                        label={t('caseForm.demandStatementReview')}
                        rules={[...req(t('caseForm.demandReviewRequired')), { max: 2000 }]}
                      >
                        <Input.TextArea rows={2} maxLength={2000} />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              </>,
            )
          : null}
        {has('remedyPending') ? (
          <Form.Item name="remedyPending" valuePropName="checked" extra={t('caseForm.remedyPendingHint')}>
            <Checkbox>{t('caseForm.remedyPending')}</Checkbox>
          </Form.Item>
        ) : null}
        {has('announcement')
          ? section(
              t('caseForm.announcement'),
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item
                    name={['announcement', 'publishedOn']}
                    label={t('caseForm.publishedOn')}
                    rules={req(t('cases.required'))}
                  >
                    {date({ disabledDate: noFuture })}
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name={['announcement', 'selfDemolitionBy']}
                    label={t('caseForm.selfDemolitionBy')}
                    dependencies={[['announcement', 'publishedOn']]}
                    extra={t('caseForm.selfDemolitionHint')}
                    rules={[
                      ...req(t('cases.required')),
                      {
                        validator: async (_, v: Dayjs | undefined) => {
                          const p = form.getFieldValue(['announcement', 'publishedOn']) as Dayjs | undefined;
                          if (v && p && !v.isAfter(p, 'day'))
                            throw new Error(t('caseForm.selfDemolitionAfter'));
                        },
                      },
                    ]}
                  >
                    {date()}
                  </Form.Item>
                </Col>
              </Row>,
            )
          : null}
        {has('startAt')
          ? section(
              t('caseForm.startAt'),
              <>
                <Form.Item
                  name="startAt"
                  label={t('caseForm.startAtLabel')}
                  extra={t('caseForm.startAtHint')}
                  rules={req(t('cases.required'))}
                >
                  <DatePicker
                    showTime={{ format: 'HH:mm' }}
                    format="YYYY-MM-DD HH:mm"
                    style={{ width: '100%' }}
                  />
                </Form.Item>
                <Form.Item
                  name="emergencyReason"
                  label={t('caseForm.emergencyReasonOptional')}
                  rules={[{ max: 1000 }]}
                >
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
              </>,
            )
          : null}
        {has('payment')
          ? section(
              t('caseForm.payment'),
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name="paidOn" label={t('caseForm.paidOn')} rules={req(t('cases.required'))}>
                    {date({ disabledDate: noFuture })}
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="amountPaid"
                    label={t('caseForm.amountPaid')}
                    extra={fine ? t('caseForm.fineIs', { fine }) : undefined}
                    rules={[...req(t('cases.required')), { type: 'number', min: 0 }]}
                  >
                    <InputNumber min={0} precision={2} style={{ width: '100%' }} addonAfter="元" />
                  </Form.Item>
                </Col>
              </Row>,
            )
          : null}
        {has('collection')
          ? section(
              t('caseForm.collection'),
              <>
                <Form.Item
                  name={['collection', 'receiptNo']}
                  label={t('caseForm.receiptNo')}
                  extra={t('caseForm.receiptHint')}
                  rules={[...req(t('cases.required')), { max: 50 }]}
                >
                  <Input maxLength={50} />
                </Form.Item>
                <Form.Item
                  name={['collection', 'impracticableReason']}
                  label={t('caseForm.impracticableReason')}
                  rules={[{ max: 500 }]}
                >
                  <Input maxLength={500} />
                </Form.Item>
              </>,
            )
          : null}
        {has('collective') ? (
          <Form.Item
            name="collectiveMinutes"
            label={t('caseForm.collectiveMinutes')}
            rules={[...req(t('cases.required')), { max: 5000 }]}
          >
            <Input.TextArea rows={3} maxLength={5000} />
          </Form.Item>
        ) : null}
        {has('gravity') || has('collective') ? (
          <Row>
            <Col span={12}>
              <Form.Item name="major" valuePropName="checked" extra={t('caseForm.majorHint')}>
                <Checkbox>{t('caseForm.major')}</Checkbox>
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="complex" valuePropName="checked" extra={t('caseForm.complexHint')}>
                <Checkbox>{t('caseForm.complex')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        <Divider style={{ margin: '8px 0 12px' }} />
        <Form.Item
          name="reason"
          label={action && reasonRequired(action.action) ? t('caseForm.extensionReason') : t('cases.reason')}
          rules={[
            ...(action && reasonRequired(action.action) ? req(t('caseForm.extensionReasonRequired')) : []),
            { max: 2000 },
          ]}
        >
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="note" label={t('caseForm.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea rows={1} maxLength={2000} />
        </Form.Item>
      </Form>
      {error ? (
        <Alert
          type="error"
          showIcon
          data-testid="action-refusal"
          title={pick(error.messageZh, error.messageEn)}
          description={
            refusals.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {refusals.map((r) => (
                  <li key={`${r.guard}-${r.code}`}>
                    {refusalText(pick(r.message, r.messageEn), r)}
                    {r.missing?.length ? <div>{r.missing.join('、')}</div> : null}
                  </li>
                ))}
              </ul>
            ) : (
              <Typography.Text type="secondary">{error.code}</Typography.Text>
            )
          }
        />
      ) : null}
    </Modal>
  );
}
