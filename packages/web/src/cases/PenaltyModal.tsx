import { Alert, Col, Descriptions, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import type { CaseDetail, DiscretionTier, PenaltyInput } from './cases-api';

interface Values {
  circumstances?: string;
  kinds?: string[];
  fine?: number | null;
  confiscation?: number | null;
  measures?: string;
  reason?: string;
}

/** The tier of the standard for the case's (first) party, as the server picks it (propose-penalty.ts). */
export function tierFor(c: CaseDetail, circumstances: string | undefined): DiscretionTier | null {
  if (!circumstances) return null;
  const partyType = c.parties[0]?.kind ?? null;
  const tiers = (c.matter?.discretion ?? []).filter(
    (t) =>
      t.tier === circumstances && (partyType === null || t.partyType === 'any' || t.partyType === partyType),
  );
  return tiers.find((t) => t.partyType === partyType) ?? tiers[0] ?? null;
}

/** Why a penalty lies outside the standard: the same reasons the server gives, in the same order. */
export function outsideReasons(
  c: CaseDetail,
  tier: DiscretionTier | null,
  v: Values,
  t: (
    k:
      | 'caseForm.outside.kind'
      | 'caseForm.outside.noFineKind'
      | 'caseForm.outside.below'
      | 'caseForm.outside.above'
      | 'caseForm.outside.noPenalty',
    vars?: Record<string, string | number>,
  ) => string,
): string[] {
  const out: string[] = [];
  const kinds = v.kinds ?? [];
  const allowed = c.matter?.penaltyKinds ?? [];
  const foreign = kinds.filter((k) => !allowed.includes(k));
  if (foreign.length) out.push(t('caseForm.outside.kind', { kinds: foreign.join('、') }));
  const fine = v.fine ?? 0;
  if (fine > 0 && !kinds.includes('罚款')) out.push(t('caseForm.outside.noFineKind'));
  if (!tier) return out;
  if (tier.fineMin !== null && fine < tier.fineMin && kinds.includes('罚款'))
    out.push(t('caseForm.outside.below', { fine, min: tier.fineMin }));
  if (tier.fineMax !== null && fine > tier.fineMax)
    out.push(t('caseForm.outside.above', { fine, max: tier.fineMax }));
  if (tier.tier === '不予处罚' && (fine > 0 || kinds.length > 0)) out.push(t('caseForm.outside.noPenalty'));
  return out;
}

const money = (n: number | null) => (n === null ? '—' : `${n.toLocaleString('zh-CN')} 元`);

/**
 * 裁量 (行政处罚法 art. 34): the circumstances chosen propose the range of the matter's discretion standard; a
 * penalty outside it needs a written reason and goes to the bureau regulation section for review.
 */
export function PenaltyModal({
  open,
  kase,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  kase: CaseDetail;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (v: PenaltyInput) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const [form] = Form.useForm<Values>();
  const current = (kase.penaltyAfterDefence ?? kase.proposedPenalty) as Partial<PenaltyInput> | null;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({
      circumstances: current?.circumstances ?? kase.circumstances ?? undefined,
      kinds: current?.kinds ?? [],
      fine: current?.fine ?? null,
      confiscation: current?.confiscation ?? null,
      measures: current?.measures ?? '',
      reason: current?.reason ?? undefined,
    });
  }, [open, form, current, kase.circumstances]);
  useEffect(() => {
    if (!error || !isApiError(error)) return;
    if (showOnForm(form, error, lang)) return;
    if (error.code === 'PENALTY_REASON_REQUIRED')
      form.setFields([{ name: 'reason', errors: [error.text(lang)] }]);
  }, [error, form, lang]);

  const tiers = kase.matter?.discretion ?? [];
  const tierNames = [...new Set(tiers.map((x) => x.tier))];
  const kinds = kase.matter?.penaltyKinds ?? [];
  return (
    <Modal
      open={open}
      title={t('caseForm.penaltyTitle')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      {kase.matter ? (
        <Typography.Paragraph type="secondary">
          {t('cases.matter')}：{kase.matter.code} {kase.matter.name}
        </Typography.Paragraph>
      ) : (
        <Alert type="warning" showIcon title={t('caseForm.noMatter')} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) =>
          onSubmit({
            circumstances: v.circumstances!,
            kinds: v.kinds ?? [],
            fine: v.fine ?? null,
            confiscation: v.confiscation ?? null,
            measures: v.measures?.trim() ?? '',
            ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
            version: kase.version,
          })
        }
      >
        <Form.Item
          name="circumstances"
          label={t('cases.circumstances')}
          rules={[{ required: true, message: t('cases.required') }]}
        >
          <Select
            options={tierNames.map((name) => ({
              value: name,
              label: name,
            }))}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {() => {
            const v = form.getFieldsValue() as Values;
            const tier = tierFor(kase, v.circumstances);
            const outside = outsideReasons(kase, tier, v, t);
            return (
              <>
                {tier ? (
                  <Descriptions
                    size="small"
                    bordered
                    column={1}
                    style={{ marginBottom: 12 }}
                    data-testid="discretion-range"
                  >
                    <Descriptions.Item label={t('caseForm.conditions')}>{tier.conditions}</Descriptions.Item>
                    <Descriptions.Item label={t('caseForm.range')}>
                      {tier.fineMin === null && tier.fineMax === null
                        ? t('caseForm.noFine')
                        : `${money(tier.fineMin)} — ${money(tier.fineMax)}`}
                    </Descriptions.Item>
                    {tier.measures ? (
                      <Descriptions.Item label={t('cases.measures')}>{tier.measures}</Descriptions.Item>
                    ) : null}
                  </Descriptions>
                ) : null}
                <Row gutter={12}>
                  <Col span={12}>
                    <Form.Item name="kinds" label={t('cases.kinds')}>
                      <Select mode="multiple" options={kinds.map((k) => ({ value: k, label: k }))} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name="fine" label={t('cases.fine')} rules={[{ type: 'number', min: 0 }]}>
                      <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name="confiscation"
                      label={t('caseForm.confiscation')}
                      rules={[{ type: 'number', min: 0 }]}
                    >
                      <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="measures" label={t('cases.measures')} rules={[{ max: 1000 }]}>
                  <Input maxLength={1000} />
                </Form.Item>
                {outside.length > 0 ? (
                  <Alert
                    type="warning"
                    showIcon
                    style={{ marginBottom: 12 }}
                    data-testid="outside-standard"
                    title={t('caseForm.outsideStandard')}
                    description={outside.join('；')}
                  />
                ) : null}
                <Form.Item
                  name="reason"
                  label={t('caseForm.penaltyReason')}
                  rules={[
                    ...(outside.length > 0
                      ? [{ required: true, whitespace: true, message: t('caseForm.penaltyReasonRequired') }]
                      : []),
                    { max: 2000 },
                  ]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </>
            );
          }}
        </Form.Item>
      </Form>
    </Modal>
  );
}
