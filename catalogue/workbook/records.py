"""A service as workbook rows, and back: the one mapping between the page fields and the sheets.

``service_rows`` reads a service (the version its editors work on, in both languages) as the
cells of every sheet; the export writes them and the import compares a workbook's cells with
them, so a workbook exported and imported unchanged compares equal, cell for cell.
"""

from wagtail.models import Locale

from catalogue.review import latest_version

from . import format as fmt

SERVICE_SHEETS = [sheet.name for sheet in fmt.CHILD_SHEETS]


def code_of(codes, value):
    """The workbook code of a stored value ("hari_kerja" for "working_days")."""
    return next((code for code, stored in codes.items() if stored == value), value or "")


def english_locale():
    return Locale.objects.filter(language_code="en").first()


def english_version(page, locale):
    """The English page's version its editors work on, or None."""
    if locale is None:
        return None
    english = page.get_translation_or_none(locale)
    return latest_version(english.specific) if english is not None else None


def blocks_by_id(stream):
    return {block.id: block for block in stream} if stream is not None else {}


def text(value):
    return "" if value is None else str(value)


def status_of(page):
    if page.workflow_in_progress:
        return "dalam_peninjauan"
    if not page.live:
        return "draf"
    return "terbit_dengan_draf" if page.has_unpublished_changes else "terbit"


def service_rows(page, location, agency, en_locale):
    """{sheet name: [{column: text}]} of one service (its Indonesian page)."""
    current = latest_version(page)
    english = english_version(page, en_locale)

    def en(name, default=""):
        return text(getattr(english, name, default)) if english is not None else ""

    head = {"mpp": location.slug, "layanan": page.slug}
    service = {
        "kunci": page.slug,
        "mpp": location.slug,
        "instansi": agency.slug,
        "nama_id": current.title,
        "nama_en": en("title"),
        "ringkasan_id": current.summary,
        "ringkasan_en": en("summary"),
        "penerima_id": current.eligibility,
        "penerima_en": en("eligibility"),
        "bukan_penerima_id": current.not_eligible,
        "bukan_penerima_en": en("not_eligible"),
        "lama": text(current.duration_value),
        "satuan_lama": code_of(fmt.DURATION_UNITS, current.duration_unit),
        "biaya": code_of(fmt.FEE_KINDS, current.fee_kind),
        "hasil_id": current.output,
        "hasil_en": en("output"),
        "loket": " ".join(str(number) for number in sorted(counter.number for counter in current.counters.all())),
        "status": status_of(page),
    }
    rows = {name: [] for name in SERVICE_SHEETS}
    rows[fmt.SERVICES.name] = [service]

    def english_blocks(name):
        return blocks_by_id(getattr(english, name, None))

    def options(block, english_block, name):
        """(value, English value) pairs of a block's options, or of the block itself."""
        if block.block_type in ("one_of", "choice"):
            english_options = list(english_block.value[name]) if english_block is not None else []
            return [
                (option, english_options[index] if index < len(english_options) else None)
                for index, option in enumerate(block.value[name])
            ]
        return [(block.value, english_block.value if english_block is not None else None)]

    def en_of(value, name):
        return text(value.get(name)) if value is not None else ""

    translated = english_blocks("requirements")
    for order, block in enumerate(current.requirements, start=1):
        condition = block.value["condition"]
        for value, english_value in options(block, translated.get(block.id), "options"):
            rows[fmt.REQUIREMENTS.name].append(
                {
                    **head,
                    "urutan": str(order),
                    "dokumen": value["document"].name if value["document"] is not None else "",
                    "jumlah": text(value["quantity"]),
                    "bentuk": code_of(fmt.DOCUMENT_FORMS, value["form"]),
                    "keadaan": condition.slug if condition is not None else "",
                    "catatan_id": text(value["note"]),
                    "catatan_en": en_of(english_value, "note"),
                    "diterbitkan_oleh": value["produced_by"].slug if value["produced_by"] is not None else "",
                }
            )
    translated = english_blocks("procedure")
    for order, block in enumerate(current.procedure, start=1):
        english_block = translated.get(block.id)
        rows[fmt.STEPS.name].append(
            {
                **head,
                "urutan": str(order),
                "langkah_id": block.value["text"],
                "langkah_en": en_of(english_block.value if english_block else None, "text"),
            }
        )
    translated = english_blocks("fees")
    for order, block in enumerate(current.fees, start=1):
        english_block = translated.get(block.id)
        is_choice = block.block_type == "choice"
        for value, english_value in options(block, english_block, "options"):
            rows[fmt.FEES.name].append(
                {
                    **head,
                    "urutan": str(order),
                    "pilihan_id": block.value["label"] if is_choice else "",
                    "pilihan_en": en_of(english_block.value if english_block else None, "label") if is_choice else "",
                    "jumlah_rupiah": text(value["amount"]),
                    "untuk_id": value["purpose"],
                    "untuk_en": en_of(english_value, "purpose"),
                    "dasar_hukum_id": text(value["legal_basis"]),
                    "dasar_hukum_en": en_of(english_value, "legal_basis"),
                }
            )
    translated = english_blocks("legal_basis")
    for order, block in enumerate(current.legal_basis, start=1):
        english_block = translated.get(block.id)
        rows[fmt.LEGAL_BASIS.name].append(
            {
                **head,
                "urutan": str(order),
                "peraturan_id": block.value["title"],
                "peraturan_en": en_of(english_block.value if english_block else None, "title"),
                "tautan": text(block.value["url"]),
            }
        )
    translated = english_blocks("complaint_channels")
    for order, block in enumerate(current.complaint_channels, start=1):
        english_value = translated[block.id].value if block.id in translated else None
        rows[fmt.COMPLAINTS.name].append(
            {
                **head,
                "urutan": str(order),
                "jenis": code_of(fmt.COMPLAINT_KINDS, block.value["kind"]),
                "kontak": text(block.value["value"]),
                "tempat_id": text(block.value["place"]),
                "tempat_en": en_of(english_value, "place"),
                "catatan_id": text(block.value["note"]),
                "catatan_en": en_of(english_value, "note"),
            }
        )
    translated = english_blocks("other_channels")
    for order, block in enumerate(current.other_channels, start=1):
        english_value = translated[block.id].value if block.id in translated else None
        online = block.block_type == "online"
        rows[fmt.CHANNELS.name].append(
            {
                **head,
                "urutan": str(order),
                "jenis": code_of(fmt.CHANNEL_KINDS, block.block_type),
                "nama_id": text(block.value["name"]) if online else "",
                "nama_en": en_of(english_value, "name") if online else "",
                "tautan": text(block.value["url"]) if online else "",
                "catatan_id": text(block.value["note"]),
                "catatan_en": en_of(english_value, "note"),
            }
        )
    events = sorted(current.life_events.all(), key=lambda event: (event.sort_order, event.slug))
    for order, event in enumerate(events, start=1):
        rows[fmt.LIFE_EVENTS.name].append({**head, "urutan": str(order), "peristiwa": event.slug})
    for language, names in (
        ("id", current.alternative_name_list()),
        ("en", english.alternative_name_list() if english is not None else []),
    ):
        for order, name in enumerate(names, start=1):
            rows[fmt.OTHER_NAMES.name].append({**head, "urutan": str(order), "bahasa": language, "nama": name})
    return rows


def comparable_cells(sheet, cells):
    """A row's cells as the import compares them: import columns only, service columns left out."""
    return {
        column.name: cells.get(column.name, "")
        for column in sheet.columns
        if not column.export_only and column.name not in ("mpp", "layanan")
    }
