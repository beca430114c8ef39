"""The catalogue's content model: MPP locations, agencies, services and reusable parts.

The page tree is Home → MPP location → Agency → Service, so that page
permissions and workflows follow who is responsible: the DPMPTSP owns an MPP
and everything under it, an agency owns its own services.
"""

from .agency import AgencyPage
from .alert import Alert, ServiceAlertPage, alerts_in_force
from .base import CataloguePage, translation_rules
from .elsewhere import ServiceElsewhere
from .location import Counter, Floor, MPPLocationPage, OpeningException, OpeningHours
from .review import ReviewTask
from .service import ServicePage, attach_places
from .snippets import Condition, LifeEvent, RequirementDocument

__all__ = [
    "AgencyPage",
    "Alert",
    "CataloguePage",
    "Condition",
    "Counter",
    "Floor",
    "LifeEvent",
    "MPPLocationPage",
    "OpeningException",
    "OpeningHours",
    "RequirementDocument",
    "ReviewTask",
    "ServiceAlertPage",
    "ServiceElsewhere",
    "ServicePage",
    "alerts_in_force",
    "attach_places",
    "translation_rules",
]
