import { redFlagById } from '@shared/taxonomy';
import { EMERGENCY_ACTION, type RedFlagId } from '@shared/taxonomy/redFlags';
import { Dialog } from '../../components/Dialog';
import { RedFlagAdvice } from '../../components/RedFlagAdvice';

interface FlagNoticeProps {
  flags: readonly RedFlagId[];
  onClose: () => void;
}

/**
 * The notice after saving an episode with warning signs. A sign that needs help now gets an urgent
 * alert that says what to do first; signs worth getting checked stay calm beneath it or on their own.
 */
export function FlagNotice({ flags, onClose }: FlagNoticeProps) {
  const urgent = flags.filter((id) => redFlagById(id).urgency === 'emergency');
  const routine = flags.filter((id) => redFlagById(id).urgency !== 'emergency');
  const footer = (
    <>
      <p className="muted">This stays on the episode in your history and will be listed in your report.</p>
      <div className="dialog-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          I understand
        </button>
      </div>
    </>
  );
  if (urgent.length === 0) {
    return (
      <Dialog title="Please take note" onClose={onClose} className="flag-notice">
        <p>You noted signs with this episode that are worth getting checked.</p>
        <RedFlagAdvice flags={routine} heading="What to do" />
        {footer}
      </Dialog>
    );
  }
  return (
    <Dialog title="Get help now" role="alertdialog" onClose={onClose} className="flag-notice flag-urgent">
      <p className="urgent-action">
        <span className="urgent-icon" aria-hidden="true">
          !
        </span>
        <strong>{EMERGENCY_ACTION}</strong>
      </p>
      <RedFlagAdvice flags={urgent} heading="The signs you noted" />
      {routine.length > 0 && <RedFlagAdvice flags={routine} heading="Also worth getting checked" />}
      {footer}
    </Dialog>
  );
}
