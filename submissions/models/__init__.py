from .attachments import Attachment
from .board import BoardPage
from .choices import ConsentKind, HelpKind, PartnerOffer, Timing
from .delivery import EmailKind, OutgoingEmail, SubmissionKey
from .follow_up import AnswerTemplate, ImpactFollowUp
from .history import EventKind, VraagstukEvent
from .matching import EducationOffer, Match, MatchStatus
from .pages import SubmissionGuidePage
from .projects import Deliverable, Milestone, MilestoneKind, Project, ProjectRun
from .status import ALLOWED_MOVES, CLOSED_STATUSES, OPEN_STATUSES, PUBLIC_LABELS, Status
from .vraagstuk import FREE_TEXT_MAX_LENGTH, Consent, ReferenceCounter, Vraagstuk, hash_status_token

__all__ = [
    "ALLOWED_MOVES",
    "CLOSED_STATUSES",
    "FREE_TEXT_MAX_LENGTH",
    "OPEN_STATUSES",
    "PUBLIC_LABELS",
    "AnswerTemplate",
    "Attachment",
    "BoardPage",
    "Consent",
    "ConsentKind",
    "Deliverable",
    "EducationOffer",
    "EmailKind",
    "EventKind",
    "HelpKind",
    "ImpactFollowUp",
    "Match",
    "MatchStatus",
    "Milestone",
    "MilestoneKind",
    "OutgoingEmail",
    "PartnerOffer",
    "Project",
    "ProjectRun",
    "ReferenceCounter",
    "Status",
    "SubmissionGuidePage",
    "SubmissionKey",
    "Timing",
    "Vraagstuk",
    "VraagstukEvent",
    "hash_status_token",
]
