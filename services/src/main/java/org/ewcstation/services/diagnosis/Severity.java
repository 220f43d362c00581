package org.ewcstation.services.diagnosis;

/** How bad a diagnosis is; the UI picks an icon and whether to raise a notification from it. */
public enum Severity {
  INFO,
  WARNING,
  ERROR
}
