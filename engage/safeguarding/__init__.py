"""Safeguarding: every answer is redacted and checked in the background, and a flag opens an alert that only a
person can close. Staff read redacted text; only the forum's safeguarding lead reads the original, and each
reading is logged."""
