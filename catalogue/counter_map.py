"""The counter map: each floor of an MPP drawn as an SVG from its counter data.

There is no floor plan to trace, so the map is schematic: counters in number order,
``COLUMNS`` to a row, the way most MPPs line them up along one hall. Geometry is
computed here and drawn by ``templates/catalogue/includes/counter_map.html``; the
same facts are listed as plain text beside it for screen readers.
"""

from dataclasses import dataclass

COLUMNS = 5
BOX_WIDTH = 112
BOX_HEIGHT = 64
GAP = 8
MAX_HIGHLIGHTS = 40


@dataclass
class CounterBox:
    number: int
    agency: object
    x: int
    y: int
    highlighted: bool

    @property
    def label(self):
        """The short agency name drawn in the box; the full name is in the list and the box's title."""
        if self.agency is None:
            return ""
        return (self.agency.acronym or self.agency.title)[:14]


def parse_highlight(value):
    """Counter numbers from ``?highlight=4,5``; anything else is ignored."""
    numbers = set()
    for part in (value or "").split(",")[:MAX_HIGHLIGHTS]:
        part = part.strip()
        if part.isascii() and part.isdigit() and len(part) <= 4:  # "²".isdigit(), but int("²") fails
            numbers.add(int(part))
    return numbers


def counter_map(mpp, highlight=()):
    """[{name, level, boxes, width, height, counters, highlighted}] floor by floor."""
    highlight = set(highlight)
    alerts = mpp.counter_alerts()
    floors = []
    for name, counters in mpp.counters_by_floor():
        for counter in counters:
            counter["alerts"] = alerts.get(counter["number"], [])
        boxes = []
        for index, counter in enumerate(counters):
            row, column = divmod(index, COLUMNS)
            boxes.append(
                CounterBox(
                    number=counter["number"],
                    agency=counter["agency"],
                    x=GAP + column * (BOX_WIDTH + GAP),
                    y=GAP + row * (BOX_HEIGHT + GAP),
                    highlighted=counter["number"] in highlight,
                )
            )
        rows = (len(boxes) + COLUMNS - 1) // COLUMNS or 1
        columns = min(len(boxes), COLUMNS) or 1
        floors.append(
            {
                "name": name,
                "level": counters[0]["floor_level"] if counters else 0,
                "boxes": boxes,
                "counters": counters,
                "width": GAP + columns * (BOX_WIDTH + GAP),
                "height": GAP + rows * (BOX_HEIGHT + GAP),
                "highlighted": [box.number for box in boxes if box.highlighted],
                "first": boxes[0].number if boxes else None,
                "last": boxes[-1].number if boxes else None,
            }
        )
    return floors
