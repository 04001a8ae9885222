// Preloaded into pouchdb-server (node --require) for `npm run dev:couch` and the tests: makes
// the local CouchDB-compatible server behave as Apache CouchDB 3 does where it matters for
// security. Production is Apache CouchDB, which needs none of this (docs/deploy.md lists its
// settings instead). pouchdb-server differs from CouchDB in these ways, each measured:
//
// - it makes a signed-in user a server admin while they write their own `_users` document, so
//   anyone could register and then give themselves any role: here only a server admin sets roles,
//   and only a server admin reads or writes another person's account or the list of accounts;
// - anyone could create a database, and an anonymous `PUT /anything` stopped the server
//   ("db.info is not a function"): here only a server admin creates or deletes a database;
// - it takes a sign-in posted as a form from any site (login CSRF): here only JSON, which a page
//   on another site cannot send without the server's consent (CORS);
// - its session cookie has no SameSite: here SameSite=Strict, as CouchDB's `same_site = strict`;
// - it lets a password be guessed without end: here, after 5 wrong passwords for one account from
//   one address within 15 minutes, sign-in for it is refused (429) until the window has passed;
// - an error in one request stopped the whole server: here it is logged and the server goes on.
//
// It changes nothing else: the requests go on to pouchdb-server as they came.
'use strict';

const path = require('node:path');
const http = require('node:http');

const serverDir = path.dirname(require.resolve('pouchdb-server/lib/index.js'));
const expressPath = require.resolve('express', { paths: [serverDir] });
const express = require(expressPath);

const SIGN_IN_ATTEMPTS = 5;
const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Failed sign-ins by "address name": when each happened. */
const failures = new Map();

const json = (res, status, body, headers = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
};

/** Who the request is from, asked of the server itself with the request's own credentials. */
function sessionOf(req) {
  const port = req.socket.localPort;
  const headers = {};
  if (req.headers.cookie) headers.cookie = req.headers.cookie;
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  return new Promise((resolve) => {
    const ask = http.get({ host: '127.0.0.1', port, path: '/_session', headers }, (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk) => (text += chunk));
      answer.on('end', () => {
        try {
          resolve(JSON.parse(text).userCtx ?? { name: null, roles: [] });
        } catch {
          resolve({ name: null, roles: [] });
        }
      });
    });
    ask.on('error', () => resolve({ name: null, roles: [] }));
  });
}

/** The request's JSON body, read here and handed on as body-parser would have (it then skips it). */
function readBody(req) {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk) => {
      text += chunk;
      if (text.length > 1_000_000) reject(new Error('too large'));
    });
    req.on('end', () => {
      try {
        req.body = text ? JSON.parse(text) : {};
        req._body = true;
        resolve(req.body);
      } catch (error) {
        reject(error);
      }
    });
    req.on('error', reject);
  });
}

/** The account a user document is for, from its id ("org.couchdb.user:leeds-lead"). */
const accountOf = (id) => (id.startsWith('org.couchdb.user:') ? id.slice('org.couchdb.user:'.length) : undefined);

function readStored(req, id) {
  return new Promise((resolve) => {
    const port = req.socket.localPort;
    const auth = process.env.POUCHDB_GUARD_ADMIN;
    const ask = http.get({ host: '127.0.0.1', port, path: `/_users/${encodeURIComponent(id)}`, headers: auth ? { authorization: auth } : {} }, (answer) => {
      let text = '';
      answer.setEncoding('utf8');
      answer.on('data', (chunk) => (text += chunk));
      answer.on('end', () => resolve(answer.statusCode === 200 ? JSON.parse(text) : undefined));
    });
    ask.on('error', () => resolve(undefined));
  });
}

