import { validateCitizenId, validateCreditCode } from '@sanxiang/core';
import { Checkbox, Col, Form, Input, Modal, Radio, Row, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { type ApiError, isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useBilingual, useLanguage } from '../i18n/language';
import type { CaseParty, PartyInput } from './cases-api';

interface Values {
  kind: 'person' | 'organisation';
  name: string;
  idNumber?: string;
  minor?: boolean;
  creditCode?: string;
  override?: boolean;
  overrideReason?: string;
  overrideApprovedBy?: string;
  legalRepresentative?: string;
  address?: string;
  phone?: string;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

/** Under 18 on the given day, from the birth date in a citizen ID number (changes publication later, P-01). */
export function minorFromId(idNumber: string | undefined): boolean | null {
  if (!idNumber?.trim()) return null;
  const r = validateCitizenId(idNumber);
  if (!r.ok) return null;
  return dayjs().diff(dayjs(r.birthDate), 'year') < 18;
}

export function toPartyInput(v: Values): PartyInput {
  if (v.kind === 'person')
    return {
      kind: 'person',
      name: v.name.trim(),
      idNumber: blank(v.idNumber)?.toUpperCase(),
      ...(!blank(v.idNumber) && v.minor ? { minor: true } : {}),
      address: blank(v.address),
      phone: blank(v.phone),
    };
  return {
    kind: 'organisation',
    name: v.name.trim(),
    creditCode: blank(v.creditCode)?.toUpperCase(),
    ...(v.override && blank(v.overrideReason) && blank(v.overrideApprovedBy)
      ? {
          creditCodeOverride: {
            reason: blank(v.overrideReason)!,
            approvedBy: blank(v.overrideApprovedBy)!,
          },
        }
      : {}),
    legalRepresentative: blank(v.legalRepresentative),
    address: blank(v.address),
    phone: blank(v.phone),
  };
}

/**
 * Adds or changes a party: a natural person (公民身份号码 checked as the server checks it, GB 11643; minors
 * flagged from the birth date) or an organisation (统一社会信用代码, GB 32100, with its legal representative).
 */
export function PartyModal({
  open,
  party,
  submitting,
  error,
  onSubmit,
  onCancel,
}: {
  open: boolean;
  party: CaseParty | null;
  submitting: boolean;
  error: ApiError | null;
  onSubmit: (input: PartyInput) => void;
  onCancel: () => void;
}) {
  const { t, lang } = useLanguage();
  const pick = useBilingual();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      party
        ? {
            kind: party.kind,
            name: party.name,
            idNumber: party.idNumber ?? undefined,
            minor: party.minor === true && !party.idNumber,
            creditCode: party.creditCode ?? undefined,
            override: !!party.creditCodeOverride,
            overrideReason: party.creditCodeOverride?.reason,
            overrideApprovedBy: party.creditCodeOverride?.approvedBy,
            legalRepresentative: party.legalRepresentative ?? undefined,
            address: party.address ?? undefined,
            phone: party.phone ?? undefined,
          }
        : { kind: 'person' },
    );
  }, [open, party, form]);
  useEffect(() => {
    if (!error || !isApiError(error)) return;
    if (showOnForm(form, error, lang)) return;
    if (error.code === 'ID_NUMBER_INVALID')
      form.setFields([{ name: 'idNumber', errors: [error.text(lang)] }]);
    if (error.code === 'CREDIT_CODE_INVALID')
      form.setFields([{ name: 'creditCode', errors: [error.text(lang)] }]);
  }, [error, form, lang]);

  return (
    <Modal
      open={open}
      title={party ? t('caseForm.editParty') : t('cases.addParty')}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={submitting}
      onCancel={onCancel}
      onOk={() => form.submit()}
      width={680}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={(v) => onSubmit(toPartyInput(v))}>
        <Form.Item name="kind" label={t('cases.partyKind')}>
          <Radio.Group
            disabled={party !== null}
            options={[
              { value: 'person', label: t('cases.partyKind.person') },
              { value: 'organisation', label: t('cases.partyKind.organisation') },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate>
          {() => {
            const kind = form.getFieldValue('kind') as Values['kind'];
            const person = kind === 'person';
            const minor = person ? minorFromId(form.getFieldValue('idNumber')) : null;
            return (
              <Row gutter={12}>
                <Col span={person ? 10 : 14}>
                  <Form.Item
                    name="name"
                    label={person ? t('caseForm.personName') : t('caseForm.orgName')}
                    rules={[
                      { required: true, whitespace: true, message: t('cases.required') },
                      { max: person ? 50 : 100 },
                    ]}
                  >
                    <Input maxLength={person ? 50 : 100} />
                  </Form.Item>
                </Col>
                {person ? (
                  <>
                    <Col span={14}>
                      <Form.Item
                        name="idNumber"
                        label={t('cases.idNumber')}
                        extra={
                          minor === null ? (
                            t('caseForm.idNumberHint')
                          ) : minor ? (
                            <Tag color="orange" data-testid="minor-tag">
                              {t('cases.minor')}
                            </Tag>
                          ) : (
                            <Typography.Text type="secondary">{t('caseForm.adult')}</Typography.Text>
                          )
                        }
                        rules={[
                          {
                            validator: async (_, v: string | undefined) => {
                              if (!v?.trim()) return;
                              const r = validateCitizenId(v);
                              if (!r.ok) throw new Error(pick(r.message, r.messageEn));
                            },
                          },
                        ]}
                      >
                        <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
                      </Form.Item>
                    </Col>
                    {!form.getFieldValue('idNumber')?.trim() ? (
                      <Col span={24}>
                        <Form.Item name="minor" valuePropName="checked">
                          <Checkbox>{t('caseForm.minorWithoutId')}</Checkbox>
                        </Form.Item>
                      </Col>
                    ) : null}
                  </>
                ) : (
                  <>
                    <Col span={10}>
                      <Form.Item
                        name="legalRepresentative"
                        label={t('cases.legalRepresentative')}
                        rules={[
                          { required: true, whitespace: true, message: t('cases.required') },
                          { max: 50 },
                        ]}
                      >
                        <Input maxLength={50} />
                      </Form.Item>
                    </Col>
                    <Col span={14}>
                      <Form.Item
                        name="creditCode"
                        label={t('cases.creditCode')}
                        dependencies={['override']}
                        rules={[
                          {
                            validator: async (_, v: string | undefined) => {
                              if (!v?.trim() || form.getFieldValue('override')) return;
                              const r = validateCreditCode(v);
                              if (!r.ok) throw new Error(pick(r.message, r.messageEn));
                            },
                          },
                        ]}
                      >
                        <Input maxLength={18} style={{ fontFamily: 'monospace' }} />
                      </Form.Item>
                    </Col>
                    <Col span={10}>
                      <Form.Item name="override" valuePropName="checked" label=" ">
                        <Checkbox>{t('caseForm.creditOverride')}</Checkbox>
                      </Form.Item>
                    </Col>
                    {form.getFieldValue('override') ? (
                      <>
                        <Col span={14}>
                          <Form.Item
                            name="overrideReason"
                            label={t('caseForm.overrideReason')}
                            rules={[{ required: true, message: t('cases.required') }, { max: 200 }]}
                          >
                            <Input maxLength={200} />
                          </Form.Item>
                        </Col>
                        <Col span={10}>
                          <Form.Item
                            name="overrideApprovedBy"
                            label={t('caseForm.overrideApprovedBy')}
                            rules={[{ required: true, message: t('cases.required') }, { max: 50 }]}
                          >
                            <Input maxLength={50} />
                          </Form.Item>
                        </Col>
                      </>
                    ) : null}
                  </>
                )}
                <Col span={16}>
                  <Form.Item
                    name="address"
                    label={person ? t('cases.address') : t('caseForm.orgAddress')}
                    rules={[{ max: 200 }]}
                  >
                    <Input maxLength={200} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    name="phone"
                    label={t('cases.phone')}
                    rules={[{ max: 30 }, { pattern: /^[\d\s()+-]*$/, message: t('caseForm.phoneInvalid') }]}
                  >
                    <Input maxLength={30} />
                  </Form.Item>
                </Col>
              </Row>
            );
          }}
        </Form.Item>
      </Form>
    </Modal>
  );
}
