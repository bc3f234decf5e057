import { recordedAtText } from "../../evidence-blocks";
import { DeleteNoteButton } from "./delete-note-button";
import { NoteForm } from "./note-form";
import styles from "./request.module.css";

export function Notes({ requestId, notes }: { requestId: string; notes: { id: string; body: string; createdAt: Date }[] }) {
  return (
    <div className="stack">
      {notes.length > 0 ? (
        <ul className={styles.notes}>
          {notes.map((note) => (
            <li key={note.id} className="card stack">
              <p className="small muted">{recordedAtText(note.createdAt)}</p>
              <p>{note.body}</p>
              <p><DeleteNoteButton requestId={requestId} noteId={note.id} /></p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No notes yet.</p>
      )}
      <NoteForm requestId={requestId} />
    </div>
  );
}
