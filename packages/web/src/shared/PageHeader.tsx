import { Flex, Typography } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useT } from '../i18n/language';

/** Page title (also the browser tab title, so several open tabs can be told apart) and page actions. */
export function PageHeader({
  title,
  subTitle,
  extra,
}: {
  title: string;
  subTitle?: ReactNode;
  extra?: ReactNode;
}) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);
  return (
    <Flex justify="space-between" align="flex-start" wrap gap="middle" style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subTitle ? (
          <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
            {subTitle}
          </Typography.Paragraph>
        ) : null}
      </div>
      {extra ? (
        <Flex gap="small" wrap>
          {extra}
        </Flex>
      ) : null}
    </Flex>
  );
}
