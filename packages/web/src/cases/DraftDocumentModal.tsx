import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { DOCUMENT_KINDS, DOCUMENTS, type DocumentKind, PROCEDURES, type ProcedureCode } from '@sanxiang/core';
import { Button, Col, DatePicker, Flex, Form, Input, Modal, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useBilingual, useLanguage } from '../i18n/language';
import type { CaseDetail } from './cases-api';

// What the officer adds to the case data when drafting a document (server: documents/schemas.ts draftInput):
// the template fills the rest from the case, its parties, officers, matter and penalty.

type Part =
  | 'facts'
  | 'proposal'
  | 'findings'
  | 'statement'
  | 'hearing'
  | 'seizure'
  | 'demolition'
  | 'demand'
  | 'enforcementOn'
  | 'rectify';

const PARTS: Partial<Record<DocumentKind, Part[]>> = {
  'investigation-report': ['facts'],
  'prior-notice': ['facts'],
  'hearing-notice-of-rights': ['facts'],
  'penalty-decision': ['facts'],
  'on-the-spot-decision': ['facts'],
  'filing-approval': ['proposal'],
  'coercive-measure-approval': ['proposal'],
  'closing-approval': ['proposal'],
  'seizure-extension-approval': ['proposal'],
  'installment-approval': ['proposal'],
  'review-submission': ['proposal'],
  'inspection-record': ['findings'],
  'on-site-record': ['findings'],
  'inquiry-record': ['statement'],
  'hearing-record': ['statement'],
  'statement-record': ['statement'],
  'hearing-notice': ['hearing'],
  'seizure-decision': ['seizure'],
  'seizure-inventory': ['seizure'],
  'demolition-deadline-notice': ['demolition'],
  'demand-notice': ['demand'],
  'demolition-decision': ['enforcementOn'],
  'rectification-notice': ['rectify'],
};

interface Values {
  kind?: DocumentKind;
  facts?: string;
  evidence?: string[];
  proposal?: string;
  findings?: string;
  statement?: string;
  hearingAt?: Dayjs;
  hearingPlace?: string;
  hearingChair?: string;
  measure?: '查封' | '扣押';
  seizureFrom?: Dayjs;
  seizureTo?: Dayjs;
  custody?: string;
  items?: { name?: string; quantity?: string; unit?: string }[];
  structure?: string;
  area?: string;
  demolishBy?: Dayjs;
  duty?: string;
  demandBy?: Dayjs;
  enforcementOn?: Dayjs;
  rectifyBy?: Dayjs;
  rectifyRequirement?: string;
}

const d = (x: Dayjs | undefined) => x?.format('YYYY-MM-DD');
const s = (x: string | undefined) => (x?.trim() ? x.trim() : undefined);

function toInput(parts: Part[], v: Values): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const put = (k: string, val: unknown) => {
    if (val !== undefined && !(Array.isArray(val) && val.length === 0)) input[k] = val;
  };
  if (parts.includes('facts')) {
    put('facts', s(v.facts));
    put('evidence', (v.evidence ?? []).map((e) => e.trim()).filter(Boolean));
  }
  if (parts.includes('proposal')) put('proposal', s(v.proposal));
  if (parts.includes('findings')) put('findings', s(v.findings));
  if (parts.includes('statement')) put('statement', s(v.statement));
  if (parts.includes('hearing') && v.hearingAt)
    put('hearing', {
      at: v.hearingAt.format('YYYY-MM-DDTHH:mm'),
      place: s(v.hearingPlace) ?? '',
      chair: s(v.hearingChair) ?? '',
    });
  if (parts.includes('seizure')) {
    if (v.seizureFrom && v.seizureTo)
      put('seizure', {
        measure: v.measure ?? '查封',
        from: d(v.seizureFrom),
        to: d(v.seizureTo),
        custody: s(v.custody) ?? '',
      });
    put(
      'items',
      (v.items ?? [])
        .filter((i) => s(i?.name))
        .map((i) => ({ name: s(i.name)!, quantity: s(i.quantity) ?? '', unit: s(i.unit) ?? '' })),
    );
  }
  if (parts.includes('demolition')) {
    put('structure', s(v.structure));
    put('area', s(v.area));
    put('demolishBy', d(v.demolishBy));
  }
  if (parts.includes('demand') && v.demandBy) put('demand', { duty: s(v.duty) ?? '', by: d(v.demandBy) });
  if (parts.includes('enforcementOn')) put('enforcementOn', d(v.enforcementOn));
  if (parts.includes('rectify')) {
    put('rectifyBy', d(v.rectifyBy));
    put('rectifyRequirement', s(v.rectifyRequirement));
  }
  return input;
}

