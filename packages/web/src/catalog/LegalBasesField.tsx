import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Typography } from 'antd';
import { useLanguage } from '../i18n/language';
import { articleHref, useLaws } from '../laws/laws-api';
import { ROLE_LABEL } from './catalog-labels';
import { BASIS_ROLES } from './catalog-model';
import { type BasisRow, parseArticleRef } from './legal-basis';

const MAX_BASES = 30;

/** A link that opens the cited article in the law reader (in a new tab, so the form keeps its state). */
function ArticleLink({ name }: { name: number }) {
  const { t } = useLanguage();
  const row = Form.useWatch(['bases', name]) as BasisRow | undefined;
  const ref = parseArticleRef(row?.article ?? '');
  if (!row?.lawId || !ref) return null;
  return (
    <Typography.Link
      href={`/console${articleHref(row.lawId, ref.article, ref.suffix)}`}
      target="_blank"
      rel="noopener"
      style={{ lineHeight: '32px', whiteSpace: 'nowrap' }}
    >
      {t('catalog.viewArticle')}
    </Typography.Link>
  );
}

/**
 * The legal bases of an item as a list of rows: law (from the law library), article, and for matters the
 * role of the basis. The server checks that every cited article exists; its answer is shown on the row.
 */
export function LegalBasesField({ withRole }: { withRole: boolean }) {
  const { t } = useLanguage();
  const laws = useLaws();
  const lawOptions = (laws.data ?? []).map((l) => ({ value: l.id, label: l.title }));

  return (
    <Form.List
      name="bases"
      rules={[
        {
          validator: async (_, rows: unknown[] | undefined) => {
            if (!rows || rows.length === 0) throw new Error(t('catalog.basesRequired'));
            if (rows.length > MAX_BASES) throw new Error(t('catalog.basesTooMany', { max: MAX_BASES }));
          },
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <>
          {fields.map(({ key, name }, index) => (
            <Flex key={key} gap="small" align="flex-start" wrap="wrap" data-basis-row={index}>
              <Typography.Text type="secondary" style={{ lineHeight: '32px', minWidth: 28 }}>
                {index + 1}.
              </Typography.Text>
              {withRole ? (
                <Form.Item
                  name={[name, 'role']}
                  rules={[{ required: true, message: t('catalog.roleRequired') }]}
                  style={{ width: 128, marginBottom: 12 }}
                >
                  <Select
                    aria-label={t('catalog.basisRole', { n: index + 1 })}
                    placeholder={t('catalog.basisRolePlaceholder')}
                    options={BASIS_ROLES.map((r) => ({ value: r, label: t(ROLE_LABEL[r]) }))}
                  />
                </Form.Item>
              ) : null}
              <Form.Item
                name={[name, 'lawId']}
                rules={[{ required: true, message: t('catalog.lawRequired') }]}
                style={{ flex: '1 1 260px', minWidth: 220, marginBottom: 12 }}
              >
                <Select
                  aria-label={t('catalog.basisLaw', { n: index + 1 })}
                  placeholder={t('catalog.lawPlaceholder')}
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={laws.isPending}
                  options={lawOptions}
                  popupMatchSelectWidth={false}
                />
              </Form.Item>
              <Form.Item
                name={[name, 'article']}
                validateFirst
                rules={[
                  { required: true, whitespace: true, message: t('catalog.articleRequired') },
                  {
                    validator: async (_, value: string | undefined) => {
                      if (value && !parseArticleRef(value)) throw new Error(t('catalog.articleFormat'));
                    },
                  },
                ]}
                style={{ width: 200, marginBottom: 12 }}
              >
                <Input
                  aria-label={t('catalog.basisArticle', { n: index + 1 })}
                  placeholder={t('catalog.articlePlaceholder')}
                  autoComplete="off"
                />
              </Form.Item>
              <ArticleLink name={name} />
              <Button
                type="text"
                danger
                icon={<MinusCircleOutlined />}
                aria-label={t('catalog.removeBasis', { n: index + 1 })}
                onClick={() => remove(name)}
              />
            </Flex>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            disabled={fields.length >= MAX_BASES}
            onClick={() => add(withRole ? { role: 'penalty' } : {})}
          >
            {t('catalog.addBasis')}
          </Button>
          <Form.ErrorList errors={errors} />
        </>
      )}
    </Form.List>
  );
}
