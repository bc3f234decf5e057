export type PolicyFormat = "text" | "markdown" | "html";

export const MAX_POLICY_BYTES = 2 * 1024 * 1024;
/** Facts proposed from one policy at most (a real one has dozens), and facts a save may carry. */
export const MAX_PROPOSALS = 2_000;

const EXTENSIONS: Record<string, PolicyFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
};

export function formatFromFilename(filename: string): PolicyFormat | null {
  const dot = filename.lastIndexOf(".");
  if (dot === -1) return null;
  return EXTENSIONS[filename.slice(dot).toLowerCase()] ?? null;
}
