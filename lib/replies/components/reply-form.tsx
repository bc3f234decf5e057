// The upload form: a plain multipart POST to a route handler, so it works without JavaScript and
// is not bound by the 1 MB limit of server actions.
export function ReplyForm({ requestId, maxText }: { requestId: string; maxText: string }) {
  return (
    <form method="post" action={`/requests/${encodeURIComponent(requestId)}/replies`} encType="multipart/form-data" className="card stack">
      <h3>Add a reply</h3>
      <div className="field">
        <label htmlFor="reply-message">The reply as an email file (.eml or .msg)</label>
        <input
          id="reply-message"
          name="message"
          type="file"
          accept=".eml,.msg,message/rfc822,application/vnd.ms-outlook"
          aria-describedby="reply-message-hint"
        />
        <span id="reply-message-hint" className="hint">
          In most mail programs: open the reply, then “Save as” or “Download message”. Its attachments come with it.
        </span>
      </div>
      <div className="field">
        <label htmlFor="reply-text">Or paste the reply’s text</label>
        <textarea id="reply-text" name="text" rows={6} />
      </div>
      <div className="field">
        <label htmlFor="reply-files">Files the company sent (zip, JSON, CSV, PDF, images)</label>
        <input id="reply-files" name="files" type="file" multiple aria-describedby="reply-files-hint" />
        <span id="reply-files-hint" className="hint">
          {maxText}. Archives are listed, never opened.
        </span>
      </div>
      <p>
        <button type="submit">Add the reply</button>
      </p>
    </form>
  );
}
