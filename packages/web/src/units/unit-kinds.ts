import type { MessageKey } from '../i18n/dictionary';
import type { UnitKind } from './units-api';

export const UNIT_KIND_LABEL: Record<UnitKind, MessageKey> = {
  bureau: 'units.kind.bureau',
  leadership: 'units.kind.leadership',
  section: 'units.kind.section',
  centre: 'units.kind.centre',
  brigade: 'units.kind.brigade',
  squad: 'units.kind.squad',
  township: 'units.kind.township',
};

export const UNIT_KIND_COLOR: Record<UnitKind, string> = {
  bureau: 'red',
  leadership: 'volcano',
  section: 'blue',
  centre: 'purple',
  brigade: 'geekblue',
  squad: 'cyan',
  township: 'green',
};
