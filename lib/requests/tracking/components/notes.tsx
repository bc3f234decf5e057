import { useTranslations } from "next-intl";
import { recordedAtText } from "../../evidence-blocks";
import { DeleteNoteButton } from "./delete-note-button";
import { NoteForm } from "./note-form";
import styles from "./request.module.css";

export function Notes({ requestId, notes }: { requestId: string; notes: { id: string; body: string; createdAt: Date }[] }) {
  const t = useTranslations("tracking.notes");
  return (
    <div className="stack">
      {notes.length > 0 ? (
        <ul className={styles.notes}>
          {notes.map((note) => (
            <li key={note.id} className="card stack">
              <p className="small muted">{recordedAtText(note.createdAt)}</p>
              <p>{note.body}</p>
              <p>
                <DeleteNoteButton requestId={requestId} noteId={note.id} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t("none")}</p>
      )}
      <NoteForm requestId={requestId} />
    </div>
  );
}
