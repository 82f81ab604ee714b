"""Editorial reports in the Wagtail admin: translation status and content health."""
