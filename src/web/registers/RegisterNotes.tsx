import { UploadOutlined } from '@ant-design/icons';
import { Button, Col, DatePicker, Form, Input, List, Row, Typography, Upload } from 'antd';
import { noteInputSchema } from '../../domain/registers/registerSchemas';
import type { RegisterSpec } from '../../domain/registers/registerSpec';
import { ErrorAlert } from '../errors/ErrorAlert';
import { checkForm } from '../forms/checkForm';
import { dateField, formatDate } from '../forms/dateField';
import { useLanguage } from '../i18n/LanguageProvider';
import { useRegisterMutations, useRegisterNotes } from './useRegister';

/** A record's dated notes (follow-up of an agreement, a delegation's report…) and its documents. */
export function RegisterNotes({ spec, id, mayWrite }: { spec: RegisterSpec; id: string; mayWrite: boolean }) {
  const { t, language } = useLanguage();
  const attached = useRegisterNotes(spec, id);
  const { addNote, addFile } = useRegisterMutations(spec, id);
  const [form] = Form.useForm();
  const submit = (values: Record<string, unknown>) => {
    const note = checkForm(noteInputSchema, values, form, language);
    if (note) addNote.mutate(note, { onSuccess: () => form.resetFields() });
  };
  const upload = (file: File) => {
    const body = new FormData();
    body.append('file', file);
    addFile.mutate(body);
    return false;
  };
  return (
    <Row gutter={24}>
      <Col xs={24} lg={14}>
        <Typography.Title level={5}>{t('registerNotes')}</Typography.Title>
        {mayWrite && (
          <Form form={form} layout="vertical" onFinish={submit}>
            <Row gutter={8}>
              <Col span={8}>
                <Form.Item name="notedOn" label={t('registerNoteDate')} {...dateField} required>
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item name="title" label={t('registerNoteTitle')} required>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="content" label={t('registerNoteContent')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Button htmlType="submit" loading={addNote.isPending}>
              {t('registerAddNote')}
            </Button>
            <ErrorAlert error={addNote.error} />
          </Form>
        )}
        <List
          size="small"
          loading={attached.isPending}
          dataSource={attached.data?.notes}
          locale={{ emptyText: t('registerNoNotes') }}
          renderItem={(note) => (
            <List.Item data-testid="register-note">
              <List.Item.Meta
                title={`${formatDate(note.notedOn)} — ${note.title}`}
                description={[note.content, note.createdBy].filter(Boolean).join(' · ')}
              />
            </List.Item>
          )}
        />
      </Col>
      <Col xs={24} lg={10}>
        <Typography.Title level={5}>{t('registerFiles')}</Typography.Title>
        <List
          size="small"
          dataSource={attached.data?.files}
          locale={{ emptyText: t('registerNoFiles') }}
          renderItem={(file) => (
            <List.Item>
              <a href={`/api/${spec.key}/${id}/files/${file.id}`}>{file.fileName}</a>
              <span>
                {(file.size / 1024).toFixed(0)} KB · {new Date(file.uploadedAt).toLocaleString(language)}
              </span>
            </List.Item>
          )}
        />
        {mayWrite && (
          <Upload showUploadList={false} beforeUpload={upload} disabled={addFile.isPending}>
            <Button icon={<UploadOutlined />} loading={addFile.isPending} style={{ marginTop: 12 }}>
              {t('registerUpload')}
            </Button>
          </Upload>
        )}
        <ErrorAlert error={addFile.error} />
      </Col>
    </Row>
  );
}
