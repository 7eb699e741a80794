// Says, where a structure's changes are marked, that they are being worked out (comparing large
// structures takes a moment, in the background). Always in the page, empty when there is nothing
// to say, so screen readers hear the work start and end.
import './chartStatus.css';

export function ChangesWorking({ working }: { working: boolean }) {
  return (
    <span role="status" className="changes-working">
      {working ? 'Working out the changes…' : ''}
    </span>
  );
}
