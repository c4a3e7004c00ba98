import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Spin } from 'antd';
import type { ReactNode } from 'react';

/** A record's page once its query has an answer: the error, a spinner meanwhile, then the page. */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  if (query.error) return <Alert type="error" showIcon title={query.error.message} />;
  if (query.data === undefined) return <Spin />;
  return <>{children(query.data)}</>;
}

/** A form page for a new record (no id) or an existing one (loaded first). */
export function NewOrLoaded<T>(props: {
  id: string | undefined;
  query: UseQueryResult<T>;
  children: (record: T | null) => ReactNode;
}) {
  if (!props.id) return <>{props.children(null)}</>;
  return <Loaded query={props.query}>{(record) => props.children(record)}</Loaded>;
}