async function guardUsers(req, res, next, parts) {
  const ctx = await sessionOf(req);
  if (ctx.roles.includes('_admin')) return next();
  const id = parts[1] ? decodeURIComponent(parts[1]) : '';
  const account = accountOf(id);
  const own = account !== undefined && ctx.name !== null && account === ctx.name;
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (own && parts.length === 2) return next();
    return json(res, 403, { error: 'forbidden', reason: 'Only an administrator may read accounts other than your own.' });
  }
  if (req.method !== 'PUT' || parts.length !== 2 || account === undefined)
    return json(res, 403, { error: 'forbidden', reason: 'Only an administrator may change accounts this way.' });
  // Registering (no one signed in, a new account) or changing your own: never the roles.
  if (!own && ctx.name !== null) return json(res, 403, { error: 'forbidden', reason: 'You may only change your own account.' });
  let body;
  try {
    body = await readBody(req);
  } catch {
    return json(res, 400, { error: 'bad_request', reason: 'The account must be JSON.' });
  }
  const stored = await readStored(req, id);
  if (!own && stored) return json(res, 409, { error: 'conflict', reason: 'Document update conflict.' });
  const roles = Array.isArray(body.roles) ? body.roles : undefined;
  const storedRoles = stored ? stored.roles : [];
  if (!roles || JSON.stringify([...roles].sort()) !== JSON.stringify([...storedRoles].sort())) {
    return json(res, 403, { error: 'forbidden', reason: 'Only _admin may set roles' });
  }
  return next();
}

function guardSignIn(req, res, next) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (type !== 'application/json') {
    return json(res, 415, { error: 'bad_content_type', reason: 'Sign in with a JSON body (Content-Type: application/json).' });
  }
  readBody(req).then(
    (body) => {
      const key = `${req.socket.remoteAddress} ${String(body.name ?? body.username ?? '')}`;
      const now = Date.now();
      const recent = (failures.get(key) ?? []).filter((at) => now - at < SIGN_IN_WINDOW_MS);
      if (recent.length >= SIGN_IN_ATTEMPTS) {
        const wait = Math.ceil((recent[0] + SIGN_IN_WINDOW_MS - now) / 1000);
        return json(
          res,
          429,
          { error: 'too_many_requests', reason: `Too many wrong passwords for this account. Try again in ${Math.ceil(wait / 60)} minutes.` },
          { 'Retry-After': String(wait) },
        );
      }
      res.on('finish', () => {
        if (res.statusCode === 401) failures.set(key, [...recent, Date.now()]);
        else if (res.statusCode === 200) failures.delete(key);
      });
      next();
    },
    () => json(res, 400, { error: 'bad_request', reason: 'The sign-in must be JSON.' }),
  );
}

/** SameSite=Strict on the session cookie, as CouchDB's [chttpd_auth] same_site = strict. */
function strictCookies(res) {
  const setHeader = res.setHeader.bind(res);
  res.setHeader = (name, value) => {
    if (String(name).toLowerCase() === 'set-cookie') {
      const values = (Array.isArray(value) ? value : [value]).map((v) => (/^AuthSession=/.test(v) && !/;\s*SameSite=/i.test(v) ? `${v}; SameSite=Strict` : v));
      return setHeader(name, values);
    }
    return setHeader(name, value);
  };
}

function guard(req, res, next) {
  strictCookies(res);
  const parts = req.path.split('/').filter(Boolean);
  if (parts[0] === '_session' && req.method === 'POST') return guardSignIn(req, res, next);
  if (parts[0] === '_users') return void guardUsers(req, res, next, parts).catch(next);
  // Creating or deleting a database: a server admin's act, as on CouchDB.
  if (parts.length === 1 && !parts[0].startsWith('_') && (req.method === 'PUT' || req.method === 'DELETE')) {
    return void sessionOf(req).then((ctx) =>
      ctx.roles.includes('_admin') ? next() : json(res, ctx.name ? 403 : 401, { error: ctx.name ? 'forbidden' : 'unauthorized', reason: 'You are not a server admin.' }),
    );
  }
  return next();
}

// pouchdb-server makes its outer app first: the guard goes in front of everything in it.
let guarded = false;
function guardedExpress(...args) {
  const app = express(...args);
  if (!guarded) {
    guarded = true;
    app.use(guard);
  }
  return app;
}
Object.assign(guardedExpress, express);
require.cache[expressPath].exports = guardedExpress;

// One failing request never stops the server: said in its log, and the server goes on.
process.on('uncaughtException', (error) => {
  process.stderr.write(`pouchdb-server: an error in one request, and the server goes on: ${error?.stack ?? error}\n`);
});
