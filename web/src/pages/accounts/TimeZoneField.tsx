import { useMemo } from 'react';
import { SelectField } from '../../components/fields.js';

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

function zoneOptions(current: string) {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  // Some browsers leave UTC (or the current zone's alias) out of the list.
  const all = new Set([...zones, 'UTC', current]);
  return [...all].sort().map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }));
}

export function TimeZoneField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange(zone: string): void;
  error?: string | undefined;
}) {
  const options = useMemo(() => zoneOptions(value), [value]);
  return (
    <SelectField
      label="Time zone"
      name="timeZone"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={options}
      error={error}
      hint="Dates and times in Growth Map are shown in this time zone."
    />
  );
}
