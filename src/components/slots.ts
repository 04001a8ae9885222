import type { ComponentType } from 'react';
import type { Action, Indicator, Place, Series } from '../domain/types';

// Contracts for what the app layer plugs into a page, so one feature can host another's UI
// without importing it (features never import each other).

export interface SeriesToolsProps {
  frameworkId: string;
  ambitionNumber: number;
  indicator: Indicator;
  place: Place;
  series: Series;
}

export interface ActionToolsProps {
  frameworkId: string;
  ambitionNumber: number;
  action: Action;
}

export interface AmbitionPageSlots {
  /** Shown with the page's controls, e.g. the "Update figures" switch. */
  Toolbar?: ComponentType;
  /** Shown under each indicator's chart or table for the chosen place, e.g. editing and history. */
  SeriesTools?: ComponentType<SeriesToolsProps>;
  /** Shown under each action, e.g. adding an update to it. */
  ActionTools?: ComponentType<ActionToolsProps>;
}
