import { PDFArray, PDFName, PDFNumber, PDFOperator, PDFOperatorNames, type PDFDocument, type PDFPage, type PDFRef } from "pdf-lib";

type Role = "P" | "H2";

/**
 * A tagged PDF: every drawn line is marked content belonging to a structure element (a
 * paragraph, or a heading for bold lines), in reading order under one Document element; page
 * numbers are artifacts a screen reader skips. With the catalogue's title and language, assistive
 * technology reads the letter in its own language instead of guessing from glyphs.
 */
export class PdfTagger {
  private readonly elements: { role: Role; page: PDFRef; mcid: number }[] = [];
  private readonly perPage = new Map<PDFRef, number>();
  private readonly pages: PDFRef[] = [];

  constructor(private readonly doc: PDFDocument) {}

  tagged(page: PDFPage, role: Role, draw: () => void): void {
    const mcid = this.perPage.get(page.ref) ?? 0;
    if (mcid === 0) this.pages.push(page.ref);
    this.perPage.set(page.ref, mcid + 1);
    page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [
        PDFName.of(role), // BDC takes a property dictionary; pdf-lib writes one correctly but its operator type omits it.
        this.doc.context.obj({ MCID: mcid }) as unknown as PDFName,
      ]),
    );
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
    this.elements.push({ role, page: page.ref, mcid });
  }

  artifact(page: PDFPage, draw: () => void): void {
    page.pushOperators(PDFOperator.of(PDFOperatorNames.BeginMarkedContent, [PDFName.of("Artifact")]));
    draw();
    page.pushOperators(PDFOperator.of(PDFOperatorNames.EndMarkedContent));
  }

  /** Writes the structure tree and marks the document as tagged; call once, after drawing. */
  finish({ title, language }: { title: string; language: string }): void {
    const { context, catalog } = this.doc;
    const rootRef = context.nextRef();
    const documentRef = context.nextRef();
    const refs = this.elements.map(({ role, page, mcid }) => context.register(context.obj({ Type: "StructElem", S: role, P: documentRef, Pg: page, K: mcid })));
    context.assign(documentRef, context.obj({ Type: "StructElem", S: "Document", P: rootRef, K: refs }));
    const nums = PDFArray.withContext(context);
    this.pages.forEach((pageRef, index) => {
      const onPage = this.elements.flatMap((element, i) => (element.page === pageRef ? [refs[i] as PDFRef] : []));
      nums.push(PDFNumber.of(index));
      nums.push(context.obj(onPage));
      this.doc
        .getPages()
        .find((p) => p.ref === pageRef)
        ?.node.set(PDFName.of("StructParents"), PDFNumber.of(index));
    });
    context.assign(
      rootRef,
      context.obj({ Type: "StructTreeRoot", K: documentRef, ParentTree: context.obj({ Nums: nums }), ParentTreeNextKey: this.pages.length }),
    );
    catalog.set(PDFName.of("StructTreeRoot"), rootRef);
    catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
    this.doc.setTitle(title, { showInWindowTitleBar: true });
    this.doc.setLanguage(language);
  }
}
