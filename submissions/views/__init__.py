from .attachments import download_attachment
from .impact import impact_follow_up
from .intake import intake_form, thank_you
from .status import status_page

__all__ = ["download_attachment", "impact_follow_up", "intake_form", "status_page", "thank_you"]
