import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { SystemStage } from '../../../../src/schemas/common.js';
import type { GrowthMap } from '../../../../src/schemas/map.js';
import { api, isConflict } from '../../api/client.js';
import { mapKey } from '../../api/map.js';

/** Sets map.systemStage; a map changed elsewhere is read again and the stage set on the fresh version. */
export function useSetStage() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<SystemStage | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function setStage(map: GrowthMap, stage: SystemStage) {
    setBusy(stage);
    setError(null);
    const patch = (version: number) => api('PATCH /api/v1/map', { body: { version, systemStage: stage } });
    try {
      let saved: GrowthMap;
      try {
        saved = await patch(map.version);
      } catch (first) {
        if (!isConflict(first)) throw first;
        const fresh = await api('GET /api/v1/map');
        saved = await patch(fresh.version);
      }
      queryClient.setQueryData(mapKey, saved);
      return true;
    } catch (failed) {
      setError(failed instanceof Error ? failed.message : 'Could not save your stage. Try again.');
      return false;
    } finally {
      setBusy(null);
    }
  }
  return { setStage, busy, error };
}

/** "Your stage" in words on the user's own stage, otherwise the button that makes it so. */
export function StageMarker({
  stage,
  name,
  map,
  setter,
}: {
  stage: SystemStage;
  name: string;
  map: GrowthMap;
  setter: ReturnType<typeof useSetStage>;
}) {
  if (map.systemStage === stage) {
    return (
      <p className="your-stage" id={`your-stage-${stage}`} tabIndex={-1}>
        <span aria-hidden="true">★ </span>Your stage
      </p>
    );
  }
  return (
    <button
      type="button"
      className="secondary"
      disabled={setter.busy !== null}
      aria-busy={setter.busy === stage || undefined}
      aria-label={`This is my system's stage: ${name}`}
      onClick={async () => {
        if (await setter.setStage(map, stage))
          window.setTimeout(() => document.getElementById(`your-stage-${stage}`)?.focus(), 0);
      }}
    >
      {setter.busy === stage ? 'Saving…' : "This is my system's stage"}
    </button>
  );
}
