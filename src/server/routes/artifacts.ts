import { contentDisposition } from '../../domain/fileType.js';
import type { Routes } from '../../schemas/routes.js';
import * as artifacts from '../../services/artifacts.js';
import { scopeFor } from '../../services/access.js';
import type { Handlers } from '../handler.js';
import { actorOf } from '../identity.js';
import type { RouteContext } from '../routeContext.js';

export const artifactHandlers = ({ deps }: RouteContext): Handlers<Routes['artifacts']> => ({
  list: async (request) => {
    const { owner, ...filter } = request.query;
    return artifacts.listArtifacts(deps, await scopeFor(deps, actorOf(request), owner, 'evidence'), filter);
  },
  create: async (request) => artifacts.createArtifact(deps, actorOf(request), request.body),
  get: async (request) =>
    artifacts.getArtifact(deps, await scopeFor(deps, actorOf(request), request.query.owner, 'evidence'), request.params.id),
  patch: async (request) => artifacts.patchArtifact(deps, actorOf(request), request.params.id, request.body),
  delete: async (request) => {
    await artifacts.deleteArtifact(deps, actorOf(request), request.params.id);
    return null;
  },
  putFile: async (request) => artifacts.putFile(deps, actorOf(request), request.params.id, request.body, request.query.name),
  // An uploaded file is never a page of this origin: saved rather than shown (images aside),
  // never sniffed into another type, and sandboxed should a browser render it anyway.
  getFile: async (request, reply) => {
    const file = await artifacts.getFile(
      deps,
      await scopeFor(deps, actorOf(request), request.query.owner, 'evidence'),
      request.params.id,
    );
    reply
      .type(file.type.startsWith('text/') ? `${file.type}; charset=utf-8` : file.type)
      .header('Content-Disposition', contentDisposition(file.type, file.name))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Content-Security-Policy', 'sandbox');
    return Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
  },
  deleteFile: async (request) => {
    await artifacts.deleteFile(deps, actorOf(request), request.params.id);
    return null;
  },
});
