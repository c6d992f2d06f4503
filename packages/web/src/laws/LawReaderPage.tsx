import { ArrowLeftOutlined, LinkOutlined } from '@ant-design/icons';
import {
  Alert,
  Anchor,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Input,
  Row,
  Skeleton,
  Tooltip,
  Typography,
  theme,
} from 'antd';
import { Fragment, useEffect, useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useT } from '../i18n/language';
import { ErrorResult } from '../shared/ErrorResult';
import { formatDate } from '../shared/format';
import { PageHeader } from '../shared/PageHeader';
import { Highlighted } from './Highlighted';
import { termRanges } from './highlight';
import { articleAnchor, articleHref, type LawArticle, useLaw } from './laws-api';
import { headingAnchor, headingsBefore, type OutlineNode, outlineTree } from './outline';

interface AnchorItem {
  key: string;
  href: string;
  title: string;
  children?: AnchorItem[];
}

const toAnchorItems = (nodes: OutlineNode[]): AnchorItem[] =>
  nodes.map((n) => ({
    key: n.key,
    href: n.href,
    title: n.title,
    ...(n.children.length > 0 ? { children: toAnchorItems(n.children) } : {}),
  }));

// An article's first paragraph runs on after its label; the others start on a new, indented line.
const FIRST_PARAGRAPH = { display: 'inline' } as const;
const NEXT_PARAGRAPH = { display: 'block', textIndent: '2em' } as const;

/** One statute: its outline on the left, every article on the right; ?article=27 opens at that article. */
export function LawReaderPage() {
  const t = useT();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { lawId } = useParams();
  const [params] = useSearchParams();
  const law = useLaw(lawId);
  const q = params.get('q') ?? '';
  const targetNumber = Number(params.get('article'));
  const targetSuffix = params.get('suffix') ?? '';
  const hasTarget = Number.isInteger(targetNumber) && targetNumber > 0;

  const articles = law.data?.articles ?? [];
  const toc = law.data?.toc ?? [];
  const outline = useMemo(() => toAnchorItems(outlineTree(toc)), [toc]);
  const headings = useMemo(() => headingsBefore(articles, toc), [articles, toc]);
  const target = hasTarget
    ? articles.find((a) => a.number === targetNumber && a.suffix === targetSuffix)
    : undefined;

  // Opens at the linked article once the text is there (and again when another article is linked).
  useEffect(() => {
    if (!target) return;
    document.getElementById(articleAnchor(target.number, target.suffix))?.scrollIntoView({ block: 'start' });
  }, [target]);

  if (law.isPending) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 12 }} />
      </Card>
    );
  }
  if (law.isError) return <ErrorResult error={law.error} onRetry={() => void law.refetch()} />;
  const data = law.data;

  const copyLink = async (a: LawArticle) => {
    const url = `${window.location.origin}/console${articleHref(data.id, a.number, a.suffix)}`;
    try {
      await navigator.clipboard.writeText(url);
      message.success(t('laws.linkCopied', { label: a.label }));
    } catch {
      message.info(url);
    }
  };

  return (
    <>
      <PageHeader
        title={data.title}
        subTitle={t('laws.readerSubtitle', {
          count: data.articleCount,
          date: formatDate(data.effectiveDate),
        })}
        extra={
          <>
            <Input.Search
              aria-label={t('laws.searchInLaw')}
              placeholder={t('laws.searchInLaw')}
              allowClear
              maxLength={100}
              enterButton={t('common.search')}
              onSearch={(value) => {
                const v = value.trim();
                if (v) navigate(`/laws?${new URLSearchParams({ q: v, lawId: data.id }).toString()}`);
              }}
              style={{ width: 300 }}
            />
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/laws')}>
              {t('laws.backToList')}
            </Button>
          </>
        }
      />
      {hasTarget && !target ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('laws.articleMissing', { article: `${targetNumber}${targetSuffix}` })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={7} xxl={6}>
          <Card
            title={t('laws.outline')}
            size="small"
            style={{ position: 'sticky', top: 16 }}
            styles={{ body: { maxHeight: 'calc(100vh - 120px)', overflowY: 'auto' } }}
          >
            {data.versionNotes.length > 0 ? (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
                {data.versionNotes.map((n) => (
                  <span key={n} style={{ display: 'block' }}>
                    {n}
                  </span>
                ))}
              </Typography.Paragraph>
            ) : null}
            {outline.length > 0 ? (
              <nav aria-label={t('laws.outline')}>
                <Anchor items={outline} replace offsetTop={16} affix={false} />
              </nav>
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('laws.noOutline')} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={17} xxl={18}>
          <Card>
            {articles.map((a, i) => {
              const isTarget = a === target;
              return (
                <Fragment key={`${a.number}${a.suffix}`}>
                  {(headings.get(i) ?? []).map(({ index, entry }) => (
                    <Typography.Title
                      key={index}
                      id={headingAnchor(index)}
                      level={entry.level === 0 ? 4 : 5}
                      style={{ textAlign: 'center', marginTop: 24, scrollMarginTop: 16 }}
                    >
                      {entry.title}
                    </Typography.Title>
                  ))}
                  <section
                    id={articleAnchor(a.number, a.suffix)}
                    aria-label={a.label}
                    style={{
                      padding: '8px 12px',
                      margin: '0 -12px',
                      borderRadius: token.borderRadius,
                      scrollMarginTop: 16,
                      background: isTarget ? token.colorPrimaryBg : undefined,
                      borderInlineStart: `3px solid ${isTarget ? token.colorPrimary : 'transparent'}`,
                    }}
                  >
                    <Flex justify="space-between" align="flex-start" gap="small">
                      <div style={{ lineHeight: 1.9 }}>
                        <Typography.Text strong style={{ marginInlineEnd: 8 }}>
                          {a.label}
                        </Typography.Text>
                        {a.text.split('\n').map((para, p) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a fixed text
                          <span key={p} style={p === 0 ? FIRST_PARAGRAPH : NEXT_PARAGRAPH}>
                            <Highlighted text={para} ranges={q ? termRanges(para, q) : []} />
                          </span>
                        ))}
                      </div>
                      <Tooltip title={t('laws.copyLink')}>
                        <Button
                          type="text"
                          size="small"
                          icon={<LinkOutlined />}
                          aria-label={t('laws.copyLinkTo', { label: a.label })}
                          onClick={() => void copyLink(a)}
                        />
                      </Tooltip>
                    </Flex>
                  </section>
                </Fragment>
              );
            })}
          </Card>
        </Col>
      </Row>
    </>
  );
}
