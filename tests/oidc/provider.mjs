// An organisation's OpenID provider for the sign-in tests: panva's oidc-provider, certified by the OpenID
// Foundation, with one change: its login and consent pages are skipped. The account that signs in is the
// `login_hint` the relying party sent (netwise passes its own on), and consent is given for what was asked.
//
//   PORT=9000 CLIENTS='[{"client_id": …}]' ACCOUNTS='{"sub": {"email": …}}' node provider.mjs
//
// Prints "listening <issuer>" once it serves.
import http from 'node:http';
import Provider from 'oidc-provider';

const port = Number(process.env.PORT);
const issuer = `http://127.0.0.1:${port}`;
const accounts = JSON.parse(process.env.ACCOUNTS);

const provider = new Provider(issuer, {
  clients: JSON.parse(process.env.CLIENTS),
  findAccount: async (ctx, id) => (accounts[id]
    ? { accountId: id, claims: async () => ({ sub: id, ...accounts[id] }) }
    : undefined),
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
  scopes: ['openid', 'email', 'profile', 'groups'],
  // As Entra ID and Google do: the ID token carries the claims asked for, not only `sub`.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: false } },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['netwise-test-provider'] },
});

async function interact(req, res) {
  const { prompt, params, session, grantId } = await provider.interactionDetails(req, res);
  if (prompt.name === 'login') {
    if (!accounts[params.login_hint]) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end(`no account ${params.login_hint}`);
      return;
    }
    await provider.interactionFinished(req, res, { login: { accountId: params.login_hint } },
      { mergeWithLastSubmission: false });
    return;
  }
  const grant = grantId ? await provider.Grant.find(grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  grant.addOIDCScope(params.scope);
  await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } },
    { mergeWithLastSubmission: true });
}

const callback = provider.callback();
http.createServer((req, res) => {
  if (req.url.startsWith('/interaction/')) {
    interact(req, res).catch((err) => res.writeHead(500).end(String(err)));
  } else {
    callback(req, res);
  }
}).listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));
