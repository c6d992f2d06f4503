import { useQuery } from '@tanstack/react-query';
import { Button, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useBilingual, useT } from '../i18n/language';
import {
  AUDIT_KINDS,
  AUDIT_OUTCOMES,
  type AuditKind,
  type AuditOutcome,
  fetchAuditOperations,
} from './audit-api';

export interface AuditFilterValues {
  range?: [Dayjs, Dayjs] | null;
  actor?: string;
  operation?: string;
  targetType?: string;
  targetId?: string;
  kind?: AuditKind;
  outcome?: AuditOutcome;
}

export function useAuditOperations() {
  return useQuery({
    queryKey: ['audit', 'operations'],
    queryFn: ({ signal }) => fetchAuditOperations(signal).then((r) => r.items),
    staleTime: 30 * 60_000,
  });
}

/** Filter form; applies on "search" so that typing in several boxes does not fire a query per keystroke. */
export function AuditFilters({
  values,
  onApply,
}: {
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
}) {
  const t = useT();
  const pick = useBilingual();
  const [form] = Form.useForm<AuditFilterValues>();
  const operations = useAuditOperations();

  // Keeps the form in step with the URL when it changes from outside (back button, shared link).
  const key = JSON.stringify(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the serialised `values`
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(values);
  }, [key, form]);

  return (
    <Form form={form} layout="vertical" onFinish={onApply} initialValues={values}>
      <Row gutter={16}>
        <Col xs={24} md={12} xl={8}>
          <Form.Item name="range" label={t('audit.range')}>
            <DatePicker.RangePicker style={{ width: '100%' }} allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={4}>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="operation" label={t('audit.operation')}>
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={operations.isPending}
              placeholder={t('common.all')}
              notFoundContent={operations.isError ? t('common.loadFailed') : undefined}
              options={(operations.data ?? []).map((o) => ({ value: o.code, label: pick(o.name, o.nameEn) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item name="kind" label={t('audit.kind')}>
            <Select
              allowClear
              placeholder={t('common.all')}
              options={AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kind.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={6} xl={3}>
          <Form.Item name="outcome" label={t('audit.outcome')}>
            <Select
              allowClear
              placeholder={t('common.all')}
              options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="targetType" label={t('audit.targetType')}>
            <Input allowClear placeholder={t('audit.targetTypePlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Form.Item name="targetId" label={t('audit.targetId')}>
            <Input allowClear />
          </Form.Item>
        </Col>
        <Col xs={24} xl={12} style={{ display: 'flex', alignItems: 'flex-end', gap: 8, paddingBottom: 24 }}>
          <Button type="primary" htmlType="submit">
            {t('common.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              onApply({});
            }}
          >
            {t('common.reset')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
