import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  lines: string[];
}

/** The result of an action, announced to screen readers as it appears. */
export function ResultMessage({ outcome }: { outcome: Outcome }) {
  return (
    <MessageBar intent={outcome.intent} role={outcome.intent === 'error' ? 'alert' : 'status'} layout="multiline">
      <MessageBarBody>
        {outcome.title && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
        {outcome.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
