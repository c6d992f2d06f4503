import { Button, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useLanguage } from '../i18n/language';
import { useLaws } from '../laws/laws-api';
import { codeRules, textRules } from './field-rules';
import { basisTextFromRows, type InspectionFormValues } from './item-form-values';
import { LegalBasesField } from './LegalBasesField';
import { articleRefLabel, parseArticleRef } from './legal-basis';

/** The fields of a 随机抽查事项: exactly the plan's seven, plus the code and the structured legal bases. */
export function InspectionFields({ codeLocked }: { codeLocked: boolean }) {
  const { t } = useLanguage();
  const form = Form.useFormInstance<InspectionFormValues>();
  const laws = useLaws();
  const titles = new Map((laws.data ?? []).map((l) => [l.id, l.title]));

  const writeBasisText = () => {
    const text = basisTextFromRows(
      form.getFieldValue('bases') ?? [],
      (id) => titles.get(id) ?? id,
      (row) => {
        const ref = parseArticleRef(row.article ?? '');
        return ref ? articleRefLabel(ref.article, ref.suffix) : null;
      },
    );
    if (text) form.setFieldValue('basis', text);
    void form.validateFields(['basis']).catch(() => undefined);
  };

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="code"
            label={t('catalog.field.code')}
            rules={codeRules(t)}
            extra={codeLocked ? t('catalog.codeLocked') : undefined}
          >
            <Input disabled={codeLocked} autoComplete="off" placeholder="SJ-001" />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="subject"
            label={t('catalog.field.subject')}
            rules={textRules(t, 'catalog.field.subject', 100, true)}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="object"
        label={t('catalog.field.object')}
        rules={textRules(t, 'catalog.field.object', 500, true)}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('catalog.field.content')}
        rules={textRules(t, 'catalog.field.content', 2000, true)}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>

      <Typography.Title level={5}>{t('catalog.field.bases')}</Typography.Title>
      <LegalBasesField withRole={false} />
      <Form.Item
        name="basis"
        label={t('catalog.field.basis')}
        rules={textRules(t, 'catalog.field.basis', 2000, true)}
        extra={
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={writeBasisText}>
            {t('catalog.basisFromBases')}
          </Button>
        }
        style={{ marginTop: 16 }}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>

      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="ratio"
            label={t('catalog.field.ratio')}
            rules={[
              { required: true, message: t('catalog.ratioRequired') },
              {
                validator: async (_, v: number | null | undefined) => {
                  if (typeof v === 'number' && (v <= 0 || v > 100)) throw new Error(t('catalog.ratioRange'));
                },
              },
            ]}
          >
            <InputNumber min={0.01} max={100} step={1} precision={2} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          <Form.Item
            name="frequency"
            label={t('catalog.field.frequency')}
            rules={textRules(t, 'catalog.field.frequency', 200, true)}
          >
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="method"
        label={t('catalog.field.method')}
        rules={textRules(t, 'catalog.field.method', 500, true)}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
    </>
  );
}
