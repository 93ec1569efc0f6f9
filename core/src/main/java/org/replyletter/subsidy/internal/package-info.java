/**
 * The subsidy package's implementation: JSON forms of schedules, requests and decisions (on the
 * library's strict codec framework), the compiled form of a schedule version the calculator runs on,
 * and the subsidy message bundles. <strong>Internal</strong>: not exported, may change at any time.
 */
package org.replyletter.subsidy.internal;
