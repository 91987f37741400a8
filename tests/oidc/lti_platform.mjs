// An LMS's side of LTI Dynamic Registration (LTI DR 1.0), which is OpenID Connect Dynamic Client Registration
// (RFC 7591) with LTI's metadata: panva's oidc-provider serves the LMS's OpenID configuration (its own discovery
// document, plus the LTI platform configuration of DR §3.4), its registration endpoint (DR §3.5, §3.6) and its
// keys. lti1p3platform, in the tests, launches with what oidc-provider registered and signs with the same key.
//
//   PORT=9001 PLATFORM_JWK='{"kty": "RSA", "kid": …, "d": …}' [ISSUER=https://lms.example] node lti_platform.mjs
//
// ISSUER: the name the LMS gives itself, if not its own address. Two routes of the LMS's admin side, not part of
// any protocol, let the tests act as its admin: POST /lms/registration-tokens starts a registration (the token
// the LMS hands the tool), GET /lms/tools lists the tools registered (their client read URL and access token).
// Prints "listening <issuer>" once it serves.
import http from 'node:http';
import Provider, { errors } from 'oidc-provider';

const TOOL_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-tool-configuration';
const PLATFORM_CONFIGURATION = 'https://purl.imsglobal.org/spec/lti-platform-configuration';
// What an LMS grants tools: Assignment and Grade Services and Names and Role Provisioning Services.
const SERVICE_SCOPES = [
  'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem',
  'https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly',
  'https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly',
  'https://purl.imsglobal.org/spec/lti-ags/scope/score',
  'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly',
];
const TOKEN_SECONDS = 3600; // a registration token is short-lived (DR §3.3), and spent by the registration

const port = Number(process.env.PORT);
const issuer = process.env.ISSUER || `http://127.0.0.1:${port}`;
let deployments = 0;
const tools = [];

function refuse(message) {
  throw new errors.InvalidClientMetadata(message);
}

// What DR §3.5 asks of a tool beyond what oidc-provider checks itself: redirect_uris for an id_token client, https
// for initiate_login_uri and implicit redirect_uris, keys for private_key_jwt, and (as configured below) the
// id_token response type, private_key_jwt, and grant types and scopes the LMS offers.
function checkTool(ctx, key, value, metadata) {
  if (key !== TOOL_CONFIGURATION) return;
  if (value === undefined || value === null || typeof value !== 'object' || Array.isArray(value)) {
    refuse(`${TOOL_CONFIGURATION} is mandatory property`);
  }
  for (const name of ['domain', 'target_link_uri']) {
    if (typeof value[name] !== 'string' || !value[name]) refuse(`${TOOL_CONFIGURATION}.${name} is mandatory property`);
  }
  if (!URL.parse(value.target_link_uri)) refuse(`${TOOL_CONFIGURATION}.target_link_uri must be a uri`);
  for (const name of ['initiate_login_uri', 'client_name', 'jwks_uri']) {
    if (!metadata[name]) refuse(`${name} is mandatory property`);
  }
  for (const grant of ['implicit', 'client_credentials']) {
    if (!metadata.grant_types?.includes(grant)) refuse(`grant_types must include ${grant}`);
  }
}

const provider = new Provider(issuer, {
  jwks: { keys: [JSON.parse(process.env.PLATFORM_JWK)] },
  scopes: ['openid', ...SERVICE_SCOPES],
  claims: { openid: ['sub', 'name', 'given_name', 'family_name', 'email'] }, // what its launches may tell a tool
  responseTypes: ['id_token'],
  clientAuthMethods: ['private_key_jwt'],
  features: {
    devInteractions: { enabled: false },
    clientCredentials: { enabled: true },
    registration: {
      enabled: true,
      initialAccessToken: true,
      // DR §3.6: the platform answers with the deployment it made for the tool.
      policies: {
        'lti-deployment': (ctx, properties) => {
          const tool = properties[TOOL_CONFIGURATION];
          if (tool && typeof tool === 'object' && !Array.isArray(tool)) {
            deployments += 1;
            properties[TOOL_CONFIGURATION] = { ...tool, deployment_id: String(deployments) };
          }
        },
      },
    },
  },
  extraClientMetadata: { properties: [TOOL_CONFIGURATION], validator: checkTool },
  discovery: {
    [PLATFORM_CONFIGURATION]: {
      product_family_code: 'test-lms',
      version: '1.0',
      messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
    },
  },
  cookies: { keys: ['netwise-test-lms'] },
});

provider.on('registration_create.success', (ctx) => {
  const { client_id, registration_client_uri, registration_access_token } = ctx.body;
  tools.push({ client_id, registration_client_uri, registration_access_token });
  ctx.oidc.entities.InitialAccessToken?.destroy();
});

async function admin(req, res) {
  if (req.method === 'POST' && req.url === '/lms/registration-tokens') {
    const token = new provider.InitialAccessToken({ expiresIn: TOKEN_SECONDS, policies: ['lti-deployment'] });
    res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ token: await token.save() }));
  } else if (req.method === 'GET' && req.url === '/lms/tools') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(tools));
  } else {
    res.writeHead(404).end();
  }
}

const callback = provider.callback();
http.createServer((req, res) => {
  if (req.url.startsWith('/lms/')) {
    admin(req, res).catch((err) => res.writeHead(500).end(String(err)));
  } else {
    callback(req, res);
  }
}).listen(port, '127.0.0.1', () => console.log(`listening ${issuer}`));
