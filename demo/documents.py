"""Requirement document types (jenis dokumen persyaratan), reusable across services.

One type per document: other names it goes by ("akta cerai" for *Akta Perceraian*) are its
optional ``alternative_names`` (``{"id": [str], "en": [str]}``), which the editors' chooser
searches, never a second type.

``issuers`` says where a citizen gets the document, in order (the first that applies wins):
``{"service": key, "condition": key}`` a service of the catalogue (by its slug), under an
optional condition (``conditions.CONDITIONS``), so a checklist can say "get this first at
counter 4"; ``{"origin_regency": T | None}`` the civil registry of the regency one moves from;
``{"institution": T, "note": T | None}`` another institution (court, police, hospital).
"""

DOCUMENTS = {
    "ktp-el": {
        "name": {"id": "KTP Elektronik (KTP-el)", "en": "Electronic identity card (KTP-el)"},
        "description": {"id": "Kartu tanda penduduk elektronik.", "en": "Indonesian electronic identity card."},
        "issuers": [{"service": "perekaman-ktp-el"}],
    },
    "kk": {
        "name": {"id": "Kartu Keluarga (KK)", "en": "Family card (KK)"},
        "description": {"id": "Kartu keluarga terbaru.", "en": "The latest family card."},
        "issuers": [{"service": "kartu-keluarga"}],
    },
    "akta-kelahiran": {
        "name": {"id": "Akta Kelahiran", "en": "Birth certificate"},
        "description": {"id": "Kutipan akta kelahiran.", "en": "Birth certificate extract."},
        "issuers": [{"service": "akta-kelahiran"}],
    },
    "akta-perkawinan": {
        "name": {"id": "Akta Perkawinan atau Buku Nikah", "en": "Marriage certificate or marriage book"},
        "description": {
            "id": "Akta perkawinan dari Dukcapil atau buku nikah dari KUA.",
            "en": "Marriage certificate from Dukcapil or marriage book from the KUA.",
        },
        "issuers": [{"service": "pendaftaran-nikah", "condition": "beragama-islam"}, {"service": "akta-perkawinan"}],
    },
    "surat-keterangan-lahir": {
        "name": {"id": "Surat Keterangan Lahir", "en": "Birth notification letter"},
        "description": {
            "id": "Dari rumah sakit, puskesmas, bidan atau kepala desa/lurah.",
            "en": "From the hospital, health centre, midwife or village head.",
        },
        "issuers": [
            {
                "institution": {
                    "id": "Rumah sakit, puskesmas atau bidan",
                    "en": "the hospital, health centre or midwife",
                },
                "note": None,
            }
        ],
    },
    "surat-keterangan-kematian": {
        "name": {"id": "Surat Keterangan Kematian", "en": "Death notification letter"},
        "description": {
            "id": "Dari rumah sakit, puskesmas, dokter atau kepala desa/lurah.",
            "en": "From the hospital, health centre, doctor or village head.",
        },
    },
    "pas-foto-3x4": {
        "name": {"id": "Pas foto 3x4", "en": "Passport-style photo 3x4 cm"},
        "description": {"id": "Foto berwarna terbaru.", "en": "Recent colour photo."},
    },
    "pas-foto-4x6": {
        "name": {"id": "Pas foto 4x6", "en": "Passport-style photo 4x6 cm"},
        "description": {"id": "Foto berwarna terbaru.", "en": "Recent colour photo."},
    },
    "surat-pengantar-rt-rw": {
        "name": {"id": "Surat pengantar RT/RW atau desa/kelurahan", "en": "Cover letter from RT/RW or village office"},
        "description": {
            "id": "Surat pengantar dari ketua RT/RW atau kantor desa/kelurahan tempat tinggal.",
            "en": "Cover letter from the neighbourhood head or the village office where you live.",
        },
    },
    "formulir-permohonan": {
        "name": {"id": "Formulir permohonan", "en": "Application form"},
        "description": {
            "id": "Tersedia di loket atau dapat diunduh dari situs instansi.",
            "en": "Available at the counter or from the agency's website.",
        },
    },
    "surat-keterangan-kehilangan": {
        "name": {"id": "Surat Keterangan Kehilangan dari Kepolisian", "en": "Police report of loss"},
        "description": {
            "id": "Dibuat di Polsek atau Polres terdekat.",
            "en": "Issued by the nearest police station.",
        },
        "issuers": [
            {"institution": {"id": "Polsek atau Polres terdekat", "en": "the nearest police station"}, "note": None}
        ],
    },
    "sim-lama": {
        "name": {"id": "SIM lama", "en": "Current driving licence (SIM)"},
        "description": {"id": "SIM yang akan diperpanjang.", "en": "The licence to be renewed."},
        "issuers": [{"service": "perpanjangan-sim"}],
    },
    "surat-keterangan-sehat": {
        "name": {"id": "Surat keterangan sehat jasmani", "en": "Medical fitness certificate"},
        "description": {"id": "Dari dokter atau fasilitas kesehatan.", "en": "From a doctor or health facility."},
    },
    "sertifikat-psikologi": {
        "name": {"id": "Surat keterangan lulus tes psikologi", "en": "Psychological test certificate"},
        "description": {
            "id": "Dari biro psikologi yang ditunjuk kepolisian.",
            "en": "From a psychology bureau approved by the police.",
        },
    },
    "stnk": {
        "name": {"id": "STNK", "en": "Vehicle registration certificate (STNK)"},
        "description": {"id": "Surat Tanda Nomor Kendaraan.", "en": "Vehicle registration certificate."},
        "issuers": [{"service": "ganti-stnk-lima-tahunan"}],
    },
    "bpkb": {
        "name": {"id": "BPKB", "en": "Vehicle ownership book (BPKB)"},
        "description": {"id": "Buku Pemilik Kendaraan Bermotor.", "en": "Vehicle ownership book."},
    },
    "cek-fisik-kendaraan": {
        "name": {"id": "Hasil cek fisik kendaraan", "en": "Vehicle physical check result"},
        "description": {
            "id": "Gesekan nomor rangka dan mesin, dilakukan di Samsat.",
            "en": "Chassis and engine number rubbings, done at the Samsat.",
        },
    },
    "kwitansi-jual-beli": {
        "name": {"id": "Kuitansi jual beli bermeterai", "en": "Signed and stamped sales receipt"},
        "description": {"id": "Bukti pembelian dengan meterai.", "en": "Proof of purchase with a duty stamp."},
    },
    "paspor-lama": {
        "name": {"id": "Paspor lama", "en": "Old passport"},
        "description": {"id": "Paspor yang habis berlaku atau rusak.", "en": "The expired or damaged passport."},
        "issuers": [{"service": "paspor-baru"}],
    },
    "sertifikat-tanah": {
        "name": {"id": "Sertipikat tanah asli", "en": "Original land certificate"},
        "description": {"id": "Sertipikat hak atas tanah.", "en": "Land title certificate."},
    },
    "akta-jual-beli": {
        "name": {"id": "Akta Jual Beli (AJB) dari PPAT", "en": "Deed of sale (AJB) from a land deed official"},
        "description": {
            "id": "Akta peralihan hak yang dibuat oleh PPAT.",
            "en": "Transfer deed drawn up by a land deed official (PPAT).",
        },
    },
    "sppt-pbb": {
        "name": {"id": "SPPT PBB tahun berjalan", "en": "This year's land and building tax notice (SPPT PBB)"},
        "description": {"id": "Beserta bukti lunas.", "en": "With proof of payment."},
        "issuers": [{"service": "pbb-p2"}],
    },
    "bukti-bphtb": {
        "name": {"id": "Bukti setor BPHTB", "en": "Proof of BPHTB payment"},
        "description": {"id": "Yang sudah divalidasi Bapenda.", "en": "Validated by the regional revenue office."},
        "issuers": [{"service": "bphtb"}],
    },
    "npwp": {
        "name": {"id": "NPWP", "en": "Taxpayer number card (NPWP)"},
        "description": {"id": "Kartu atau surat keterangan terdaftar.", "en": "Card or registration letter."},
        "issuers": [{"service": "pendaftaran-npwp"}],
    },
    "kartu-bpjs-kesehatan": {
        "name": {"id": "Kartu BPJS Kesehatan / KIS", "en": "BPJS Kesehatan card (KIS)"},
        "description": {
            "id": "Kartu peserta JKN (fisik atau digital).",
            "en": "JKN membership card (physical or digital).",
        },
        "issuers": [{"service": "pendaftaran-bpjs-kesehatan"}],
    },
    "kartu-bpjs-ketenagakerjaan": {
        "name": {"id": "Kartu BPJS Ketenagakerjaan", "en": "BPJS Ketenagakerjaan card"},
        "description": {"id": "Kartu peserta (fisik atau digital).", "en": "Membership card (physical or digital)."},
        "issuers": [{"service": "pendaftaran-bpjs-ketenagakerjaan"}],
    },
    "surat-keterangan-berhenti-kerja": {
        "name": {"id": "Surat keterangan berhenti bekerja (paklaring)", "en": "Employment termination letter"},
        "description": {"id": "Dari perusahaan terakhir.", "en": "From the last employer."},
    },
    "buku-rekening": {
        "name": {"id": "Buku tabungan", "en": "Bank account book"},
        "description": {"id": "Atas nama pemohon.", "en": "In the applicant's name."},
    },
    "ijazah": {
        "name": {"id": "Ijazah terakhir", "en": "Latest school or university diploma"},
        "description": {"id": "Beserta transkrip bila ada.", "en": "With transcript if any."},
    },
    "nib": {
        "name": {"id": "Nomor Induk Berusaha (NIB)", "en": "Business identification number (NIB)"},
        "description": {"id": "Dicetak dari OSS.", "en": "Printed from OSS."},
        "issuers": [{"service": "nib-oss"}],
    },
    "str": {
        "name": {"id": "Surat Tanda Registrasi (STR)", "en": "Health worker registration (STR)"},
        "description": {"id": "Yang masih berlaku.", "en": "Valid registration certificate."},
    },
    "rekomendasi-organisasi-profesi": {
        "name": {"id": "Rekomendasi organisasi profesi", "en": "Professional association recommendation"},
        "description": {"id": "Misalnya IDI, PPNI atau IBI.", "en": "For example IDI, PPNI or IBI."},
    },
    "gambar-rencana-bangunan": {
        "name": {"id": "Gambar rencana teknis bangunan", "en": "Technical building plans"},
        "description": {
            "id": "Arsitektur, struktur dan utilitas, diunggah di SIMBG.",
            "en": "Architecture, structure and utilities, uploaded to SIMBG.",
        },
    },
    "sertifikat-penyuluhan-keamanan-pangan": {
        "name": {"id": "Sertifikat Penyuluhan Keamanan Pangan (PKP)", "en": "Food safety training certificate (PKP)"},
        "description": {"id": "Dari Dinas Kesehatan.", "en": "From the regency health office."},
    },
    "surat-pengantar-nikah": {
        "name": {
            "id": "Surat pengantar nikah dari desa/kelurahan",
            "en": "Marriage cover letter from the village office",
        },
        "description": {"id": "Formulir N1 sampai N4.", "en": "Forms N1 to N4."},
    },
    "surat-keterangan-pindah": {
        "name": {"id": "Surat Keterangan Pindah (SKPWNI)", "en": "Moving certificate (SKPWNI)"},
        "description": {"id": "Dari daerah asal.", "en": "From the regency you are moving from."},
        "issuers": [{"origin_regency": None}],
    },
    "kia": {
        "name": {"id": "Kartu Identitas Anak (KIA)", "en": "Child identity card (KIA)"},
        "description": {"id": "Untuk anak di bawah 17 tahun.", "en": "For children under 17."},
        "issuers": [{"service": "kartu-identitas-anak"}],
    },
    "akta-kematian": {
        "name": {"id": "Akta Kematian", "en": "Death certificate"},
        "description": {"id": "Kutipan akta kematian.", "en": "Death certificate extract."},
        "issuers": [{"service": "akta-kematian"}],
    },
    "kartu-pencari-kerja": {
        "name": {"id": "Kartu Tanda Pencari Kerja (AK/I)", "en": "Job seeker card (AK/I)"},
        "description": {"id": "Kartu kuning dari Disnaker.", "en": "The yellow card from the manpower office."},
        "issuers": [{"service": "kartu-pencari-kerja"}],
    },
    "skck": {
        "name": {"id": "SKCK", "en": "Police clearance certificate (SKCK)"},
        "description": {"id": "Yang masih berlaku.", "en": "Still valid."},
        "issuers": [{"service": "skck"}],
    },
    "surat-kuasa": {
        "name": {"id": "Surat kuasa bermeterai", "en": "Stamped power of attorney"},
        "description": {
            "id": "Jika diurus oleh orang lain, beserta KTP-el penerima kuasa.",
            "en": "If someone else applies for you, with their KTP-el.",
        },
    },
}

