"""What every engine returns."""

from dataclasses import dataclass, field

MAX_HITS = 1000


@dataclass
class EngineResult:
    """Matching documents, best first, and facet counts under the chosen filters."""

    hits: list  # SearchDocument-shaped dicts, best first
    facets: dict = field(default_factory=dict)  # facet → {value: count}
    relaxed: bool = False  # True when no document matched every word and the OR query was used
    engine: str = ""


DOC_FIELDS = [
    "page_id",
    "key",
    "language",
    "title",
    "summary",
    "mpp",
    "mpp_title",
    "agency",
    "agency_title",
    "categories",
    "fee_free",
    "online",
    "duration_minutes",
    "counters",
]
