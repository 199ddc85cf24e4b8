import { useEffect, useRef } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

export interface Outcome {
  intent: 'success' | 'warning' | 'error' | 'info';
  title?: string;
  lines: string[];
}

/**
 * The result of an action, announced to screen readers as it appears: MessageBar announces its text when it
 * mounts, so a new text mounts a new bar (the key), and errors interrupt while other results wait their turn.
 */
export function ResultMessage({ outcome }: { outcome: Outcome }) {
  const text = [outcome.intent, outcome.title, ...outcome.lines].join('\n');
  const bar = useRef<HTMLDivElement>(null);
  // Where the action took its control away (a form replaced by the next one), focus would fall to the page;
  // the result is then the sensible place for it. A user who is elsewhere keeps their focus.
  useEffect(() => {
    const focused = bar.current?.ownerDocument.activeElement;
    if (!focused || focused === bar.current?.ownerDocument.body) bar.current?.focus();
  }, [text]);
  return (
    <MessageBar
      key={text}
      ref={bar}
      tabIndex={-1}
      intent={outcome.intent}
      politeness={outcome.intent === 'error' ? 'assertive' : 'polite'}
      layout="multiline"
    >
      <MessageBarBody>
        {outcome.title && <MessageBarTitle>{outcome.title}</MessageBarTitle>}
        {outcome.lines.map((line) => (
          <div key={line}>{line}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
