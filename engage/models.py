"""The engage app's models live by concern; Django finds them here."""

from engage.areas.models import Area
from engage.organisations.models import Membership, Organisation, Role
from engage.responses.models import Answer, Channel, ContactRequest, Response, Session
from engage.themes.models import ThemeAssignment

__all__ = [
    "Answer",
    "Area",
    "Channel",
    "ContactRequest",
    "Membership",
    "Organisation",
    "Response",
    "Role",
    "Session",
    "ThemeAssignment",
]
