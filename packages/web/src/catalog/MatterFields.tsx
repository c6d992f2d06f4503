import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Flex, Form, Input, InputNumber, Row, Select, Switch, Typography } from 'antd';
import { useLanguage } from '../i18n/language';
import { UnitTreeSelect } from '../units/UnitTreeSelect';
import {
  CATEGORY_LABEL,
  GUIDE_LABEL,
  PARTY_LABEL,
  PENALTY_LABEL,
  PROCEDURE_LABEL,
  TIER_LABEL,
} from './catalog-labels';
import {
  DISCRETION_TIERS,
  GUIDE_FIELDS,
  type GuideField,
  MATTER_CATEGORIES,
  PARTY_TYPES,
  PENALTY_KINDS,
  PROCEDURES,
} from './catalog-model';
import { codeRules, textRules } from './field-rules';
import type { MatterFormValues } from './item-form-values';
import { LegalBasesField } from './LegalBasesField';

const GUIDE_MAX: Record<GuideField, number> = {
  materials: 2000,
  steps: 2000,
  timeLimit: 500,
  fees: 500,
  consultation: 500,
  complaint: 500,
};

function Section({ title }: { title: string }) {
  return (
    <Typography.Title level={5} style={{ marginTop: 8 }}>
      {title}
    </Typography.Title>
  );
}

