"""Life events (peristiwa hidup): how citizens group the services they need."""

LIFE_EVENTS = {
    "kelahiran": {
        "name": {"id": "Kelahiran anak", "en": "Having a baby"},
        "description": {
            "id": "Dokumen pertama untuk anak: akta kelahiran, kartu keluarga baru dan KIA.",
            "en": "A child's first documents: birth certificate, updated family card and child ID card.",
        },
    },
    "identitas": {
        "name": {"id": "Identitas diri", "en": "Identity documents"},
        "description": {
            "id": "KTP-el, kartu keluarga dan dokumen kependudukan lainnya.",
            "en": "Identity card, family card and other civil-registry documents.",
        },
    },
    "pernikahan": {
        "name": {"id": "Menikah", "en": "Getting married"},
        "description": {
            "id": "Pendaftaran nikah, akta perkawinan dan pembaruan data keluarga.",
            "en": "Marriage registration, marriage certificate and updating family records.",
        },
    },
    "kematian": {
        "name": {"id": "Anggota keluarga meninggal", "en": "A death in the family"},
        "description": {
            "id": "Akta kematian, pembaruan kartu keluarga dan klaim jaminan.",
            "en": "Death certificate, family card update and insurance claims.",
        },
    },
    "pindah-rumah": {
        "name": {"id": "Pindah rumah", "en": "Moving house"},
        "description": {
            "id": "Surat pindah, kartu keluarga dan KTP-el dengan alamat baru, faskes dan air minum.",
            "en": "Moving certificate, family card and ID card with the new address, clinic and water.",
        },
    },
    "usaha": {
        "name": {"id": "Memulai usaha", "en": "Starting a business"},
        "description": {
            "id": "NIB, izin usaha, sertifikat pangan rumah tangga, reklame dan pajak.",
            "en": "Business number, permits, home food certificate, signage and tax.",
        },
    },
    "kendaraan": {
        "name": {"id": "Kendaraan dan SIM", "en": "Vehicles and driving"},
        "description": {
            "id": "SIM, pajak kendaraan, STNK dan balik nama.",
            "en": "Driving licence, vehicle tax, registration and ownership transfer.",
        },
    },
    "tanah-bangunan": {
        "name": {"id": "Tanah dan bangunan", "en": "Land and buildings"},
        "description": {
            "id": "Sertifikat tanah, balik nama, PBB, BPHTB dan persetujuan bangunan.",
            "en": "Land certificates, title transfer, property tax, acquisition duty and building approval.",
        },
    },
    "pekerjaan": {
        "name": {"id": "Mencari kerja dan bekerja", "en": "Work and job seeking"},
        "description": {
            "id": "Kartu kuning, SKCK, BPJS Ketenagakerjaan dan klaim JHT.",
            "en": "Job seeker card, police clearance, employment insurance and JHT claims.",
        },
    },
    "kesehatan": {
        "name": {"id": "Jaminan kesehatan", "en": "Health insurance"},
        "description": {
            "id": "Kepesertaan BPJS Kesehatan (JKN) dan pindah faskes.",
            "en": "National health insurance (JKN) membership and changing clinic.",
        },
    },
    "bantuan-sosial": {
        "name": {"id": "Bantuan sosial", "en": "Social assistance"},
        "description": {
            "id": "Pendaftaran DTKS untuk bantuan sosial dan iuran JKN yang ditanggung pemerintah.",
            "en": "DTKS registration for social assistance and government-paid health insurance.",
        },
    },
    "luar-negeri": {
        "name": {"id": "Bepergian ke luar negeri", "en": "Travelling abroad"},
        "description": {
            "id": "Paspor baru dan penggantian paspor.",
            "en": "New and replacement passports.",
        },
    },
    "pajak": {
        "name": {"id": "Pajak", "en": "Taxes"},
        "description": {
            "id": "NPWP, PBB-P2, BPHTB dan pajak kendaraan.",
            "en": "Tax number, land and building tax, acquisition duty and vehicle tax.",
        },
    },
}
