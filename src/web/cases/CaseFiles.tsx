import { UploadOutlined } from '@ant-design/icons';
import { Button, List, Upload } from 'antd';
import type { CaseDetail } from '../../domain/cases/caseSchemas';
import { ErrorAlert } from '../errors/ErrorAlert';
import { useLanguage } from '../i18n/LanguageProvider';
import { useCaseMutations } from './useCases';

/** A case's files: each download is audited by the server. */
export function CaseFiles({ theCase }: { theCase: CaseDetail }) {
  const { t, language } = useLanguage();
  const { upload } = useCaseMutations(theCase.id);
  const send = (file: File) => {
    const form = new FormData();
    form.append('file', file);
    upload.mutate(form);
    return false;
  };
  return (
    <>
      <List
        size="small"
        dataSource={theCase.attachments}
        locale={{ emptyText: t('caseNoFiles') }}
        renderItem={(a) => (
          <List.Item>
            <a href={`/api/cases/${theCase.id}/attachments/${a.id}`}>{a.fileName}</a>
            <span>
              {(a.size / 1024).toFixed(0)} KB · {a.uploadedBy ?? ''} · {new Date(a.uploadedAt).toLocaleString(language)}
            </span>
          </List.Item>
        )}
      />
      <Upload showUploadList={false} beforeUpload={send} disabled={upload.isPending}>
        <Button icon={<UploadOutlined />} loading={upload.isPending} style={{ marginTop: 12 }}>
          {t('caseUpload')}
        </Button>
      </Upload>
      <ErrorAlert error={upload.error} />
    </>
  );
}
