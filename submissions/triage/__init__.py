"""Triage: what kenniswinkel staff do with a vraagstuk after the intake stored it."""
