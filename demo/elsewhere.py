"""Where each demo MPP sends citizens for the catalogue services it does not offer.

One row per agency office in a regency (``mpp``, ``agency``); ``services`` limits a row
to some of the agency's services (the police licensing office, Satpas, renews driving
licences; the police station's intelligence unit issues SKCK). ``load_demo`` adds, for
every demo MPP and every service it lacks, the matching office rows and then the
service's own online channels (``channels`` of the service data). Addresses are
demonstration data at the level of the town; reviewers record the exact ones.
"""

OFFICE_HOURS = {"id": "Senin–Jumat, 08.00–15.00", "en": "Monday to Friday, 08:00 to 15:00"}


def office(mpp, agency, name, address, services=None, phone="", note=None, hours=OFFICE_HOURS):
    return {
        "mpp": mpp,
        "agency": agency,
        "services": services,
        "name": name,
        "address": address,
        "hours": hours,
        "phone": phone,
        "note": note,
    }


JEMBER = {"id": "Kabupaten Jember, Jawa Timur", "en": "Jember Regency, East Java"}
KARANGASEM = {"id": "Amlapura, Kabupaten Karangasem, Bali", "en": "Amlapura, Karangasem Regency, Bali"}

OFFICES = [
    # --- MPP Jember (a trial with a limited set of agencies) ---
    office(
        "mpp-jember",
        "polres",
        {
            "id": "Satpas Polres Jember",
            "en": "Jember Police driving licence office (Satpas)",
        },
        {
            "id": "Polres Jember, Jalan R.A. Kartini, Kaliwates, Kabupaten Jember",
            "en": "Jember Police, Jalan R.A. Kartini, Kaliwates, Jember Regency",
        },
        services=["perpanjangan-sim"],
        phone="110",
        note={
            "id": "Bawa SIM lama dan KTP-el; tes kesehatan dan psikologi di dekat Satpas.",
            "en": "Bring your old licence and KTP-el; the health and psychology tests are near the Satpas.",
        },
    ),
    office(
        "mpp-jember",
        "polres",
        {"id": "Sat Intelkam Polres Jember", "en": "Jember Police intelligence unit (Sat Intelkam)"},
        {
            "id": "Polres Jember, Jalan R.A. Kartini, Kaliwates, Kabupaten Jember",
            "en": "Jember Police, Jalan R.A. Kartini, Kaliwates, Jember Regency",
        },
        services=["skck"],
        phone="110",
    ),
    office(
        "mpp-jember",
        "samsat",
        {"id": "Kantor Bersama Samsat Jember", "en": "Jember Samsat office"},
        JEMBER,
    ),
    office(
        "mpp-jember",
        "imigrasi",
        {"id": "Kantor Imigrasi Kelas II TPI Jember", "en": "Jember Immigration Office (Class II)"},
        JEMBER,
        note={
            "id": "Ambil nomor antrean di aplikasi M-Paspor sebelum datang.",
            "en": "Book a queue number in the M-Paspor app before you come.",
        },
    ),
    office(
        "mpp-jember",
        "bpn",
        {"id": "Kantor Pertanahan Kabupaten Jember", "en": "Jember Land Office (BPN)"},
        JEMBER,
    ),
    office(
        "mpp-jember",
        "kpp",
        {"id": "KPP Pratama Jember", "en": "Jember Tax Office (KPP Pratama)"},
        JEMBER,
        phone="1500200",
    ),
    office(
        "mpp-jember",
        "bpjs-kesehatan",
        {"id": "BPJS Kesehatan Kantor Cabang Jember", "en": "BPJS Kesehatan Jember branch office"},
        JEMBER,
        phone="165",
    ),
    office(
        "mpp-jember",
        "bpjs-ketenagakerjaan",
        {"id": "BPJS Ketenagakerjaan Kantor Cabang Jember", "en": "BPJS Ketenagakerjaan Jember branch office"},
        JEMBER,
        phone="175",
    ),
    office(
        "mpp-jember",
        "dinkes",
        {"id": "Dinas Kesehatan Kabupaten Jember", "en": "Jember Regency Health Office"},
        JEMBER,
    ),
    office(
        "mpp-jember",
        "kemenag",
        {
            "id": "KUA kecamatan tempat tinggal calon pengantin",
            "en": "The KUA of the district where the bride or groom lives",
        },
        JEMBER,
        note={
            "id": "Daftar di KUA kecamatan Anda, bukan di kantor kabupaten.",
            "en": "Register at your district's KUA, not at the regency office.",
        },
    ),
    office(
        "mpp-jember",
        "bpom",
        {"id": "Loka POM di Kabupaten Jember", "en": "Jember Food and Drug Supervisory Office (Loka POM)"},
        JEMBER,
        phone="1500533",
    ),
    office(
        "mpp-jember",
        "pdam",
        {
            "id": "Kantor Perumdam Tirta Pandalungan Jember",
            "en": "Jember regional water company office (Perumdam Tirta Pandalungan)",
        },
        JEMBER,
    ),
    # --- MPP Jembrana: Muslim marriages are registered at the KUA ---
    office(
        "mpp-jembrana",
        "kemenag",
        {
            "id": "KUA kecamatan tempat tinggal calon pengantin",
            "en": "The KUA of the district where the bride or groom lives",
        },
        {"id": "Kabupaten Jembrana, Bali", "en": "Jembrana Regency, Bali"},
        note={
            "id": "Daftar di KUA kecamatan Anda, bukan di kantor kabupaten.",
            "en": "Register at your district's KUA, not at the regency office.",
        },
    ),
    # --- MPP Karangasem ---
    office(
        "mpp-karangasem",
        "imigrasi",
        {"id": "Kantor Imigrasi Kelas I TPI Denpasar", "en": "Denpasar Immigration Office (Class I)"},
        {"id": "Kota Denpasar, Bali", "en": "Denpasar, Bali"},
        note={
            "id": "Tidak ada kantor imigrasi di Karangasem. Ambil nomor antrean di aplikasi M-Paspor.",
            "en": "There is no immigration office in Karangasem. Book a queue number in the M-Paspor app.",
        },
    ),
    office(
        "mpp-karangasem",
        "kpp",
        {"id": "KP2KP Amlapura (layanan KPP Pratama)", "en": "Amlapura tax service office (KP2KP)"},
        KARANGASEM,
        phone="1500200",
    ),
    office(
        "mpp-karangasem",
        "dinsos",
        {"id": "Dinas Sosial Kabupaten Karangasem", "en": "Karangasem Regency Social Affairs Office"},
        KARANGASEM,
        note={
            "id": "Pendaftaran DTKS juga melalui desa atau kelurahan Anda.",
            "en": "DTKS registration also goes through your village office.",
        },
    ),
    office(
        "mpp-karangasem",
        "dinkes",
        {"id": "Dinas Kesehatan Kabupaten Karangasem", "en": "Karangasem Regency Health Office"},
        KARANGASEM,
    ),
    office(
        "mpp-karangasem",
        "bpom",
        {"id": "Balai Besar POM di Denpasar", "en": "Denpasar Food and Drug Supervisory Centre (BBPOM)"},
        {"id": "Kota Denpasar, Bali", "en": "Denpasar, Bali"},
        phone="1500533",
    ),
]
