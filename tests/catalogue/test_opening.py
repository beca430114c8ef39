"""'Open now' is computed in each MPP's own time zone, with breaks and dated exceptions."""

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from catalogue.opening import Schedule

UTC = dt.UTC


def weekly():
    rows = [SimpleNamespace(weekday=day, opens=dt.time(8), closes=dt.time(15)) for day in range(4)]
    rows += [
        SimpleNamespace(weekday=4, opens=dt.time(8), closes=dt.time(11)),
        SimpleNamespace(weekday=4, opens=dt.time(13), closes=dt.time(15)),
    ]
    return rows


def exception(date, closed=True, opens=None, closes=None, reason="Libur"):
    return SimpleNamespace(date=date, closed=closed, opens=opens, closes=closes, reason=reason)


# Monday 23 November 2026, 07:30 UTC: 14:30 WIB and 15:30 WITA.
MONDAY_0730_UTC = dt.datetime(2026, 11, 23, 7, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "expected_open"),
    [("Asia/Jakarta", True), ("Asia/Makassar", False), ("Asia/Jayapura", False)],
)
def test_the_same_instant_is_open_in_one_zone_and_closed_in_another(zone, expected_open):
    status = Schedule(zone, weekly(), []).status(MONDAY_0730_UTC)
    assert status.is_open is expected_open
    assert status.local_now.tzinfo == ZoneInfo(zone)


def test_open_status_says_when_it_closes_in_local_time():
    status = Schedule("Asia/Jakarta", weekly(), [], zone_label="WIB").status(MONDAY_0730_UTC)
    assert status.closes_at == dt.time(15)
    assert status.zone_label == "WIB"


def test_closed_after_hours_gives_next_morning_in_local_time():
    status = Schedule("Asia/Makassar", weekly(), []).status(MONDAY_0730_UTC)
    assert status.next_opening == dt.datetime(2026, 11, 24, 8, 0, tzinfo=ZoneInfo("Asia/Makassar"))


def test_friday_prayer_break_is_closed_and_reopens_at_one():
    friday_noon_wib = dt.datetime(2026, 11, 27, 12, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    status = Schedule("Asia/Jakarta", weekly(), []).status(friday_noon_wib)
    assert not status.is_open
    assert status.next_opening == dt.datetime(2026, 11, 27, 13, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    after_break = Schedule("Asia/Jakarta", weekly(), []).status(friday_noon_wib + dt.timedelta(hours=1, minutes=5))
    assert after_break.is_open


def test_weekend_is_closed_until_monday():
    saturday = dt.datetime(2026, 11, 28, 10, 0, tzinfo=ZoneInfo("Asia/Makassar"))
    status = Schedule("Asia/Makassar", weekly(), []).status(saturday)
    assert not status.is_open
    assert status.next_opening.date() == dt.date(2026, 11, 30)


def test_holiday_exception_closes_a_working_day_and_gives_the_reason():
    christmas = dt.datetime(2026, 12, 25, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))  # a Friday
    schedule = Schedule("Asia/Jakarta", weekly(), [exception(dt.date(2026, 12, 25), reason="Hari Raya Natal")])
    status = schedule.status(christmas)
    assert not status.is_open
    assert status.reason == "Hari Raya Natal"
    assert status.next_opening == dt.datetime(2026, 12, 28, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def test_shortened_day_exception_replaces_weekly_hours():
    schedule = Schedule(
        "Asia/Jakarta",
        weekly(),
        [exception(dt.date(2026, 12, 31), closed=False, opens=dt.time(8), closes=dt.time(12))],
    )
    morning = dt.datetime(2026, 12, 31, 11, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    afternoon = dt.datetime(2026, 12, 31, 13, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert schedule.status(morning).is_open
    assert not schedule.status(afternoon).is_open


def test_exception_on_a_date_uses_the_mpp_date_not_the_server_date():
    # 23:30 UTC on 24 December is already 25 December in WITA (UTC+8).
    schedule = Schedule("Asia/Makassar", weekly(), [exception(dt.date(2026, 12, 25), reason="Natal")])
    status = schedule.status(dt.datetime(2026, 12, 24, 23, 30, tzinfo=UTC))
    assert status.today.is_exception
    assert status.today.date == dt.date(2026, 12, 25)
