// Runs once when a Next server starts, before it serves: a bad configuration stops it with a
// message that names the variable, and the database is opened and migrated up front.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}
