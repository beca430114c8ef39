"""The service-standard workbook, declared once: its sheets, their columns and the codes cells use.

Everything else reads this declaration: the export writes the headers and the *Petunjuk* sheet
from it, the import checks headers and cells against it, and docs/workbook.md describes it.

A workbook is an ``.xlsx`` file or a folder of CSV files (one ``<sheet>.csv`` per sheet, UTF-8):
the same sheets, the same two header rows (Indonesian, then English), the same cells. The
header rows are part of the file format, so they are fixed text in both languages rather than
interface strings: a workbook means the same whoever opens it.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Column:
    name: str
    """The Indonesian header (first header row), also the key of a cell in a parsed row."""
    english: str
    """The English header (second header row)."""
    help_id: str
    help_en: str
    example: str = ""
    required: bool = False
    codes: dict = field(default_factory=dict, hash=False)
    """For a choice: {workbook code: stored value}; the workbook speaks Indonesian codes."""
    export_only: bool = False
    """Written by the export for the reader; the import ignores it."""


@dataclass(frozen=True)
class Sheet:
    name: str
    english: str
    help_id: str
    help_en: str
    columns: tuple

    def column(self, name):
        return next(column for column in self.columns if column.name == name)

    @property
    def letters(self):
        """{column name: spreadsheet letter} (A, B, ...), for messages that point at a cell."""
        return {column.name: column_letter(number) for number, column in enumerate(self.columns, start=1)}


def column_letter(number):
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


DURATION_UNITS = {"menit": "minutes", "jam": "hours", "hari": "days", "hari_kerja": "working_days"}
FEE_KINDS = {"gratis": "free", "berbayar": "paid", "sesuai_tagihan": "varies"}
DOCUMENT_FORMS = {
    "asli": "original",
    "fotokopi": "copy",
    "asli_dan_fotokopi": "original_and_copy",
    "tunjukkan_asli": "show_original",
}
COMPLAINT_KINDS = {
    "lapor": "lapor",
    "telepon": "phone",
    "whatsapp": "whatsapp",
    "email": "email",
    "situs": "website",
    "langsung": "in_person",
}
CHANNEL_KINDS = {"daring": "online", "kantor_instansi": "agency_office", "kecamatan": "kecamatan"}
LANGUAGES = {"id": "id", "en": "en"}


def codes_text(codes):
    return ", ".join(codes)


def _service(help_id="Kunci layanan (sama dengan kolom kunci di sheet Layanan).", example="akta-kelahiran"):
    return (
        Column("mpp", "MPP", "Kunci MPP tempat layanan ini.", "The key of the MPP.", "mpp-jembrana", required=True),
        Column(
            "layanan",
            "service",
            help_id,
            "The service's key (the key column of the Layanan sheet).",
            example,
            required=True,
        ),
        Column(
            "urutan",
            "order",
            "Nomor urut, mulai dari 1. Baris dengan nomor yang sama adalah pilihan dari satu butir.",
            "Order, from 1. Rows with the same number are the options of one item.",
            "1",
            required=True,
        ),
    )


def _prose(name, english, help_id, help_en, example_id="", example_en="", required=False):
    """An Indonesian column and its English translation."""
    return (
        Column(f"{name}_id", f"{english} (Indonesian)", help_id, help_en, example_id, required=required),
        Column(
            f"{name}_en",
            f"{english} (English)",
            f"Terjemahan bahasa Inggris dari kolom {name}_id.",
            f"The English translation of {name}_id; left empty, the English page shows the Indonesian text.",
            example_en,
        ),
    )


SERVICES = Sheet(
    "Layanan",
    "Services",
    "Satu baris per layanan.",
    "One row per service.",
    (
        Column(
            "kunci",
            "key",
            "Kunci layanan yang tetap: huruf kecil, angka dan tanda hubung. Menjadi alamat halaman.",
            "The service's stable key: lowercase letters, digits and hyphens. It becomes the page address.",
            "akta-kelahiran",
            required=True,
        ),
        Column("mpp", "MPP", "Kunci MPP.", "The MPP's key.", "mpp-jembrana", required=True),
        Column(
            "instansi",
            "agency",
            "Kunci instansi di MPP itu.",
            "The agency's key at that MPP.",
            "dukcapil",
            required=True,
        ),
        *_prose("nama", "name", "Nama layanan.", "The service's name.", "Akta Kelahiran", "Birth certificate", True),
        *_prose(
            "ringkasan",
            "summary",
            "Satu atau dua kalimat sederhana.",
            "One or two plain sentences.",
            "Akta kelahiran untuk anak.",
            "A birth certificate for a child.",
            True,
        ),
        *_prose(
            "penerima",
            "who can apply",
            "Siapa yang dapat mengajukan.",
            "Who can apply.",
            "Orang tua bayi.",
            "The baby's parents.",
            True,
        ),
        *_prose(
            "bukan_penerima",
            "who cannot apply",
            "Siapa yang tidak dapat mengajukan (boleh kosong).",
            "Who cannot apply (may be empty).",
        ),
        Column("lama", "how long", "Lama layanan, angka bulat.", "How long it takes, a whole number.", "1"),
        Column(
            "satuan_lama",
            "unit",
            "Satuan lama layanan: " + codes_text(DURATION_UNITS) + ".",
            "The unit: " + codes_text(DURATION_UNITS) + ".",
            "hari_kerja",
            codes=DURATION_UNITS,
        ),
        Column(
            "biaya",
            "fee",
            "gratis, berbayar (rincian di sheet Biaya) atau sesuai_tagihan (pajak sesuai tagihan warga).",
            "gratis (free), berbayar (paid: amounts in the Biaya sheet) or sesuai_tagihan (on the citizen's bill).",
            "gratis",
            codes=FEE_KINDS,
        ),
        *_prose(
            "hasil",
            "what you receive",
            "Apa yang diterima warga.",
            "What the citizen receives.",
            "Kutipan akta kelahiran.",
            "A birth certificate.",
            True,
        ),
        Column(
            "loket",
            "counters",
            "Nomor loket di MPP ini, dipisah spasi (boleh kosong).",
            "Counter numbers at this MPP, separated by spaces (may be empty).",
            "3 4",
        ),
        Column(
            "status",
            "status",
            "Hanya informasi dari ekspor (terbit, terbit_dengan_draf, draf, dalam_peninjauan); diabaikan saat impor.",
            (
                "For information only (terbit: live, terbit_dengan_draf: live with a draft, draf: draft, "
                "dalam_peninjauan: in review); ignored on import."
            ),
            "terbit",
            export_only=True,
        ),
    ),
)

REQUIREMENTS = Sheet(
    "Persyaratan",
    "Requirements",
    "Dokumen yang dibawa warga. Baris dengan urutan yang sama: warga membawa salah satunya.",
    "Documents to bring. Rows with the same order: the citizen brings any one of them.",
    (
        *_service(),
        Column(
            "dokumen",
            "document",
            "Nama jenis dokumen, persis seperti di daftar dokumen persyaratan.",
            "The document type's name, exactly as in the list of requirement documents.",
            "Kartu Keluarga (KK)",
            required=True,
        ),
        Column("jumlah", "how many", "Jumlah, angka 1 atau lebih.", "How many, 1 or more.", "1", required=True),
        Column(
            "bentuk",
            "original or copy",
            codes_text(DOCUMENT_FORMS) + ".",
            "asli (original), fotokopi (photocopy), asli_dan_fotokopi (both), tunjukkan_asli (show the original).",
            "fotokopi",
            required=True,
            codes=DOCUMENT_FORMS,
        ),
        Column(
            "keadaan",
            "only if",
            "Kunci keadaan bila hanya diperlukan dalam keadaan tertentu (boleh kosong).",
            "The key of the condition when only needed in some situations (may be empty).",
            "kk-hilang",
        ),
        *_prose("catatan", "note", "Catatan (boleh kosong).", "A note (may be empty)."),
        Column(
            "diterbitkan_oleh",
            "issued by service",
            "Kunci layanan di MPP ini yang menerbitkan dokumen ini (boleh kosong).",
            "The key of the service at this MPP that issues the document (may be empty).",
            "kartu-keluarga",
        ),
    ),
)

STEPS = Sheet(
    "Prosedur",
    "Procedure",
    "Langkah-langkah, satu baris per langkah.",
    "The steps, one row per step.",
    (
        *_service(),
        *_prose(
            "langkah",
            "step",
            "Apa yang terjadi.",
            "What happens.",
            "Ambil nomor antrean.",
            "Take a queue number.",
            True,
        ),
    ),
)

FEES = Sheet(
    "Biaya",
    "Fees",
    "Biaya layanan berbayar. Baris dengan urutan yang sama: warga membayar salah satunya.",
    "Fees of a paid service. Rows with the same order: the citizen pays only one of them.",
    (
        *_service(),
        *_prose(
            "pilihan",
            "choice",
            "Judul pilihan bila ada beberapa baris dengan urutan yang sama (selain itu kosong).",
            "The label of a choice, when several rows share the order (otherwise empty).",
            "Pilih sesuai jenis SIM",
            "Depending on the licence class",
        ),
        Column(
            "jumlah_rupiah",
            "amount in rupiah",
            "Angka rupiah saja, tanpa Rp dan titik: 50000.",
            "Rupiah as a plain number, without Rp or dots: 50000.",
            "50000",
            required=True,
        ),
        *_prose(
            "untuk",
            "what it is for",
            "Untuk apa biaya ini.",
            "What it is for.",
            "PNBP penerbitan SIM A",
            "SIM A issuance fee",
            True,
        ),
        *_prose(
            "dasar_hukum",
            "legal basis",
            "Dasar hukum biaya ini (boleh kosong).",
            "Its legal basis (may be empty).",
            "PP 76/2020",
        ),
    ),
)

LEGAL_BASIS = Sheet(
    "DasarHukum",
    "Legal basis",
    "Peraturan yang menjadi dasar layanan.",
    "The regulations the service is based on.",
    (
        *_service(),
        *_prose(
            "peraturan", "regulation", "Judul peraturan.", "The regulation's title.", "UU 24/2013", "Law 24/2013", True
        ),
        Column(
            "tautan",
            "link",
            "Tautan ke teks peraturan (boleh kosong).",
            "Link to the text (may be empty).",
            "https://peraturan.go.id/",
        ),
    ),
)

COMPLAINTS = Sheet(
    "Pengaduan",
    "Complaints",
    "Saluran pengaduan dan masukan.",
    "Complaint and feedback channels.",
    (
        *_service(),
        Column(
            "jenis",
            "channel",
            codes_text(COMPLAINT_KINDS) + ".",
            "lapor, telepon (phone), whatsapp, email, situs (website), langsung (in person).",
            "lapor",
            required=True,
            codes=COMPLAINT_KINDS,
        ),
        Column(
            "kontak",
            "number, address or link",
            "Nomor, alamat e-mail atau tautan (kosong untuk langsung).",
            "Number, e-mail address or link (empty for in person).",
            "https://www.lapor.go.id",
        ),
        *_prose(
            "tempat",
            "where, in person",
            "Hanya untuk langsung: meja atau kantor.",
            "Only for in person: the desk or office.",
            "Meja pengaduan DPMPTSP",
            "DPMPTSP complaints desk",
        ),
        *_prose("catatan", "note", "Catatan (boleh kosong).", "A note (may be empty)."),
    ),
)

CHANNELS = Sheet(
    "SaluranLain",
    "Other channels",
    "Cara lain mengajukan selain loket MPP.",
    "Other ways to apply besides the MPP counter.",
    (
        *_service(),
        Column(
            "jenis",
            "kind",
            codes_text(CHANNEL_KINDS) + ".",
            "daring (online), kantor_instansi (agency office), kecamatan.",
            "daring",
            required=True,
            codes=CHANNEL_KINDS,
        ),
        *_prose(
            "nama",
            "name",
            "Hanya untuk daring: nama situs atau aplikasi.",
            "Only for online: the website or app's name.",
            "OSS",
            "OSS",
        ),
        Column("tautan", "link", "Hanya untuk daring: tautannya.", "Only for online: its link.", "https://oss.go.id"),
        *_prose("catatan", "note", "Catatan (boleh kosong).", "A note (may be empty)."),
    ),
)

LIFE_EVENTS = Sheet(
    "PeristiwaHidup",
    "Life events",
    "Peristiwa hidup tempat layanan ini muncul.",
    "The life events the service belongs to.",
    (
        *_service(),
        Column(
            "peristiwa", "life event", "Kunci peristiwa hidup.", "The life event's key.", "kelahiran", required=True
        ),
    ),
)

OTHER_NAMES = Sheet(
    "NamaLain",
    "Other names",
    "Nama lama, singkatan dan kata yang dipakai warga, satu per baris dan per bahasa.",
    "Old names, acronyms and words citizens use, one per row and language.",
    (
        *_service(),
        Column("bahasa", "language", "id atau en.", "id or en.", "id", required=True, codes=LANGUAGES),
        Column("nama", "name", "Nama lain.", "The other name.", "akte lahir", required=True),
    ),
)

CHILD_SHEETS = (REQUIREMENTS, STEPS, FEES, LEGAL_BASIS, COMPLAINTS, CHANNELS, LIFE_EVENTS, OTHER_NAMES)
SHEETS = (SERVICES, *CHILD_SHEETS)
BY_NAME = {sheet.name: sheet for sheet in SHEETS}
GUIDE = "Petunjuk"
"""The sheet that explains every column with an example (written by the export, ignored by the import)."""

# Limits that keep a hostile or mistaken file from exhausting the server.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 50_000
"""Rows per sheet: ten times the largest catalogue an MPP has."""
MAX_CELL_CHARS = 2_000
