import { EditOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Form } from 'antd';
import { useMemo, useState } from 'react';
import { isApiError } from '../api/api-error';
import { showOnForm } from '../api/form-errors';
import { useLanguage } from '../i18n/language';
import { useLaws } from '../laws/laws-api';
import { useErrorText } from '../shared/use-error-text';
import { useRevalidateOnLanguage } from '../shared/use-revalidate-on-language';
import { addItem, updateItem } from './catalog-api';
import {
  type CatalogItem,
  type CatalogKind,
  type InspectionItem,
  itemTitle,
  type MatterItem,
} from './catalog-model';
import { InspectionFields } from './InspectionFields';
import { ItemDetail } from './ItemDetail';
import {
  formToInspection,
  formToMatter,
  type InspectionFormValues,
  inspectionToForm,
  type MatterFormValues,
  matterToForm,
} from './item-form-values';
import { unknownBasisProblems } from './legal-basis';
import { MatterFields } from './MatterFields';

export type ItemDrawerState = { mode: 'view' | 'edit'; item: CatalogItem } | { mode: 'create' } | null;

type FormValues = MatterFormValues | InspectionFormValues;

interface ItemDrawerProps {
  kind: CatalogKind;
  versionId: string;
  state: ItemDrawerState;
  /** The version is a draft and the user may edit it. */
  editable: boolean;
  onEdit: (item: CatalogItem) => void;
  onClose: () => void;
  onSaved: (item: CatalogItem, created: boolean) => void;
}

/** One item: read it, or (in a draft) add or change it with the full form. */
export function ItemDrawer({ kind, versionId, state, editable, onEdit, onClose, onSaved }: ItemDrawerProps) {
  const { t, lang } = useLanguage();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const laws = useLaws();
  const [form] = Form.useForm<FormValues>();
  useRevalidateOnLanguage(form);
  const [saving, setSaving] = useState(false);
  const editing = state?.mode === 'edit' ? state.item : null;
  const formOpen = state?.mode === 'edit' || state?.mode === 'create';

  const initialValues = useMemo<FormValues>(
    () =>
      kind === 'matters'
        ? matterToForm((editing as MatterItem | null) ?? undefined)
        : inspectionToForm((editing as InspectionItem | null) ?? undefined),
    [kind, editing],
  );

  const save = async (values: FormValues) => {
    const item: CatalogItem =
      kind === 'matters'
        ? formToMatter(values as MatterFormValues)
        : formToInspection(values as InspectionFormValues);
    setSaving(true);
    try {
      const saved = editing
        ? await updateItem(kind, versionId, editing.code, item as never)
        : await addItem(kind, versionId, item as never);
      onSaved(saved, !editing);
    } catch (err) {
      if (!isApiError(err)) {
        message.error(errorText(err));
      } else if (err.code === 'LEGAL_BASIS_UNKNOWN') {
        const { placed, unplaced } = unknownBasisProblems(
          values.bases ?? [],
          err.details,
          lang,
          new Set((laws.data ?? []).map((l) => l.id)),
        );
        form.setFields(placed.map((p) => ({ name: ['bases', p.index, p.field], errors: [p.message] })));
        const first = placed[0];
        if (first) form.scrollToField(['bases', first.index, first.field], { block: 'center' });
        if (unplaced.length > 0 || placed.length === 0) message.error(err.text(lang));
      } else if (err.code === 'CATALOG_CODE_TAKEN') {
        form.setFields([{ name: 'code', errors: [err.text(lang)] }]);
        form.scrollToField('code');
      } else if (showOnForm(form, err, lang)) {
        const first = form.getFieldsError().find((f) => f.errors.length > 0);
        if (first) form.scrollToField(first.name, { block: 'center' });
      } else {
        message.error(err.text(lang));
      }
    } finally {
      setSaving(false);
    }
  };

  const title =
    state?.mode === 'create'
      ? t(kind === 'matters' ? 'catalog.addMatter' : 'catalog.addInspection')
      : state
        ? `${state.item.code} · ${itemTitle(state.item)}`
        : '';

  return (
    <Drawer
      open={state !== null}
      onClose={onClose}
      title={title}
      size={880}
      destroyOnHidden
      extra={
        state?.mode === 'view' && editable ? (
          <Button icon={<EditOutlined />} onClick={() => onEdit(state.item)}>
            {t('common.edit')}
          </Button>
        ) : null
      }
      footer={
        formOpen ? (
          <Flex justify="flex-end" gap="small">
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={saving} onClick={() => form.submit()}>
              {t('common.save')}
            </Button>
          </Flex>
        ) : null
      }
    >
      {state?.mode === 'view' ? <ItemDetail item={state.item} /> : null}
      {formOpen ? (
        // Keyed by the item, so each opening starts from it (or a blank one), not from the last one's edits.
        <Form<FormValues>
          key={editing?.code ?? 'new'}
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={save}
          scrollToFirstError={{ block: 'center' }}
        >
          {kind === 'matters' ? (
            <MatterFields codeLocked={editing !== null} />
          ) : (
            <InspectionFields codeLocked={editing !== null} />
          )}
        </Form>
      ) : null}
    </Drawer>
  );
}
