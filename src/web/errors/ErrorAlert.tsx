import { Alert } from 'antd';
import { ApiError } from '../api/apiClient';

/** A failed request as the server explained it: its message, and each detail it named. */
export function ErrorAlert({ error }: { error: Error | null }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert
      type="error"
      showIcon
      style={{ margin: '16px 0' }}
      title={error.message}
      description={details.length ? details.map((d) => <div key={d.path + d.code}>{d.message}</div>) : undefined}
    />
  );
}
