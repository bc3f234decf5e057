import { notFound } from "next/navigation";

// Any address no page matches: the not-found page of its language, inside the layout.
export default function UnknownPage() {
  notFound();
}
