import { Button, Field, ProgressBar } from '@fluentui/react-components';

/** A panel's main action, with visible progress while it runs; a form submits through it when `onRun` is absent. */
export function RunButton({
  label,
  busyLabel,
  busy,
  onRun,
}: {
  label: string;
  busyLabel: string;
  busy: boolean;
  onRun?: () => void;
}) {
  return (
    <>
      {/* disabledFocusable: a focused button that is disabled drops focus to the page; this keeps it in place. */}
      <Button appearance="primary" type={onRun ? 'button' : 'submit'} onClick={onRun} disabledFocusable={busy}>
        {label}
      </Button>
      {busy && (
        <Field validationMessage={busyLabel} validationState="none">
          <ProgressBar />
        </Field>
      )}
    </>
  );
}
