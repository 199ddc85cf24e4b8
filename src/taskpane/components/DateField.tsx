import { Field, Input } from '@fluentui/react-components';
import { useNarrowStyles } from './narrowStyles';

/** A date picked or typed as YYYY-MM-DD, as wide as its column and no wider. */
export function DateField({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
}) {
  const styles = useNarrowStyles();
  return (
    <Field className={styles.field} label={label} validationMessage={error} hint={hint}>
      <Input className={styles.input} type="date" value={value} onChange={(_, data) => onChange(data.value)} />
    </Field>
  );
}
