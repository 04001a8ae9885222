import './statement.css';
import { Link } from 'react-router';
import { useCurrentFramework } from '../../hooks/use-current-framework';

// In the form UK public-sector websites use (the GOV.UK sample statement), as the Public Sector
// Bodies (Websites and Mobile Applications) Accessibility Regulations 2018 require. The contact
// is the deployment's to give; the app does not invent an address.

export interface AccessibilityStatementProps {
  /** Who to contact about accessibility, set by the deployment (VITE_ACCESSIBILITY_CONTACT). */
  contact?: string;
}

export default function AccessibilityStatementPage({ contact }: AccessibilityStatementProps) {
  const framework = useCurrentFramework();
  return (
    <article className="statement" aria-labelledby="statement-title">
      <title>{`Accessibility statement – Ambitions dashboard`}</title>
      <h1 id="statement-title" tabIndex={-1}>
        Accessibility statement for the Ambitions dashboard
      </h1>
      <p>
        This statement applies to the Ambitions dashboard for {framework.name}. It is run by the partnership. We want as many people as possible to be able to use it. For example,
        that means you should be able to:
      </p>
      <ul>
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>navigate the whole dashboard, including the presenter, using just a keyboard</li>
        <li>listen to the dashboard using a screen reader: every chart has a sentence describing it and a table of its figures</li>
        <li>tell every status apart without colour: each has an icon and a word</li>
      </ul>

      <h2>How accessible this dashboard is</h2>
      <p>We know some parts are not fully accessible:</p>
      <ul>
        <li>the charts themselves are images to a screen reader: use the sentence above each chart and the table view (the same figures)</li>
        <li>downloaded chart pictures (PNG and SVG) carry a title and source but no longer description; the CSV download holds the figures</li>
      </ul>

      <h2>Feedback and contact information</h2>
      <p>
        If you need information on this dashboard in a different format, or find a problem not listed here,{' '}
        {contact ? <>contact {contact}.</> : <>contact the team that runs this dashboard for {framework.shortName}.</>} We will consider your request and get back to you within 10
        working days.
      </p>

      <h2>Enforcement procedure</h2>
      <p>
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations
        2018 (the ‘accessibility regulations’). If you’re not happy with how we respond to your complaint, contact the{' '}
        <a href="https://www.equalityadvisoryservice.com/" rel="noopener noreferrer">
          Equality Advisory and Support Service (EASS)
        </a>
        .
      </p>

      <h2>Technical information about this dashboard’s accessibility</h2>
      <p>The partnership is committed to making its dashboard accessible, in accordance with the accessibility regulations.</p>
      <h3>Compliance status</h3>
      <p>
        This dashboard is partially compliant with the{' '}
        <a href="https://www.w3.org/TR/WCAG22/" rel="noopener noreferrer">
          Web Content Accessibility Guidelines version 2.2
        </a>{' '}
        AA standard, due to the non-compliances listed below.
      </p>
      <h3>Non-accessible content</h3>
      <p>
        Chart drawings are not described point by point to screen readers (success criterion 1.1.1, non-text content); each has a text summary and a data table instead, one click
        away.
      </p>

      <h2>How we tested this dashboard</h2>
      <p>
        Every change is tested automatically: axe-core checks every page and state (the overview, each ambition as chart and table, updating figures, import, the conflict view,
        error pages, the presenter and this page) against WCAG 2.2 A and AA in Chromium; browser tests go through the main journeys by keyboard alone, at 320 CSS pixels wide, and
        in forced-colours mode; Lighthouse checks accessibility on the built dashboard. Automated tests find many problems but not all; a manual audit with assistive technology
        users is still to be done.
      </p>
      <p>This statement was prepared on 24 November 2026. It will be reviewed with each release.</p>
      <p>
        <Link to={`/${framework.id}`}>Back to all ambitions</Link>
      </p>
    </article>
  );
}
