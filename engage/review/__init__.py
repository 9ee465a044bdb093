"""Reviewing themes: framework owners and youth reviewers check the model, agreement is measured, and their
corrections retrain it."""
