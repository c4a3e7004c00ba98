import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';

/** A numbered list of paragraphs (a plan's purposes, its duties): one text area each, added and removed. */
export function ParagraphListField({ name, label, addLabel }: { name: string; label: string; addLabel: string }) {
  return (
    <Form.Item label={label}>
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Space key={field.key} align="start" style={{ display: 'flex', marginBottom: 8 }}>
                <span>{i + 1}.</span>
                <Form.Item name={field.name} noStyle>
                  <Input.TextArea
                    aria-label={`${label} ${i + 1}`}
                    autoSize={{ minRows: 2, maxRows: 8 }}
                    style={{ width: 640, maxWidth: '80vw' }}
                  />
                </Form.Item>
                <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')}>
              {addLabel}
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
