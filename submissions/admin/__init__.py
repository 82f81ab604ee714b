"""The triage screens in the Wagtail admin; wagtail_hooks.py registers them."""