/** The documents of the case's current stage first (required, then optional), then all others. */
function kindOptions(c: CaseDetail, pick: (zh: string, en: string) => string) {
  const stage = PROCEDURES[c.procedure as ProcedureCode]?.stages.find((x) => x.code === c.stage);
  const first = [...(stage?.requiredDocuments ?? []), ...(stage?.optionalDocuments ?? [])];
  const label = (k: DocumentKind) => pick(DOCUMENTS[k].name, DOCUMENTS[k].nameEn);
  return [
    { label: pick('本环节文书', 'This stage'), options: first.map((k) => ({ value: k, label: label(k) })) },
    {
      label: pick('其他文书', 'Other documents'),
      options: DOCUMENT_KINDS.filter((k) => !first.includes(k)).map((k) => ({ value: k, label: label(k) })),
    },
  ].filter((g) => g.options.length > 0);
}

export function DraftDocumentModal({
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
  onSubmit: (kind: DocumentKind, input: Record<string, unknown>) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (open) form.resetFields();
  }, [open, form]);
  useEffect(() => {
    if (error && isApiError(error) && !showOnForm(form, error, lang))
      form.setFields([{ name: 'kind', errors: [error.text(lang)] }]);
  }, [error, form, lang]);
  const req = [{ required: true, message: t('cases.required') }];
  return (
    <Modal
      open={open}
      title={t('cases.draftDocument')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ measure: '查封', items: [{}] }}
        onFinish={(v) => v.kind && onSubmit(v.kind, toInput(PARTS[v.kind] ?? [], v))}
      >
        <Form.Item name="kind" label={t('cases.docName')} rules={req}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={kindOptions(kase, pick)} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a, b) => a.kind !== b.kind}>
          {() => {
            const kind = form.getFieldValue('kind') as DocumentKind | undefined;
            const parts = kind ? (PARTS[kind] ?? []) : [];
            if (kind && parts.length === 0)
              return (
                <Typography.Paragraph type="secondary">{t('caseForm.docFromCase')}</Typography.Paragraph>
              );
            return (
              <>
                {parts.includes('facts') ? (
                  <>
                    <Form.Item
                      name="facts"
                      label={t('caseForm.docFacts')}
                      rules={[{ max: 4000 }]}
                      extra={t('caseForm.docFactsHint')}
                    >
                      <Input.TextArea rows={3} maxLength={4000} />
                    </Form.Item>
                    <Form.Item
                      name="evidence"
                      label={t('caseForm.docEvidence')}
                      extra={t('caseForm.docEvidenceHint')}
                    >
                      <Select
                        mode="tags"
                        suffixIcon={null}
                        tokenSeparators={['；', ';']}
                        notFoundContent={null}
                      />
                    </Form.Item>
                  </>
                ) : null}
                {parts.includes('proposal') ? (
                  <Form.Item name="proposal" label={t('caseForm.docProposal')} rules={[{ max: 4000 }]}>
                    <Input.TextArea rows={2} maxLength={4000} />
                  </Form.Item>
                ) : null}
                {parts.includes('findings') ? (
                  <Form.Item name="findings" label={t('caseForm.docFindings')} rules={[{ max: 8000 }]}>
                    <Input.TextArea rows={3} maxLength={8000} />
                  </Form.Item>
                ) : null}
                {parts.includes('statement') ? (
                  <Form.Item name="statement" label={t('caseForm.docStatement')} rules={[{ max: 8000 }]}>
                    <Input.TextArea rows={3} maxLength={8000} />
                  </Form.Item>
                ) : null}
                {parts.includes('hearing') ? (
                  <Row gutter={12}>
                    <Col span={8}>
                      <Form.Item name="hearingAt" label={t('caseForm.docHearingAt')} rules={req}>
                        <DatePicker
                          showTime={{ format: 'HH:mm' }}
                          format="YYYY-MM-DD HH:mm"
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Form.Item
                        name="hearingPlace"
                        label={t('caseForm.docHearingPlace')}
                        rules={[...req, { max: 300 }]}
                      >
                        <Input maxLength={300} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item
                        name="hearingChair"
                        label={t('caseForm.chair')}
                        rules={[...req, { max: 50 }]}
                      >
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                  </Row>
                ) : null}
                {parts.includes('seizure') ? (
                  <>
                    <Row gutter={12}>
                      <Col span={6}>
                        <Form.Item name="measure" label={t('caseForm.docMeasure')}>
                          <Radio.Group options={['查封', '扣押']} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item name="seizureFrom" label={t('caseForm.docSeizureFrom')} rules={req}>
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item
                          name="seizureTo"
                          label={t('caseForm.docSeizureTo')}
                          rules={req}
                          extra={t('caseForm.docSeizureToHint')}
                        >
                          <DatePicker style={{ width: '100%' }} />
                        </Form.Item>
                      </Col>
                      <Col span={6}>
                        <Form.Item name="custody" label={t('caseForm.docCustody')} rules={[{ max: 300 }]}>
                          <Input maxLength={300} />
                        </Form.Item>
                      </Col>
                    </Row>
                    <Form.List name="items">
                      {(fields, { add, remove }) => (
                        <Flex vertical gap={4}>
                          {fields.map((f) => (
                            <Row key={f.key} gutter={8}>
                              <Col span={12}>
                                <Form.Item name={[f.name, 'name']} noStyle>
                                  <Input
                                    placeholder={t('caseForm.itemName')}
                                    aria-label={t('caseForm.itemName')}
                                    maxLength={200}
                                  />
                                </Form.Item>
                              </Col>
                              <Col span={5}>
                                <Form.Item name={[f.name, 'quantity']} noStyle>
                                  <Input
                                    placeholder={t('caseForm.itemQuantity')}
                                    aria-label={t('caseForm.itemQuantity')}
                                    maxLength={50}
                                  />
                                </Form.Item>
                              </Col>
                              <Col span={5}>
                                <Form.Item name={[f.name, 'unit']} noStyle>
                                  <Input
                                    placeholder={t('caseForm.itemUnit')}
                                    aria-label={t('caseForm.itemUnit')}
                                    maxLength={20}
                                  />
                                </Form.Item>
                              </Col>
                              <Col span={2}>
                                <Button
                                  type="text"
                                  aria-label={t('cases.remove')}
                                  icon={<MinusCircleOutlined />}
                                  onClick={() => remove(f.name)}
                                />
                              </Col>
                            </Row>
                          ))}
                          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                            {t('caseForm.addItem')}
                          </Button>
                        </Flex>
                      )}
                    </Form.List>
                  </>
                ) : null}
                {parts.includes('demolition') ? (
                  <Row gutter={12}>
                    <Col span={10}>
                      <Form.Item name="structure" label={t('caseForm.docStructure')} rules={[{ max: 500 }]}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name="area" label={t('caseForm.docArea')} rules={[{ max: 50 }]}>
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name="demolishBy" label={t('caseForm.docDemolishBy')}>
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                ) : null}
                {parts.includes('demand') ? (
                  <Row gutter={12}>
                    <Col span={16}>
                      <Form.Item name="duty" label={t('caseForm.docDuty')} rules={[...req, { max: 500 }]}>
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col span={8}>
                      <Form.Item name="demandBy" label={t('caseForm.docDemandBy')} rules={req}>
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                  </Row>
                ) : null}
                {parts.includes('enforcementOn') ? (
                  <Form.Item name="enforcementOn" label={t('caseForm.docEnforcementOn')}>
                    <DatePicker style={{ width: '100%' }} />
                  </Form.Item>
                ) : null}
                {parts.includes('rectify') ? (
                  <Row gutter={12}>
                    <Col span={8}>
                      <Form.Item name="rectifyBy" label={t('caseForm.docRectifyBy')}>
                        <DatePicker style={{ width: '100%' }} />
                      </Form.Item>
                    </Col>
                    <Col span={16}>
                      <Form.Item
                        name="rectifyRequirement"
                        label={t('caseForm.docRectifyRequirement')}
                        rules={[{ max: 2000 }]}
                      >
                        <Input maxLength={2000} />
                      </Form.Item>
                    </Col>
                  </Row>
                ) : null}
              </>
            );
          }}
        </Form.Item>
      </Form>
    </Modal>
  );
}
