import dayjs, { type Dayjs } from 'dayjs';

/**
 * Form.Item props for a date kept in the form as the API has it ('YYYY-MM-DD', or null) while a
 * DatePicker shows it: `<Form.Item name="foundedOn" {...dateField}><DatePicker format="DD/MM/YYYY" /></Form.Item>`.
 */
export const dateField = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};

/** A date of the API ('YYYY-MM-DD') as Vietnamese write it (dd/mm/yyyy), '—' for none. */
export const formatDate = (value: string | null | undefined) => (value ? dayjs(value).format('DD/MM/YYYY') : '—');
