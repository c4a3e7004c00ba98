import { Alert } from 'antd';

/** What went wrong with a form as a whole (field problems show next to their fields), or nothing. */
export function FormError({ message }: { message: string | null }) {
  return message ? <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} /> : null;
}
