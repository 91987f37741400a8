// The netwise API, typed: `paths` and `components` are generated from openapi/gateway.json (`netwise openapi`
// regenerates src/schema.d.ts); calls go through openapi-fetch, so a wrong path, parameter or body is a type error.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./schema";

export type { components, paths };
export type Problem = components["schemas"]["identity.ProblemDetail"];  // every service answers errors in this shape

/** A client of the gateway at `baseUrl`; `token()` gives the current access token (or null before sign-in). */
export function createNetwise(baseUrl: string, token: () => string | null | Promise<string | null>) {
  const client = createClient<paths>({ baseUrl });
  const bearer: Middleware = {
    async onRequest({ request }) {
      const value = await token();
      if (value) request.headers.set("Authorization", `Bearer ${value}`);
      return request;
    },
  };
  client.use(bearer);
  return client;
}

export interface SignInStart {
  url: string;
  verifier: string; // keep it (sessionStorage) until the app is back at its redirect URI
  state: string;
}

/** The URL that signs a person in through their organisation's provider (authorization code + PKCE S256). */
export async function beginSignIn(baseUrl: string, options: {
  clientId: string; redirectUri: string; org?: string; loginHint?: string;
}): Promise<SignInStart> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(48)));
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  const state = base64url(crypto.getRandomValues(new Uint8Array(16)));
  const params = new URLSearchParams({
    response_type: "code", client_id: options.clientId, redirect_uri: options.redirectUri, state,
    code_challenge: base64url(new Uint8Array(digest)), code_challenge_method: "S256",
  });
  if (options.org) params.set("org", options.org);
  if (options.loginHint) params.set("login_hint", options.loginHint);
  return { url: `${baseUrl}/identity/v1/oauth/authorize?${params}`, verifier, state };
}

export interface SignedIn {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
}

/** Back at the redirect URI: the code for tokens; throws the OAuth error the server (or the provider) gave. */
export async function finishSignIn(baseUrl: string, callbackUrl: string, start: SignInStart, options: {
  clientId: string; redirectUri: string;
}): Promise<SignedIn> {
  const back = new URL(callbackUrl).searchParams;
  if (back.get("state") !== start.state) throw new Error("the sign-in came back with another state");
  const code = back.get("code");
  if (!code) throw new Error(`${back.get("error")}: ${back.get("error_description")}`);
  return tokenRequest(baseUrl, {
    grant_type: "authorization_code", code, redirect_uri: options.redirectUri, client_id: options.clientId,
    code_verifier: start.verifier,
  });
}

/** A new pair from the refresh token; the one sent is spent (send it again and the sign-in is revoked). */
export function refresh(baseUrl: string, refreshToken: string, clientId: string): Promise<SignedIn> {
  return tokenRequest(baseUrl, { grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId });
}

async function tokenRequest(baseUrl: string, form: Record<string, string>): Promise<SignedIn> {
  const response = await fetch(`${baseUrl}/identity/v1/oauth/token`, {
    method: "POST", body: new URLSearchParams(form),
  });
  const body: unknown = await response.json();
  if (!response.ok) {
    const error = body as { error?: string; error_description?: string };
    throw new Error(`${error.error}: ${error.error_description}`);
  }
  return body as SignedIn;
}

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
