/**
 * What an action just did, read out by screen readers: a quiet status line, or an alert when it failed. Forms and
 * action bars keep the last `Message` in state and render it with this.
 */
export type Message = Readonly<{ text: string; error?: boolean }>;

export function StatusMessage({ message }: Readonly<{ message: Message | undefined }>) {
  if (!message) return null;
  return (
    <p role={message.error ? 'alert' : 'status'} className={message.error ? 'field-error' : 'small muted'}>
      {message.text}
    </p>
  );
}