# Document types first written beside the services that need them (civil registry, police and
# immigration; then business, land, health and the others), with an "a-" or "b-" prefix.
DOCUMENTS |= {
    "a-sptjm": {
        "name": {
            "id": "Surat Pernyataan Tanggung Jawab Mutlak (SPTJM)",
            "en": "Statement of absolute responsibility (SPTJM)",
        },
        "description": {
            "id": (
                "Pernyataan bermeterai yang menggantikan dokumen yang tidak ada, misalnya surat "
                "keterangan lahir atau buku nikah. Formulirnya tersedia di loket Dukcapil."
            ),
            "en": (
                "A stamped statement that stands in for a missing document, such as a birth "
                "notification or a marriage book. The form is available at the Dukcapil counter."
            ),
        },
    },
    "a-pas-foto-2x3": {
        "name": {"id": "Pas foto anak 2x3", "en": "Child's photo 2x3 cm"},
        "description": {
            "id": "Foto berwarna terbaru, untuk anak berusia 5 tahun ke atas.",
            "en": "Recent colour photo, for children aged 5 and over.",
        },
    },
    "a-surat-perkawinan-pemuka-agama": {
        "name": {
            "id": "Surat keterangan perkawinan dari pemuka agama",
            "en": "Religious marriage letter",
        },
        "description": {
            "id": (
                "Surat pemberkatan atau keterangan telah terjadinya perkawinan dari pemuka agama "
                "atau pemuka penghayat kepercayaan."
            ),
            "en": (
                "Letter from the religious leader (or leader of a belief community) confirming "
                "that the marriage ceremony took place."
            ),
        },
    },
    "a-akta-cerai": {
        "name": {"id": "Akta Perceraian", "en": "Divorce certificate"},
        "alternative_names": {"id": ["Akta cerai", "Surat cerai"], "en": ["Divorce decree"]},
        "description": {
            "id": "Kutipan akta perceraian dari Dukcapil, atau akta cerai dari Pengadilan Agama.",
            "en": "Divorce certificate from Dukcapil, or from the religious court.",
        },
        "issuers": [
            {
                "institution": {
                    "id": "Pengadilan Agama, atau Dukcapil setelah putusan Pengadilan Negeri",
                    "en": "the religious court, or Dukcapil after a district court ruling",
                },
                "note": None,
            }
        ],
    },
    "a-dokumen-kependudukan-asli": {
        "name": {
            "id": "Dokumen kependudukan asli yang akan dilegalisir",
            "en": "Original civil-registry document to be certified",
        },
        "description": {
            "id": "Misalnya KK, akta kelahiran, akta kematian, akta perkawinan atau akta perceraian.",
            "en": ("For example a family card, birth, death, marriage or divorce certificate."),
        },
    },
    "a-kartu-sidik-jari": {
        "name": {"id": "Kartu sidik jari (kartu tik)", "en": "Fingerprint card"},
        "description": {
            "id": "Dibuat di unit identifikasi (Inafis) Polres. Cukup sekali; bawa kartu lama jika ada.",
            "en": (
                "Made by the police identification unit (Inafis). Needed only once; bring your old "
                "card if you have one."
            ),
        },
    },
}
DOCUMENTS |= {
    "b-bukti-pph": {
        "name": {
            "id": "Bukti setor PPh final pengalihan hak atas tanah/bangunan",
            "en": "Proof of payment of the final income tax on the transfer",
        },
        "description": {
            "id": "Dibayar oleh penjual (2,5% dari nilai transaksi), atau surat keterangan bebas PPh.",
            "en": "Paid by the seller (2.5% of the transaction value), or a tax exemption letter.",
        },
    },
    "b-kkpr": {
        "name": {
            "id": "Konfirmasi KKPR atau Keterangan Rencana Kota (KRK)",
            "en": "Spatial plan conformity (KKPR) or city plan information (KRK)",
        },
        "description": {
            "id": "Menyatakan bahwa rencana bangunan sesuai dengan tata ruang. Untuk rumah tinggal sederhana, KRK biasanya diterbitkan lewat SIMBG.",
            "en": "Shows the planned building fits the spatial plan. For simple houses, the KRK is usually issued through SIMBG.",
        },
    },
    "b-desain-reklame": {
        "name": {
            "id": "Desain reklame dan foto lokasi",
            "en": "Sign design and photo of the location",
        },
        "description": {
            "id": "Gambar naskah reklame dengan ukuran, bahan dan titik koordinat, serta foto lokasi pemasangan. Untuk baliho besar, sertakan gambar konstruksi.",
            "en": "Drawing of the sign with size, material and coordinates, and a photo of the site. For large billboards, add the construction drawing.",
        },
    },
    "b-persetujuan-pemilik-lokasi": {
        "name": {
            "id": "Surat persetujuan pemilik tanah atau bangunan",
            "en": "Consent letter from the owner of the land or building",
        },
        "description": {
            "id": "Bermeterai, jika reklame dipasang di tanah atau bangunan milik orang lain.",
            "en": "Stamped, if the sign stands on land or a building owned by someone else.",
        },
    },
    "b-surat-keterangan-tempat-praktik": {
        "name": {
            "id": "Surat keterangan dari fasilitas pelayanan kesehatan tempat praktik",
            "en": "Letter from the health facility where you will practise",
        },
        "description": {
            "id": "Dari pimpinan rumah sakit, puskesmas atau klinik. Untuk praktik mandiri, cukup alamat dan denah tempat praktik.",
            "en": "From the head of the hospital, health centre or clinic. For private practice, the address and floor plan of the practice.",
        },
    },
    "b-label-pangan": {
        "name": {"id": "Rancangan label pangan", "en": "Draft food label"},
        "description": {
            "id": "Memuat nama produk, komposisi, berat bersih, nama dan alamat produsen, serta tanggal kedaluwarsa.",
            "en": "Shows the product name, ingredients, net weight, producer's name and address, and expiry date.",
        },
    },
    "b-data-produk": {
        "name": {
            "id": "Keterangan produk",
            "en": "Product information",
        },
        "description": {
            "id": "Komposisi, proses produksi, jenis kemasan dan contoh label atau foto produk.",
            "en": "Ingredients, production process, type of packaging and a sample label or product photo.",
        },
    },
    "b-pas-foto-2x3": {
        "name": {"id": "Pas foto 2x3", "en": "Passport-style photo 2x3 cm"},
        "description": {
            "id": "Foto berwarna terbaru, latar belakang biru.",
            "en": "Recent colour photo, blue background.",
        },
    },
    "b-surat-izin-orang-tua": {
        "name": {
            "id": "Surat izin orang tua (formulir N5)",
            "en": "Parental consent letter (form N5)",
        },
        "description": {
            "id": "Bagi calon pengantin yang belum berusia 21 tahun.",
            "en": "For a bride or groom under 21.",
        },
    },
    "b-rekomendasi-nikah": {
        "name": {
            "id": "Surat rekomendasi nikah dari KUA asal",
            "en": "Marriage recommendation letter from the home KUA",
        },
        "description": {
            "id": "Jika akad nikah dilangsungkan di luar kecamatan tempat tinggal calon pengantin.",
            "en": "If the wedding takes place outside the sub-district where the bride or groom lives.",
        },
    },
    "b-denah-lokasi": {
        "name": {"id": "Denah lokasi rumah", "en": "Sketch map of the house location"},
        "description": {
            "id": "Gambar sederhana letak rumah dari jalan terdekat, atau titik lokasi di peta daring.",
            "en": "A simple sketch from the nearest road, or a pin on an online map.",
        },
    },
    "b-foto-rumah": {
        "name": {"id": "Foto kondisi rumah", "en": "Photos of the house"},
        "description": {
            "id": "Tampak depan dan dalam, untuk membantu verifikasi petugas.",
            "en": "Front and inside, to help the officer's verification.",
        },
    },
}
