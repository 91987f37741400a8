// What a single-page app does with netwise, start to finish; `tsc --strict` checks it against the contract.
import { beginSignIn, createNetwise, finishSignIn, type Problem } from "../src/index";

const API = "http://127.0.0.1:8000";
const app = { clientId: "app_0123456789abcdef01234567", redirectUri: "http://127.0.0.1:5173/signed-in" };
let accessToken: string | null = null;

export async function signIn(email: string): Promise<void> {
  const start = await beginSignIn(API, { ...app, loginHint: email });
  sessionStorage.setItem("netwise-sign-in", JSON.stringify(start));
  location.assign(start.url); // the organisation's provider, then back to app.redirectUri
}

export async function signedIn(): Promise<void> {
  const start = JSON.parse(sessionStorage.getItem("netwise-sign-in") ?? "null");
  const tokens = await finishSignIn(API, location.href, start, app);
  accessToken = tokens.access_token;
}

const netwise = createNetwise(API, () => accessToken);

export async function screen(): Promise<void> {
  const me = await netwise.GET("/identity/v1/me");
  if (!me.data) throw new Error("not signed in");
  console.log(`hello ${me.data.name} (${me.data.roles.join(", ")})`);

  // A page of a list; the next one by its cursor.
  const page = await netwise.GET("/identity/v1/people", { params: { query: { limit: 20 } } });
  for (const person of page.data?.items ?? []) console.log(person.email, person.job_function);
  if (page.data?.next_cursor) {
    await netwise.GET("/identity/v1/people", { params: { query: { limit: 20, cursor: page.data.next_cursor } } });
  }

  // A write that a flaky network may repeat: the same Idempotency-Key makes the retry harmless.
  const key = crypto.randomUUID();
  const entry = await netwise.POST("/analytics/v1/time-entries", {
    params: { header: { "Idempotency-Key": key } },
    body: { date: "2026-12-03", minutes: 25, channel: "linkedin", activity: "content_creation", note: "launch post" },
  });
  if (entry.data) console.log(`recorded ${entry.data.minutes} min`, entry.response.headers.get("Location"));

  // An update that must not overwrite someone else's: If-Match with the ETag read.
  const etag = me.response.headers.get("ETag") ?? "";
  const updated = await netwise.PATCH("/identity/v1/people/{person_id}", {
    params: { path: { person_id: me.data.id }, header: { "If-Match": etag } },
    body: { locale: "sv-SE" },
  });
  if (updated.response.status === 412) console.log("changed meanwhile: read it again");

  // A problem (RFC 9457): what went wrong, and which field.
  const refused = await netwise.POST("/analytics/v1/time-entries", { body: { date: "2026-12-03", minutes: -5 } });
  if (refused.error) {
    const problem: Problem = refused.error;
    for (const field of problem.errors ?? []) console.log(`${field.field}: ${field.message}`);
  }
}
