/**
 * Runs `show` once the page is seen: at once when it is visible, otherwise when it next becomes visible (a
 * desktop window hidden in the tray has a hidden page). A notice shown in a hidden page would go away
 * before anyone saw it. Returns a function that cancels the wait.
 */
export function whenPageIsSeen(show: () => void, doc: Document = document): () => void {
  if (doc.visibilityState === 'visible') {
    show();
    return () => undefined;
  }
  const onChange = () => {
    if (doc.visibilityState !== 'visible') return;
    doc.removeEventListener('visibilitychange', onChange);
    show();
  };
  doc.addEventListener('visibilitychange', onChange);
  return () => doc.removeEventListener('visibilitychange', onChange);
}
