import { ID_DOCUMENT_ADVICE } from "../advice";

export function IdDocumentAdvice({ company }: { company: string }) {
  return (
    <section className="notice warn stack" aria-labelledby="id-document">
      <h2 id="id-document">{company} asks for a copy of an ID document</h2>
      <p>{ID_DOCUMENT_ADVICE.law}</p>
      <p>{ID_DOCUMENT_ADVICE.redact.replace("[company]", company)}</p>
    </section>
  );
}
