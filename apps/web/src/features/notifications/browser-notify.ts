/** Whether this browser can show desktop notifications at all. */
export const canNotify = () => typeof window !== 'undefined' && 'Notification' in window;

/** Shows a desktop notification when the agent allowed it and is looking elsewhere. */
export function notifyDesktop(title: string, body: string, onClick: () => void): void {
  if (!canNotify() || Notification.permission !== 'granted' || !document.hidden) return;
  const n = new Notification(title, { body, tag: 'kontakt' });
  n.onclick = () => {
    window.focus();
    onClick();
    n.close();
  };
}
