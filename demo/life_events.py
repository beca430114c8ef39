"""Life events (peristiwa hidup): how citizens group the services they need.

Each has ordered ``steps`` (a step-by-step journey): a title, the service keys that do it, an
optional note.
"""

LIFE_EVENTS = {
    "kelahiran": {
        "name": {"id": "Kelahiran anak", "en": "Having a baby"},
        "description": {
            "id": "Dokumen pertama untuk anak: akta kelahiran, kartu keluarga baru dan KIA.",
            "en": "A child's first documents: birth certificate, updated family card and child ID card.",
        },
        "steps": [
            {
                "title": {"id": "Urus akta kelahiran", "en": "Get the birth certificate"},
                "services": ["akta-kelahiran"],
                "note": None,
            },
            {
                "title": {"id": "Masukkan anak ke kartu keluarga", "en": "Add the child to the family card"},
                "services": ["kartu-keluarga"],
                "note": None,
            },
            {
                "title": {"id": "Buat kartu identitas anak (KIA)", "en": "Get the child identity card (KIA)"},
                "services": ["kartu-identitas-anak"],
                "note": None,
            },
            {
                "title": {
                    "id": "Daftarkan anak ke BPJS Kesehatan",
                    "en": "Register the child for health insurance (JKN)",
                },
                "services": ["pendaftaran-bpjs-kesehatan"],
                "note": None,
            },
        ],
    },
    "identitas": {
        "name": {"id": "Identitas diri", "en": "Identity documents"},
        "description": {
            "id": "KTP-el, kartu keluarga dan dokumen kependudukan lainnya.",
            "en": "Identity card, family card and other civil-registry documents.",
        },
        "steps": [
            {
                "title": {"id": "Pastikan data di kartu keluarga benar", "en": "Make sure your family card is correct"},
                "services": ["kartu-keluarga"],
                "note": None,
            },
            {
                "title": {"id": "Rekam KTP-el", "en": "Record your KTP-el"},
                "services": ["perekaman-ktp-el"],
                "note": None,
            },
            {
                "title": {"id": "Ganti KTP-el yang hilang atau rusak", "en": "Replace a lost or damaged KTP-el"},
                "services": ["penggantian-ktp-el"],
                "note": None,
            },
            {
                "title": {"id": "Legalisir salinan dokumen", "en": "Get certified copies of your documents"},
                "services": ["legalisir-dokumen-kependudukan"],
                "note": None,
            },
        ],
    },
    "pernikahan": {
        "name": {"id": "Menikah", "en": "Getting married"},
        "description": {
            "id": "Pendaftaran nikah, akta perkawinan dan pembaruan data keluarga.",
            "en": "Marriage registration, marriage certificate and updating family records.",
        },
        "steps": [
            {
                "title": {"id": "Catatkan pernikahan", "en": "Register the marriage"},
                "services": ["pendaftaran-nikah", "akta-perkawinan"],
                "note": {
                    "id": "Di KUA bila Anda beragama Islam; selain itu akta perkawinan di Disdukcapil.",
                    "en": "At the KUA if you are Muslim; otherwise the marriage certificate at Disdukcapil.",
                },
            },
            {
                "title": {"id": "Perbarui kartu keluarga", "en": "Update the family card"},
                "services": ["kartu-keluarga"],
                "note": None,
            },
        ],
    },
    "kematian": {
        "name": {"id": "Anggota keluarga meninggal", "en": "A death in the family"},
        "description": {
            "id": "Akta kematian, pembaruan kartu keluarga dan klaim jaminan.",
            "en": "Death certificate, family card update and insurance claims.",
        },
        "steps": [
            {
                "title": {"id": "Urus akta kematian", "en": "Get the death certificate"},
                "services": ["akta-kematian"],
                "note": None,
            },
            {
                "title": {"id": "Perbarui kartu keluarga", "en": "Update the family card"},
                "services": ["kartu-keluarga"],
                "note": None,
            },
            {
                "title": {"id": "Klaim Jaminan Hari Tua (JHT)", "en": "Claim the old-age savings (JHT)"},
                "services": ["klaim-jht"],
                "note": None,
            },
            {
                "title": {"id": "Balik nama tanah warisan", "en": "Transfer inherited land"},
                "services": ["bphtb", "peralihan-hak-tanah"],
                "note": None,
            },
        ],
    },
    "pindah-rumah": {
        "name": {"id": "Pindah rumah", "en": "Moving house"},
        "description": {
            "id": "Surat pindah, kartu keluarga dan KTP-el dengan alamat baru, faskes dan air minum.",
            "en": "Moving certificate, family card and ID card with the new address, clinic and water.",
        },
        "steps": [
            {
                "title": {"id": "Urus surat pindah", "en": "Get the moving certificate"},
                "services": ["surat-keterangan-pindah"],
                "note": None,
            },
            {
                "title": {
                    "id": "Perbarui kartu keluarga dengan alamat baru",
                    "en": "Update the family card with the new address",
                },
                "services": ["kartu-keluarga"],
                "note": None,
            },
            {
                "title": {"id": "Pindahkan faskes BPJS Kesehatan", "en": "Change your health insurance clinic"},
                "services": ["pindah-faskes-bpjs-kesehatan"],
                "note": None,
            },
            {
                "title": {"id": "Pasang sambungan air minum", "en": "Get a piped water connection"},
                "services": ["sambungan-baru-air-minum"],
                "note": None,
            },
        ],
    },
    "usaha": {
        "name": {"id": "Memulai usaha", "en": "Starting a business"},
        "description": {
            "id": "NIB, izin usaha, sertifikat pangan rumah tangga, reklame dan pajak.",
            "en": "Business number, permits, home food certificate, signage and tax.",
        },
        "steps": [
            {
                "title": {"id": "Daftarkan NIB lewat OSS", "en": "Register a business number (NIB) through OSS"},
                "services": ["nib-oss"],
                "note": None,
            },
            {
                "title": {"id": "Daftarkan NPWP", "en": "Register a tax number (NPWP)"},
                "services": ["pendaftaran-npwp"],
                "note": None,
            },
            {
                "title": {"id": "Urus izin yang dibutuhkan usaha Anda", "en": "Get the permits your business needs"},
                "services": ["spp-irt", "persetujuan-bangunan-gedung", "izin-reklame"],
                "note": None,
            },
            {
                "title": {"id": "Daftarkan BPJS Ketenagakerjaan", "en": "Register for employment insurance"},
                "services": ["pendaftaran-bpjs-ketenagakerjaan"],
                "note": None,
            },
        ],
    },
    "kendaraan": {
        "name": {"id": "Kendaraan dan SIM", "en": "Vehicles and driving"},
        "description": {
            "id": "SIM, pajak kendaraan, STNK dan balik nama.",
            "en": "Driving licence, vehicle tax, registration and ownership transfer.",
        },
        "steps": [
            {
                "title": {"id": "Balik nama kendaraan bekas", "en": "Transfer a used vehicle to your name"},
                "services": ["balik-nama-kendaraan"],
                "note": None,
            },
            {
                "title": {"id": "Bayar pajak kendaraan tahunan", "en": "Pay the annual vehicle tax"},
                "services": ["pajak-kendaraan-tahunan"],
                "note": None,
            },
            {
                "title": {
                    "id": "Ganti STNK dan pelat lima tahunan",
                    "en": "Renew the registration and plates every five years",
                },
                "services": ["ganti-stnk-lima-tahunan"],
                "note": None,
            },
            {
                "title": {"id": "Perpanjang SIM", "en": "Renew your driving licence"},
                "services": ["perpanjangan-sim"],
                "note": None,
            },
        ],
    },
    "tanah-bangunan": {
        "name": {"id": "Tanah dan bangunan", "en": "Land and buildings"},
        "description": {
            "id": "Sertifikat tanah, balik nama, PBB, BPHTB dan persetujuan bangunan.",
            "en": "Land certificates, title transfer, property tax, acquisition duty and building approval.",
        },
        "steps": [
            {
                "title": {"id": "Cek sertifikat tanah", "en": "Check the land certificate"},
                "services": ["pengecekan-sertifikat-tanah"],
                "note": None,
            },
            {
                "title": {"id": "Bayar BPHTB", "en": "Pay the acquisition duty (BPHTB)"},
                "services": ["bphtb"],
                "note": None,
            },
            {
                "title": {"id": "Balik nama sertifikat", "en": "Transfer the title"},
                "services": ["peralihan-hak-tanah"],
                "note": None,
            },
            {
                "title": {"id": "Bayar PBB", "en": "Pay the land and building tax (PBB)"},
                "services": ["pbb-p2"],
                "note": None,
            },
            {
                "title": {"id": "Urus persetujuan bangunan", "en": "Get the building approval"},
                "services": ["persetujuan-bangunan-gedung"],
                "note": None,
            },
        ],
    },
    "pekerjaan": {
        "name": {"id": "Mencari kerja dan bekerja", "en": "Work and job seeking"},
        "description": {
            "id": "Kartu kuning, SKCK, BPJS Ketenagakerjaan dan klaim JHT.",
            "en": "Job seeker card, police clearance, employment insurance and JHT claims.",
        },
        "steps": [
            {
                "title": {"id": "Buat kartu pencari kerja", "en": "Get a job seeker card"},
                "services": ["kartu-pencari-kerja"],
                "note": None,
            },
            {
                "title": {"id": "Urus SKCK", "en": "Get a police clearance certificate (SKCK)"},
                "services": ["skck"],
                "note": None,
            },
            {
                "title": {"id": "Daftarkan NPWP", "en": "Register a tax number (NPWP)"},
                "services": ["pendaftaran-npwp"],
                "note": None,
            },
            {
                "title": {"id": "Daftarkan BPJS Ketenagakerjaan", "en": "Register for employment insurance"},
                "services": ["pendaftaran-bpjs-ketenagakerjaan"],
                "note": None,
            },
        ],
    },
    "kesehatan": {
        "name": {"id": "Jaminan kesehatan", "en": "Health insurance"},
        "description": {
            "id": "Kepesertaan BPJS Kesehatan (JKN) dan pindah faskes.",
            "en": "National health insurance (JKN) membership and changing clinic.",
        },
        "steps": [
            {
                "title": {"id": "Daftar BPJS Kesehatan", "en": "Register for health insurance (JKN)"},
                "services": ["pendaftaran-bpjs-kesehatan"],
                "note": None,
            },
            {
                "title": {"id": "Ubah data atau pindah faskes", "en": "Change your details or clinic"},
                "services": ["pindah-faskes-bpjs-kesehatan"],
                "note": None,
            },
        ],
    },
    "bantuan-sosial": {
        "name": {"id": "Bantuan sosial", "en": "Social assistance"},
        "description": {
            "id": "Pendaftaran DTKS untuk bantuan sosial dan iuran JKN yang ditanggung pemerintah.",
            "en": "DTKS registration for social assistance and government-paid health insurance.",
        },
        "steps": [
            {
                "title": {"id": "Daftar DTKS", "en": "Register in the social welfare data (DTKS)"},
                "services": ["pendaftaran-dtks"],
                "note": None,
            },
            {
                "title": {"id": "Daftar BPJS Kesehatan", "en": "Register for health insurance (JKN)"},
                "services": ["pendaftaran-bpjs-kesehatan"],
                "note": None,
            },
        ],
    },
    "luar-negeri": {
        "name": {"id": "Bepergian ke luar negeri", "en": "Travelling abroad"},
        "description": {
            "id": "Paspor baru dan penggantian paspor.",
            "en": "New and replacement passports.",
        },
        "steps": [
            {"title": {"id": "Buat paspor", "en": "Get a passport"}, "services": ["paspor-baru"], "note": None},
            {
                "title": {
                    "id": "Ganti paspor yang habis masa berlaku, hilang atau rusak",
                    "en": "Replace an expired, lost or damaged passport",
                },
                "services": ["penggantian-paspor"],
                "note": None,
            },
        ],
    },
    "pajak": {
        "name": {"id": "Pajak", "en": "Taxes"},
        "description": {
            "id": "NPWP, PBB-P2, BPHTB dan pajak kendaraan.",
            "en": "Tax number, land and building tax, acquisition duty and vehicle tax.",
        },
        "steps": [
            {
                "title": {"id": "Daftarkan NPWP", "en": "Register a tax number (NPWP)"},
                "services": ["pendaftaran-npwp"],
                "note": None,
            },
            {
                "title": {"id": "Bayar PBB", "en": "Pay the land and building tax (PBB)"},
                "services": ["pbb-p2"],
                "note": None,
            },
            {
                "title": {"id": "Bayar pajak kendaraan", "en": "Pay the vehicle tax"},
                "services": ["pajak-kendaraan-tahunan"],
                "note": None,
            },
            {
                "title": {
                    "id": "Bayar BPHTB saat membeli tanah",
                    "en": "Pay the acquisition duty (BPHTB) when buying land",
                },
                "services": ["bphtb"],
                "note": None,
            },
        ],
    },
}
