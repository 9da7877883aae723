import { Form, type FormProps } from 'antd';
import { useEffect, type ReactNode } from 'react';

/** Unset, cleared (null) and switched-off (false) filters all mean: do not filter. */
function applied<F extends object>(changed: Partial<F>): Partial<F> {
  return Object.fromEntries(
    Object.entries(changed).map(([key, value]) => [
      key,
      value === null || value === false || value === '' ? undefined : value,
    ]),
  ) as Partial<F>;
}

/**
 * The inline filter form above a list: shows the filters of the address (also after back or a
 * reset) and applies every change at once, from page 1.
 */
export function FilterForm<F extends object>({
  filters,
  onChange,
  name,
  skip = [],
  children,
  ...props
}: Omit<FormProps<F>, 'form' | 'onValuesChange' | 'onChange' | 'layout'> & {
  filters: F;
  onChange: (changed: Partial<F>) => void;
  name: string;
  /** fields applied some other way (a search on Enter) */
  skip?: (keyof F)[];
  children: ReactNode;
}) {
  const [form] = Form.useForm<F>();
  useEffect(() => {
    form.setFields(
      Object.entries(filters).map(([field, value]: [string, unknown]) => ({
        name: field as never,
        value,
      })),
    );
  }, [form, filters]);
  return (
    <Form<F>
      {...props}
      form={form}
      layout="inline"
      name={name}
      onValuesChange={(changed: Partial<F>) => {
        const rest = Object.fromEntries(
          Object.entries(changed).filter(([key]) => !skip.includes(key as keyof F)),
        ) as Partial<F>;
        if (Object.keys(rest).length) onChange(applied(rest));
      }}
    >
      {children}
    </Form>
  );
}
