"""Agencies (instansi) of the demo catalogue. Keys are the agency page slugs."""

REGENCY_OFFICE = "regency_office"
VERTICAL = "vertical_agency"
COMPANY = "regency_company"

AGENCIES = {
    "dukcapil": {
        "name": {"id": "Dinas Kependudukan dan Pencatatan Sipil", "en": "Population and Civil Registration Office"},
        "acronym": "Disdukcapil",
        "kind": REGENCY_OFFICE,
        "description": {
            "id": "Mengurus dokumen kependudukan: KTP-el, kartu keluarga, akta kelahiran, akta kematian, KIA dan surat pindah. Semua layanan Dukcapil gratis.",
            "en": "Handles civil-registry documents: identity cards, family cards, birth and death certificates, child ID cards and moving certificates. All Dukcapil services are free.",
        },
        "phone": "1500537",
        "website": "https://dukcapil.kemendagri.go.id",
    },
    "dpmptsp": {
        "name": {
            "id": "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            "en": "Investment and One-Stop Integrated Service Office",
        },
        "acronym": "DPMPTSP",
        "kind": REGENCY_OFFICE,
        "description": {
            "id": "Penyelenggara MPP. Melayani perizinan usaha dan non-usaha, dan meninjau semua informasi layanan di portal ini.",
            "en": "Runs the MPP. Handles business and other permits, and reviews all service information on this portal.",
        },
        "website": "https://oss.go.id",
    },
    "bapenda": {
        "name": {"id": "Badan Pendapatan Daerah", "en": "Regional Revenue Agency"},
        "acronym": "Bapenda",
        "kind": REGENCY_OFFICE,
        "description": {
            "id": "Mengurus pajak daerah: PBB-P2, BPHTB, pajak reklame dan pajak daerah lainnya.",
            "en": "Handles regional taxes: land and building tax, acquisition duty, advertising tax and other local taxes.",
        },
    },
    "disnaker": {
        "name": {"id": "Dinas Tenaga Kerja", "en": "Manpower Office"},
        "acronym": "Disnaker",
        "kind": REGENCY_OFFICE,
        "description": {
            "id": "Melayani pencari kerja (kartu kuning), informasi lowongan dan pelatihan kerja.",
            "en": "Serves job seekers (the yellow card), job vacancy information and job training.",
        },
    },
    "dinsos": {
        "name": {"id": "Dinas Sosial", "en": "Social Affairs Office"},
        "acronym": "Dinsos",
        "kind": REGENCY_OFFICE,
        "description": {
            "id": "Melayani pendaftaran DTKS dan bantuan sosial.",
            "en": "Handles DTKS registration and social assistance.",
        },
    },
    "dinkes": {
        "name": {"id": "Dinas Kesehatan", "en": "Health Office"},
        "acronym": "Dinkes",
        "kind": REGENCY_OFFICE,
        "description": {
            "id": "Melayani sertifikat pangan rumah tangga (SPP-IRT) dan rekomendasi di bidang kesehatan.",
            "en": "Handles home food production certificates (SPP-IRT) and health recommendations.",
        },
    },
    "pdam": {
        "name": {"id": "Perumda Air Minum", "en": "Regional Water Company"},
        "acronym": "PDAM",
        "kind": COMPANY,
        "description": {
            "id": "Melayani sambungan baru air minum, balik nama pelanggan dan pengaduan air.",
            "en": "Handles new water connections, customer name changes and water complaints.",
        },
    },
    "polres": {
        "name": {"id": "Kepolisian Resor", "en": "Regency Police"},
        "acronym": "Polres",
        "kind": VERTICAL,
        "description": {
            "id": "Satlantas melayani perpanjangan SIM; Sat Intelkam melayani SKCK.",
            "en": "The traffic unit renews driving licences; the intelligence unit issues police clearance certificates (SKCK).",
        },
        "phone": "110",
        "website": "https://polri.go.id",
    },
    "samsat": {
        "name": {"id": "Samsat", "en": "Samsat (One-Roof Vehicle Administration)"},
        "acronym": "Samsat",
        "kind": VERTICAL,
        "description": {
            "id": "Bapenda Provinsi, Polri dan Jasa Raharja dalam satu loket: pajak kendaraan, STNK dan balik nama.",
            "en": "The provincial revenue agency, the police and Jasa Raharja at one counter: vehicle tax, registration and ownership transfer.",
        },
    },
    "imigrasi": {
        "name": {"id": "Kantor Imigrasi", "en": "Immigration Office"},
        "acronym": "Imigrasi",
        "kind": VERTICAL,
        "description": {
            "id": "Melayani paspor baru dan penggantian paspor. Ambil nomor antrean lebih dulu di aplikasi M-Paspor.",
            "en": "Handles new and replacement passports. Book a queue number first in the M-Paspor app.",
        },
        "website": "https://www.imigrasi.go.id",
    },
    "bpn": {
        "name": {"id": "Kantor Pertanahan", "en": "Land Office (BPN)"},
        "acronym": "BPN",
        "kind": VERTICAL,
        "description": {
            "id": "Melayani pengecekan sertipikat, peralihan hak dan informasi pertanahan.",
            "en": "Handles land certificate checks, title transfers and land information.",
        },
        "website": "https://www.atrbpn.go.id",
    },
    "kpp": {
        "name": {"id": "Kantor Pelayanan Pajak Pratama", "en": "Tax Office (KPP Pratama)"},
        "acronym": "KPP Pratama",
        "kind": VERTICAL,
        "description": {
            "id": "Melayani pendaftaran NPWP dan konsultasi pajak pusat.",
            "en": "Handles taxpayer number (NPWP) registration and national tax advice.",
        },
        "phone": "1500200",
        "website": "https://www.pajak.go.id",
    },
    "bpjs-kesehatan": {
        "name": {"id": "BPJS Kesehatan", "en": "BPJS Kesehatan (health insurance)"},
        "acronym": "BPJS Kesehatan",
        "kind": VERTICAL,
        "description": {
            "id": "Melayani pendaftaran peserta JKN, perubahan data dan pindah faskes.",
            "en": "Handles national health insurance (JKN) registration, data changes and changing clinic.",
        },
        "phone": "165",
        "website": "https://www.bpjs-kesehatan.go.id",
    },
    "bpjs-ketenagakerjaan": {
        "name": {"id": "BPJS Ketenagakerjaan", "en": "BPJS Ketenagakerjaan (employment insurance)"},
        "acronym": "BPJS TK",
        "kind": VERTICAL,
        "description": {
            "id": "Melayani kepesertaan pekerja dan klaim jaminan, termasuk JHT.",
            "en": "Handles worker membership and benefit claims, including old-age savings (JHT).",
        },
        "phone": "175",
        "website": "https://www.bpjsketenagakerjaan.go.id",
    },
    "kemenag": {
        "name": {"id": "Kantor Kementerian Agama", "en": "Ministry of Religious Affairs Office"},
        "acronym": "Kemenag",
        "kind": VERTICAL,
        "description": {
            "id": "Melayani pendaftaran nikah bagi warga Muslim melalui KUA.",
            "en": "Handles marriage registration for Muslim citizens through the KUA.",
        },
        "website": "https://kemenag.go.id",
    },
    "bpom": {
        "name": {"id": "Loka Pengawas Obat dan Makanan", "en": "Food and Drug Supervisory Office"},
        "acronym": "BPOM",
        "kind": VERTICAL,
        "description": {
            "id": "Memberi konsultasi izin edar obat, makanan, kosmetik dan obat tradisional.",
            "en": "Advises on distribution permits for drugs, food, cosmetics and traditional medicine.",
        },
        "phone": "1500533",
        "website": "https://www.pom.go.id",
    },
}