/** The fields of a 行政执法事项, with the rules the server applies (so most mistakes never leave the form). */
export function MatterFields({ codeLocked }: { codeLocked: boolean }) {
  const { t } = useLanguage();
  const form = Form.useFormInstance<MatterFormValues>();

  return (
    <>
      <Section title={t('catalog.section.basics')} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('catalog.field.code')}
            rules={codeRules(t)}
            extra={codeLocked ? t('catalog.codeLocked') : undefined}
          >
            <Input disabled={codeLocked} autoComplete="off" placeholder="CG-CF-001" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="name"
            label={t('catalog.field.name')}
            rules={textRules(t, 'catalog.field.name', 200, true)}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="category"
            label={t('catalog.field.category')}
            rules={[{ required: true, message: t('catalog.categoryRequired') }]}
          >
            <Select options={MATTER_CATEGORIES.map((c) => ({ value: c, label: t(CATEGORY_LABEL[c]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="procedure"
            label={t('catalog.field.procedure')}
            rules={[{ required: true, message: t('catalog.procedureRequired') }]}
          >
            <Select options={PROCEDURES.map((p) => ({ value: p, label: t(PROCEDURE_LABEL[p]) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="hearingApplicable"
            label={t('catalog.field.hearingApplicable')}
            valuePropName="checked"
          >
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="actingBody"
            label={t('catalog.field.actingBody')}
            rules={textRules(t, 'catalog.field.actingBody', 100, true)}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="responsibleUnitId"
            label={t('catalog.field.responsibleUnit')}
            rules={[{ required: true, message: t('catalog.unitRequired') }]}
          >
            <UnitTreeSelect allowClear={false} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="duties"
        label={t('catalog.field.duties')}
        rules={textRules(t, 'catalog.field.duties', 2000, true)}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name="authority"
        label={t('catalog.field.authority')}
        rules={textRules(t, 'catalog.field.authority', 2000, true)}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item
        name="remedies"
        label={t('catalog.field.remedies')}
        rules={textRules(t, 'catalog.field.remedies', 1000, true)}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>

      <Section title={t('catalog.field.bases')} />
      <Typography.Paragraph type="secondary">{t('catalog.basesHint')}</Typography.Paragraph>
      <LegalBasesField withRole />

      <Section title={t('catalog.section.penalty')} />
      <Form.Item
        name="penaltyKinds"
        label={t('catalog.field.penaltyKinds')}
        dependencies={['category', 'discretion']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_, kinds: string[] | undefined) => {
              const list = kinds ?? [];
              if (getFieldValue('category') === '行政处罚' && list.length === 0)
                throw new Error(t('catalog.penaltyKindsRequired'));
              const tiers = (getFieldValue('discretion') ?? []) as {
                fineMin?: number | null;
                fineMax?: number | null;
              }[];
              const fines = tiers.some((d) => (d?.fineMin ?? 0) > 0 || (d?.fineMax ?? 0) > 0);
              if (fines && !list.includes('罚款')) throw new Error(t('catalog.penaltyKindsNeedFine'));
            },
          }),
        ]}
      >
        <Select
          mode="multiple"
          allowClear
          options={PENALTY_KINDS.map((k) => ({ value: k, label: t(PENALTY_LABEL[k]) }))}
        />
      </Form.Item>

      <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
        {t('catalog.field.discretion')}
      </Typography.Text>
      <Form.List name="discretion">
        {(fields, { add, remove }) => (
          <Flex vertical gap="small">
            {fields.map(({ key, name }, index) => (
              <Card
                key={key}
                size="small"
                title={t('catalog.tierN', { n: index + 1 })}
                extra={
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<MinusCircleOutlined />}
                    onClick={() => remove(name)}
                    aria-label={t('catalog.removeTier', { n: index + 1 })}
                  />
                }
              >
                <Row gutter={12}>
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={[name, 'tier']}
                      label={t('catalog.tier')}
                      rules={[{ required: true, message: t('catalog.tierRequired') }]}
                    >
                      <Select
                        options={DISCRETION_TIERS.map((x) => ({ value: x, label: t(TIER_LABEL[x]) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item
                      name={[name, 'partyType']}
                      label={t('catalog.partyType')}
                      rules={[{ required: true, message: t('catalog.partyRequired') }]}
                    >
                      <Select options={PARTY_TYPES.map((x) => ({ value: x, label: t(PARTY_LABEL[x]) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[name, 'fineMin']} label={t('catalog.fineMin')}>
                      <InputNumber
                        min={0}
                        max={100_000_000_000}
                        style={{ width: '100%' }}
                        suffix={t('catalog.yuan')}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item
                      name={[name, 'fineMax']}
                      label={t('catalog.fineMax')}
                      dependencies={[['discretion', name, 'fineMin']]}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: async (_, max: number | null | undefined) => {
                            const min = getFieldValue(['discretion', name, 'fineMin']) as
                              | number
                              | null
                              | undefined;
                            if (typeof min === 'number' && typeof max === 'number' && min > max)
                              throw new Error(t('catalog.fineOrder'));
                          },
                        }),
                      ]}
                    >
                      <InputNumber
                        min={0}
                        max={100_000_000_000}
                        style={{ width: '100%' }}
                        suffix={t('catalog.yuan')}
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item
                  name={[name, 'conditions']}
                  label={t('catalog.conditions')}
                  rules={textRules(t, 'catalog.conditions', 1000, true)}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
                <Form.Item
                  name={[name, 'measures']}
                  label={t('catalog.measures')}
                  rules={textRules(t, 'catalog.measures', 1000, false)}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= 30}
              onClick={() => {
                add({
                  tier: '一般处罚',
                  partyType: 'any',
                  fineMin: null,
                  fineMax: null,
                  conditions: '',
                  measures: '',
                });
                void form.validateFields(['penaltyKinds']).catch(() => undefined);
              }}
            >
              {t('catalog.addTier')}
            </Button>
          </Flex>
        )}
      </Form.List>

      <Section title={t('catalog.field.guide')} />
      <Row gutter={16}>
        {GUIDE_FIELDS.map((f) => (
          <Col xs={24} md={GUIDE_MAX[f] > 500 ? 24 : 12} key={f}>
            <Form.Item
              name={['guide', f]}
              label={t(GUIDE_LABEL[f])}
              rules={textRules(t, GUIDE_LABEL[f], GUIDE_MAX[f], false)}
            >
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </>
  );
}
