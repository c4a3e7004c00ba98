import { Collapse, Typography } from 'antd';

/** A plan's numbered section (purposes, duties), folded under its title. */
export function NumberedParagraphs({ title, items }: { title: string; items: readonly string[] }) {
  if (!items.length) return null;
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 16 }}
      items={[
        {
          key: title,
          label: `${title} (${items.length})`,
          children: items.map((item, i) => (
            <Typography.Paragraph key={i}>
              {i + 1}. {item}
            </Typography.Paragraph>
          )),
        },
      ]}
    />
  );
}
