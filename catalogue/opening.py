"""Opening hours: is an MPP open now, in its own time zone?

Weekly hours may have several periods a day (Friday's prayer break); a dated
exception (a holiday, a shortened day) replaces the weekly hours of that date.
"""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.utils import timezone


@dataclass(frozen=True)
class Period:
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class DayHours:
    date: dt.date
    periods: tuple[Period, ...]
    reason: str = ""  # set when a dated exception applies
    is_exception: bool = False


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    local_now: dt.datetime
    closes_at: dt.time | None = None
    next_opening: dt.datetime | None = None
    today: DayHours | None = None
    reason: str = ""
    zone_label: str = ""
    zone_name: str = ""


class Schedule:
    """Opening hours of one MPP, built from its weekly rows and dated exceptions."""

    def __init__(self, time_zone, weekly, exceptions, zone_label=""):
        self.zone_name = time_zone
        self.zone = ZoneInfo(time_zone)
        self.zone_label = zone_label
        self.weekly = {}
        for row in weekly:
            self.weekly.setdefault(row.weekday, []).append(Period(row.opens, row.closes))
        for periods in self.weekly.values():
            periods.sort(key=lambda p: p.opens)
        self.exceptions = {row.date: row for row in exceptions}

    def hours_on(self, date):
        exception = self.exceptions.get(date)
        if exception is not None:
            periods = () if exception.closed else (Period(exception.opens, exception.closes),)
            return DayHours(date, periods, reason=exception.reason, is_exception=True)
        return DayHours(date, tuple(self.weekly.get(date.weekday(), ())))

    def status(self, now=None):
        now = (now or timezone.now()).astimezone(self.zone)
        today = self.hours_on(now.date())
        clock = now.time()
        for period in today.periods:
            if period.opens <= clock < period.closes:
                return OpeningStatus(
                    True,
                    now,
                    closes_at=period.closes,
                    today=today,
                    zone_label=self.zone_label,
                    zone_name=self.zone_name,
                )
        return OpeningStatus(
            False,
            now,
            next_opening=self.next_opening(now),
            today=today,
            reason=today.reason,
            zone_label=self.zone_label,
            zone_name=self.zone_name,
        )

    def next_opening(self, now, horizon_days=31):
        for offset in range(horizon_days + 1):
            date = now.date() + dt.timedelta(days=offset)
            for period in self.hours_on(date).periods:
                start = dt.datetime.combine(date, period.opens, tzinfo=self.zone)
                if start > now:
                    return start
        return None
