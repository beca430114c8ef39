"""Demo services, part B: land, tax, social security, permits, marriage, water.

Follows the service schema documented in ``demo`` (``__init__.py``).
Requirement document keys come from ``documents.DOCUMENTS`` and from
``EXTRA_DOCUMENTS`` below (keys prefixed ``b-``). Fees and durations are
plausible national or typical regency values, not those of one regency.
"""

EXTRA_DOCUMENTS = {
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

SERVICES = [
    # ------------------------------------------------------------------ BPN
    {
        "slug": "pengecekan-sertifikat-tanah",
        "agency": "bpn",
        "title": {"id": "Pengecekan Sertifikat Tanah", "en": "Land certificate check"},
        "summary": {
            "id": "Kantor Pertanahan mencocokkan sertipikat Bapak/Ibu dengan buku tanah. Hasilnya menunjukkan apakah sertipikat terdaftar dan apakah ada blokir, sita, hak tanggungan atau sengketa yang tercatat.",
            "en": "The land office compares your certificate with its land register. The result shows whether the certificate is registered and whether any block, seizure, mortgage or dispute is recorded.",
        },
        "alternative_names": {
            "id": [
                "cek sertifikat",
                "cek sertipikat",
                "pengecekan sertipikat",
                "cek sertifikat asli atau palsu",
                "cek blokir sertifikat",
                "cek tanah BPN",
                "cek sertifkat",
            ],
            "en": [
                "land certificate check",
                "land title check",
                "title search",
                "verify land certificate",
                "check land title at BPN",
                "land certificate verification",
            ],
        },
        "eligibility": {
            "id": "Pemegang hak atas tanah atau kuasanya, termasuk PPAT yang akan membuat akta.",
            "en": "The title holder or their representative, including a land deed official (PPAT) preparing a deed.",
        },
        "not_eligible": {
            "id": "Layanan ini tidak mengubah nama pemilik atau data sertipikat. Untuk balik nama, gunakan layanan Peralihan Hak atas Tanah.",
            "en": "This service does not change the owner or the certificate data. To change the owner, use the land title transfer service.",
        },
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "KTP-el pemohon, dan KTP-el penerima kuasa bila dikuasakan.",
                    "en": "The applicant's KTP-el, and the representative's if someone applies for you.",
                },
            },
            {
                "document": "sertifikat-tanah",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Sertipikat asli dikembalikan setelah pengecekan selesai.",
                    "en": "The original is returned when the check is done.",
                },
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "condition": "diwakilkan",
                "note": {
                    "id": "Hanya jika diurus oleh orang lain.",
                    "en": "Only if someone else applies for you.",
                },
            },
        ],
        "steps": [
            {
                "id": "Isi formulir permohonan dan siapkan sertipikat asli serta fotokopi KTP-el.",
                "en": "Fill in the application form and bring the original certificate and a copy of your KTP-el.",
            },
            {
                "id": "Serahkan berkas di loket BPN. Petugas memeriksa kelengkapan dan memberi tanda terima.",
                "en": "Hand in the documents at the BPN counter. The officer checks them and gives you a receipt.",
            },
            {
                "id": "Bayar tarif sesuai Surat Perintah Setor (SPS) di loket pembayaran atau bank.",
                "en": "Pay the fee shown on the payment order (SPS) at the payment counter or a bank.",
            },
            {
                "id": "Petugas mencocokkan sertipikat dengan buku tanah dan peta pendaftaran.",
                "en": "The officer compares the certificate with the land register and the registration map.",
            },
            {
                "id": "Ambil sertipikat dan hasil pengecekan dengan menunjukkan tanda terima.",
                "en": "Collect the certificate and the check result by showing your receipt.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [
            {
                "amount": 50000,
                "purpose": {
                    "id": "Tarif pelayanan pengecekan sertipikat, per sertipikat.",
                    "en": "Certificate check fee, per certificate.",
                },
                "legal_basis": {
                    "id": "PP Nomor 128 Tahun 2015 tentang Jenis dan Tarif PNBP pada Kementerian ATR/BPN",
                    "en": "Government Regulation 128/2015 on non-tax state revenue at the Ministry of Agrarian Affairs and Spatial Planning/BPN",
                },
            },
        ],
        "output": {
            "id": "Sertipikat asli dengan catatan hasil pengecekan, atau surat keterangan hasil pengecekan.",
            "en": "The original certificate with the check result noted on it, or a check result letter.",
        },
        "legal_basis": [
            {
                "id": "PP Nomor 24 Tahun 1997 tentang Pendaftaran Tanah",
                "en": "Government Regulation 24/1997 on land registration",
            },
            {
                "id": "PP Nomor 18 Tahun 2021 tentang Hak Pengelolaan, Hak atas Tanah, Satuan Rumah Susun, dan Pendaftaran Tanah",
                "en": "Government Regulation 18/2021 on management rights, land rights, strata units and land registration",
            },
            {
                "id": "PP Nomor 128 Tahun 2015 tentang Jenis dan Tarif PNBP pada Kementerian ATR/BPN",
                "en": "Government Regulation 128/2015 on non-tax state revenue at the Ministry of Agrarian Affairs and Spatial Planning/BPN",
            },
            {
                "id": "Peraturan Kepala BPN Nomor 1 Tahun 2010 tentang Standar Pelayanan dan Pengaturan Pertanahan",
                "en": "BPN Head Regulation 1/2010 on land service standards",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.atrbpn.go.id",
                "name": {
                    "id": "Kementerian ATR/BPN dan aplikasi Sentuh Tanahku",
                    "en": "Ministry of Agrarian Affairs/BPN and the Sentuh Tanahku app",
                },
                "note": {
                    "id": "Informasi dasar bidang tanah bisa dilihat di aplikasi Sentuh Tanahku. Pengecekan resmi untuk jual beli dilakukan PPAT secara elektronik.",
                    "en": "Basic plot information is shown in the Sentuh Tanahku app. The official check for a sale is done electronically by the PPAT.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Pertanahan kabupaten.",
                    "en": "The regency land office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "website",
                "value": "https://www.atrbpn.go.id",
                "note": {
                    "id": "Kanal pengaduan Kementerian ATR/BPN.",
                    "en": "Complaints channel of the Ministry of Agrarian Affairs/BPN.",
                },
            },
            {
                "kind": "in_person",
                "place": {"id": "Loket pengaduan Kantor Pertanahan", "en": "Complaints counter of the Land Office"},
                "note": None,
            },
        ],
        "life_events": ["tanah-bangunan"],
    },
    {
        "slug": "peralihan-hak-tanah",
        "agency": "bpn",
        "title": {
            "id": "Peralihan Hak atas Tanah (Balik Nama Sertifikat)",
            "en": "Land title transfer",
        },
        "summary": {
            "id": "Pencatatan pemilik baru di sertipikat setelah jual beli, hibah, tukar menukar atau waris. Untuk jual beli dan hibah, akta dibuat lebih dulu oleh PPAT, dan BPHTB serta PPh harus sudah dibayar.",
            "en": "Records the new owner on the certificate after a sale, gift, exchange or inheritance. For a sale or gift, a land deed official (PPAT) draws up the deed first, and the acquisition duty (BPHTB) and income tax must already be paid.",
        },
        "alternative_names": {
            "id": [
                "balik nama sertifikat",
                "balik nama sertipikat",
                "balik nama tanah",
                "peralihan hak",
                "ganti nama sertifikat",
                "jual beli tanah",
                "turun waris tanah",
                "hibah tanah",
                "baliknama sertifikat",
            ],
            "en": [
                "land title transfer",
                "change of name on land certificate",
                "transfer of land ownership",
                "land sale registration",
                "property transfer",
                "inherited land transfer",
            ],
        },
        "eligibility": {
            "id": "Penerima hak (pembeli, penerima hibah atau ahli waris), atau PPAT dan kuasanya.",
            "en": "The new owner (buyer, gift recipient or heir), or the PPAT or a representative.",
        },
        "not_eligible": {
            "id": "Tanah yang belum bersertipikat atau sedang diblokir atau disita tidak dapat dibalik nama. Untuk tanah yang belum bersertipikat, tanyakan layanan pendaftaran tanah pertama kali.",
            "en": "Land without a certificate, or land under a block or seizure, cannot be transferred this way. For uncertified land, ask about first-time land registration.",
        },
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "sertifikat-tanah",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "akta-jual-beli",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk waris, ganti dengan surat keterangan waris dan akta kematian pewaris.",
                    "en": "For an inheritance, bring the certificate of inheritance and the deceased's death certificate instead.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "KTP-el para pihak (penjual dan pembeli).",
                    "en": "KTP-el of both parties (seller and buyer).",
                },
            },
            {"document": "kk", "quantity": 1, "form": "copy", "note": None},
            {"document": "sppt-pbb", "quantity": 1, "form": "copy", "note": None},
            {"document": "bukti-bphtb", "quantity": 1, "form": "copy", "note": None},
            {"document": "b-bukti-pph", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "akta-kematian",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Hanya untuk peralihan karena waris.",
                    "en": "Only for a transfer by inheritance.",
                },
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Jika diurus oleh PPAT atau orang lain.",
                    "en": "If the PPAT or someone else applies for you.",
                },
            },
        ],
        "steps": [
            {
                "id": "Buat akta jual beli atau hibah di hadapan PPAT. PPAT lebih dulu melakukan pengecekan sertipikat.",
                "en": "Sign the deed of sale or gift before a PPAT. The PPAT checks the certificate first.",
            },
            {
                "id": "Bayar BPHTB (oleh pembeli) dan PPh final (oleh penjual), lalu minta validasi BPHTB ke Bapenda.",
                "en": "Pay the acquisition duty BPHTB (buyer) and the final income tax (seller), then have the BPHTB validated by the regional revenue office.",
            },
            {
                "id": "Serahkan berkas di loket BPN paling lambat 7 hari kerja sejak akta ditandatangani.",
                "en": "Hand in the documents at the BPN counter within 7 working days of signing the deed.",
            },
            {
                "id": "Bayar tarif PNBP sesuai Surat Perintah Setor (SPS).",
                "en": "Pay the fee shown on the payment order (SPS).",
            },
            {
                "id": "Petugas mencatat pemilik baru di buku tanah dan sertipikat.",
                "en": "The officer records the new owner in the land register and on the certificate.",
            },
            {
                "id": "Ambil sertipikat atas nama pemilik baru dengan menunjukkan tanda terima.",
                "en": "Collect the certificate in the new owner's name by showing your receipt.",
            },
        ],
        "duration": {"value": 5, "unit": "working_days"},
        "fees": [
            {
                "amount": 50000,
                "purpose": {
                    "id": "Bagian tetap tarif pendaftaran peralihan hak. Tarif lengkapnya: (nilai tanah ÷ 1.000) + Rp 50.000. Nilai tanah dihitung petugas dari luas tanah dan Zona Nilai Tanah, lalu dicantumkan di SPS.",
                    "en": "Fixed part of the transfer registration fee. The full fee is (land value ÷ 1,000) + Rp 50,000. The officer works out the land value from the area and the land value zone and shows it on the payment order.",
                },
                "legal_basis": {
                    "id": "PP Nomor 128 Tahun 2015 tentang Jenis dan Tarif PNBP pada Kementerian ATR/BPN",
                    "en": "Government Regulation 128/2015 on non-tax state revenue at the Ministry of Agrarian Affairs and Spatial Planning/BPN",
                },
            },
        ],
        "output": {
            "id": "Sertipikat tanah atas nama pemilik baru.",
            "en": "The land certificate in the new owner's name.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria",
                "en": "Law 5/1960 on basic agrarian principles",
            },
            {
                "id": "PP Nomor 24 Tahun 1997 tentang Pendaftaran Tanah",
                "en": "Government Regulation 24/1997 on land registration",
            },
            {
                "id": "PP Nomor 18 Tahun 2021 tentang Hak Pengelolaan, Hak atas Tanah, Satuan Rumah Susun, dan Pendaftaran Tanah",
                "en": "Government Regulation 18/2021 on management rights, land rights, strata units and land registration",
            },
            {
                "id": "PP Nomor 128 Tahun 2015 tentang Jenis dan Tarif PNBP pada Kementerian ATR/BPN",
                "en": "Government Regulation 128/2015 on non-tax state revenue at the Ministry of Agrarian Affairs and Spatial Planning/BPN",
            },
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Pertanahan kabupaten. Biasanya berkas diajukan oleh PPAT.",
                    "en": "The regency land office. The PPAT usually submits the file.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "website",
                "value": "https://www.atrbpn.go.id",
                "note": {
                    "id": "Kanal pengaduan Kementerian ATR/BPN.",
                    "en": "Complaints channel of the Ministry of Agrarian Affairs/BPN.",
                },
            },
            {
                "kind": "in_person",
                "place": {"id": "Loket pengaduan Kantor Pertanahan", "en": "Complaints counter of the Land Office"},
                "note": None,
            },
        ],
        "life_events": ["tanah-bangunan", "kematian"],
    },
    # ------------------------------------------------------------------ KPP
    {
        "slug": "pendaftaran-npwp",
        "agency": "kpp",
        "title": {
            "id": "Pendaftaran NPWP Orang Pribadi",
            "en": "Individual taxpayer number (NPWP) registration",
        },
        "summary": {
            "id": "Pendaftaran sebagai wajib pajak orang pribadi. Bagi penduduk, NIK di KTP-el kini berfungsi sebagai NPWP; petugas membantu mendaftarkan dan mengaktifkannya. Layanan ini gratis.",
            "en": "Registers you as an individual taxpayer. For residents, the ID number (NIK) on the KTP-el now serves as the NPWP; the officer helps you register and activate it. The service is free.",
        },
        "alternative_names": {
            "id": [
                "NPWP",
                "bikin NPWP",
                "daftar NPWP",
                "nomor pokok wajib pajak",
                "kartu NPWP",
                "NIK jadi NPWP",
                "NPWP pribadi",
                "e-reg pajak",
                "npwb",
            ],
            "en": [
                "NPWP",
                "tax ID",
                "tax number",
                "taxpayer identification number",
                "tax registration",
                "TIN",
            ],
        },
        "eligibility": {
            "id": "Warga yang penghasilannya di atas batas tidak kena pajak, menjalankan usaha, atau membutuhkan NPWP untuk izin, kredit atau pekerjaan.",
            "en": "Residents whose income is above the tax-free threshold, who run a business, or who need an NPWP for a permit, loan or job.",
        },
        "not_eligible": {
            "id": "Istri yang ikut NPWP suami tidak perlu mendaftar sendiri, kecuali memilih menjalankan kewajiban pajak sendiri atau ada perjanjian pisah harta.",
            "en": "A wife covered by her husband's NPWP does not need her own, unless she chooses to file her own taxes or there is a prenuptial separation of property.",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Untuk warga negara asing, bawa paspor dan KITAS/KITAP.",
                    "en": "Foreign nationals bring their passport and residence permit (KITAS/KITAP).",
                },
            },
            {
                "document": "nib",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Hanya jika Bapak/Ibu menjalankan usaha. Bisa diganti surat keterangan usaha dari desa/kelurahan.",
                    "en": "Only if you run a business. A business letter from the village office is also accepted.",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket pajak dan sampaikan bahwa Bapak/Ibu ingin mendaftar NPWP.",
                "en": "Take a queue number at the tax counter and say you want to register for an NPWP.",
            },
            {
                "id": "Isi formulir pendaftaran dan tunjukkan KTP-el asli.",
                "en": "Fill in the registration form and show your original KTP-el.",
            },
            {
                "id": "Petugas mencocokkan data dengan Dukcapil dan mendaftarkan NIK sebagai NPWP.",
                "en": "The officer checks your data with the civil registry and registers your NIK as your NPWP.",
            },
            {
                "id": "Buat akun di DJP Online dengan email dan nomor ponsel yang aktif.",
                "en": "Create a DJP Online account with an active email address and mobile number.",
            },
            {
                "id": "Terima Surat Keterangan Terdaftar. Kartu NPWP dicetak atau dikirim ke alamat Bapak/Ibu.",
                "en": "Receive your registration letter. The NPWP card is printed or sent to your address.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Surat Keterangan Terdaftar (SKT) dan kartu NPWP.",
            "en": "Taxpayer registration letter (SKT) and NPWP card.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 6 Tahun 1983 tentang Ketentuan Umum dan Tata Cara Perpajakan, terakhir diubah dengan Undang-Undang Nomor 7 Tahun 2021 tentang Harmonisasi Peraturan Perpajakan",
                "en": "Law 6/1983 on general tax provisions and procedures, last amended by Law 7/2021 on harmonising tax regulations",
            },
            {
                "id": "Peraturan Menteri Keuangan Nomor 112/PMK.03/2022 tentang NPWP bagi Wajib Pajak Orang Pribadi, Badan, dan Instansi Pemerintah",
                "en": "Finance Minister Regulation 112/PMK.03/2022 on taxpayer numbers for individuals, entities and government agencies",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://ereg.pajak.go.id",
                "name": {
                    "id": "Pendaftaran NPWP daring (e-Registration)",
                    "en": "Online NPWP registration (e-Registration)",
                },
                "note": None,
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Pelayanan Pajak (KPP) Pratama atau KP2KP terdekat.",
                    "en": "The nearest tax office (KPP Pratama) or tax service and consultation office (KP2KP).",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "1500200",
                "note": {"id": "Kring Pajak", "en": "Kring Pajak tax contact centre"},
            },
            {
                "kind": "website",
                "value": "https://www.pajak.go.id",
                "note": {
                    "id": "Situs Direktorat Jenderal Pajak.",
                    "en": "Website of the Directorate General of Taxes.",
                },
            },
        ],
        "life_events": ["pajak", "usaha", "pekerjaan"],
    },
    # ------------------------------------------------------- BPJS Kesehatan
    {
        "slug": "pendaftaran-bpjs-kesehatan",
        "agency": "bpjs-kesehatan",
        "title": {
            "id": "Pendaftaran Peserta BPJS Kesehatan (JKN)",
            "en": "National health insurance (JKN) registration",
        },
        "summary": {
            "id": "Pendaftaran peserta mandiri Jaminan Kesehatan Nasional untuk seluruh anggota keluarga dalam satu KK. Pendaftaran gratis. Setelah terdaftar, iuran dibayar setiap bulan sesuai kelas: Rp 150.000 (kelas 1), Rp 100.000 (kelas 2) atau Rp 35.000 (kelas 3) per orang.",
            "en": "Registers self-paying members of the national health insurance scheme, for everyone on one family card. Registration is free. After that, a monthly contribution is paid per person according to class: Rp 150,000 (class 1), Rp 100,000 (class 2) or Rp 35,000 (class 3).",
        },
        "alternative_names": {
            "id": [
                "BPJS Kesehatan",
                "daftar BPJS",
                "JKN",
                "KIS",
                "Kartu Indonesia Sehat",
                "BPJS mandiri",
                "JKN-KIS",
                "askes",
                "bpjs kesehatn",
            ],
            "en": [
                "BPJS Kesehatan",
                "health insurance",
                "national health insurance",
                "JKN",
                "KIS card",
                "BPJS registration",
                "public health insurance",
            ],
        },
        "eligibility": {
            "id": "Warga negara Indonesia dan warga asing yang tinggal di Indonesia paling singkat 6 bulan, yang belum terdaftar sebagai peserta JKN.",
            "en": "Indonesian citizens, and foreigners who have lived in Indonesia for at least 6 months, who are not yet JKN members.",
        },
        "not_eligible": {
            "id": "Pekerja penerima upah didaftarkan oleh pemberi kerja. Warga tidak mampu sebaiknya mendaftar DTKS agar iurannya ditanggung pemerintah (PBI).",
            "en": "Employees are registered by their employer. Low-income residents should register for DTKS so the government pays their contributions (PBI).",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Semua anggota keluarga dalam KK wajib didaftarkan bersama. Bayi baru lahir didaftarkan paling lambat 28 hari setelah lahir.",
                    "en": "Everyone on the family card must be registered together. A newborn must be registered within 28 days of birth.",
                },
            },
            {
                "document": "buku-rekening",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Untuk pendebetan iuran bulanan secara otomatis. Iuran bulanan bukan biaya layanan loket.",
                    "en": "For automatic debit of the monthly contribution. The monthly contribution is not a counter fee.",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Formulir Daftar Isian Peserta (FDIP).",
                    "en": "Member registration form (FDIP).",
                },
            },
        ],
        "steps": [
            {
                "id": "Isi formulir daftar isian peserta dan pilih kelas rawat serta faskes tingkat pertama.",
                "en": "Fill in the member registration form and choose your care class and primary clinic.",
            },
            {
                "id": "Serahkan formulir dan tunjukkan KTP-el serta KK di loket BPJS Kesehatan.",
                "en": "Hand in the form and show your KTP-el and family card at the BPJS Kesehatan counter.",
            },
            {
                "id": "Terima nomor virtual account untuk membayar iuran.",
                "en": "Receive a virtual account number to pay contributions.",
            },
            {
                "id": "Bayar iuran pertama lewat bank, kantor pos, minimarket atau aplikasi, paling cepat 14 hari setelah pendaftaran.",
                "en": "Pay the first contribution at a bank, post office, minimarket or app, no earlier than 14 days after registering.",
            },
            {
                "id": "Kartu aktif setelah iuran pertama dibayar. Kartu digital tersedia di aplikasi Mobile JKN.",
                "en": "The card is active once the first contribution is paid. A digital card is available in the Mobile JKN app.",
            },
        ],
        "duration": {"value": 30, "unit": "minutes"},
        "fees": [],
        "output": {
            "id": "Nomor peserta dan kartu JKN-KIS (fisik atau digital) untuk setiap anggota keluarga.",
            "en": "Member number and JKN-KIS card (physical or digital) for each family member.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional",
                "en": "Law 40/2004 on the national social security system",
            },
            {
                "id": "Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial",
                "en": "Law 24/2011 on social security administering bodies",
            },
            {
                "id": "Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan, sebagaimana diubah terakhir dengan Peraturan Presiden Nomor 59 Tahun 2024",
                "en": "Presidential Regulation 82/2018 on health insurance, last amended by Presidential Regulation 59/2024",
            },
            {
                "id": "Peraturan Presiden Nomor 64 Tahun 2020 tentang Perubahan Kedua atas Perpres 82 Tahun 2018 (besaran iuran)",
                "en": "Presidential Regulation 64/2020, second amendment of Regulation 82/2018 (contribution rates)",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.bpjs-kesehatan.go.id",
                "name": {"id": "Aplikasi Mobile JKN", "en": "Mobile JKN app"},
                "note": {
                    "id": "Pendaftaran peserta mandiri juga bisa lewat aplikasi.",
                    "en": "Self-paying members can also register in the app.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Cabang atau Kantor Kabupaten BPJS Kesehatan.",
                    "en": "The BPJS Kesehatan branch or regency office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "165",
                "note": {
                    "id": "BPJS Kesehatan Care Center",
                    "en": "BPJS Kesehatan Care Center",
                },
            },
            {
                "kind": "whatsapp",
                "value": "08118165165",
                "note": {
                    "id": "PANDAWA, layanan administrasi lewat WhatsApp.",
                    "en": "PANDAWA, administrative service by WhatsApp.",
                },
            },
        ],
        "life_events": ["kesehatan", "kelahiran"],
    },
    {
        "slug": "pindah-faskes-bpjs-kesehatan",
        "agency": "bpjs-kesehatan",
        "title": {
            "id": "Perubahan Data dan Pindah Faskes BPJS Kesehatan",
            "en": "Changing BPJS Kesehatan details or primary clinic",
        },
        "summary": {
            "id": "Perubahan data peserta JKN, seperti alamat, nomor ponsel, kelas rawat atau anggota keluarga, serta pindah fasilitas kesehatan tingkat pertama (puskesmas, klinik atau dokter keluarga). Layanan ini gratis.",
            "en": "Updates JKN member details such as address, mobile number, care class or family members, and moves you to another primary clinic (health centre, clinic or family doctor). The service is free.",
        },
        "alternative_names": {
            "id": [
                "pindah faskes",
                "ganti faskes",
                "pindah puskesmas BPJS",
                "ganti klinik BPJS",
                "ubah data BPJS",
                "tambah anggota keluarga BPJS",
                "turun kelas BPJS",
                "ganti FKTP",
                "pindah faskes 1",
            ],
            "en": [
                "change BPJS clinic",
                "change primary health facility",
                "change faskes",
                "update BPJS details",
                "add family member to BPJS",
                "change BPJS class",
            ],
        },
        "eligibility": {
            "id": "Peserta JKN yang kartunya aktif. Pindah faskes bisa dilakukan setelah terdaftar paling singkat 3 bulan di faskes lama, atau kapan saja jika pindah domisili atau tugas.",
            "en": "JKN members with an active card. You can change clinic after at least 3 months at the current one, or at any time if you move house or are posted elsewhere.",
        },
        "not_eligible": {
            "id": "Peserta yang kartunya nonaktif karena tunggakan iuran perlu melunasi tunggakan lebih dulu.",
            "en": "Members whose card is inactive because of unpaid contributions must settle the arrears first.",
        },
        "requirements": [
            {
                "document": "kartu-bpjs-kesehatan",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "KK terbaru, terutama untuk perubahan alamat atau tambah anggota keluarga.",
                    "en": "The latest family card, especially for a new address or a new family member.",
                },
            },
            {
                "document": "akta-kelahiran",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Hanya untuk menambahkan anak.",
                    "en": "Only to add a child.",
                },
            },
        ],
        "steps": [
            {
                "id": "Sampaikan perubahan yang diinginkan di loket BPJS Kesehatan.",
                "en": "Tell the BPJS Kesehatan counter what you want to change.",
            },
            {
                "id": "Tunjukkan kartu JKN, KTP-el dan KK.",
                "en": "Show your JKN card, KTP-el and family card.",
            },
            {
                "id": "Pilih faskes baru dari daftar faskes yang dekat dengan tempat tinggal.",
                "en": "Choose a new clinic from the list of clinics near your home.",
            },
            {
                "id": "Petugas memperbarui data dan memberi bukti perubahan.",
                "en": "The officer updates your data and gives you proof of the change.",
            },
            {
                "id": "Faskes baru berlaku mulai tanggal 1 bulan berikutnya.",
                "en": "The new clinic applies from the first day of the next month.",
            },
        ],
        "duration": {"value": 15, "unit": "minutes"},
        "fees": [],
        "output": {
            "id": "Data kepesertaan yang sudah diperbarui, terlihat di aplikasi Mobile JKN.",
            "en": "Updated membership details, visible in the Mobile JKN app.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial",
                "en": "Law 24/2011 on social security administering bodies",
            },
            {
                "id": "Peraturan Presiden Nomor 82 Tahun 2018 tentang Jaminan Kesehatan, sebagaimana diubah terakhir dengan Peraturan Presiden Nomor 59 Tahun 2024",
                "en": "Presidential Regulation 82/2018 on health insurance, last amended by Presidential Regulation 59/2024",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.bpjs-kesehatan.go.id",
                "name": {"id": "Aplikasi Mobile JKN", "en": "Mobile JKN app"},
                "note": {
                    "id": "Pindah faskes dan ubah data bisa langsung di aplikasi.",
                    "en": "You can change clinic and update details directly in the app.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Cabang atau Kantor Kabupaten BPJS Kesehatan.",
                    "en": "The BPJS Kesehatan branch or regency office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "165",
                "note": {
                    "id": "BPJS Kesehatan Care Center",
                    "en": "BPJS Kesehatan Care Center",
                },
            },
            {
                "kind": "whatsapp",
                "value": "08118165165",
                "note": {
                    "id": "PANDAWA, layanan administrasi lewat WhatsApp.",
                    "en": "PANDAWA, administrative service by WhatsApp.",
                },
            },
        ],
        "life_events": ["kesehatan", "pindah-rumah", "kelahiran"],
    },
    # ------------------------------------------------- BPJS Ketenagakerjaan
    {
        "slug": "klaim-jht",
        "agency": "bpjs-ketenagakerjaan",
        "title": {
            "id": "Klaim Jaminan Hari Tua (JHT)",
            "en": "Old-age savings (JHT) claim",
        },
        "summary": {
            "id": "Pencairan saldo Jaminan Hari Tua BPJS Ketenagakerjaan, misalnya karena berhenti bekerja, pensiun, cacat total tetap atau meninggal dunia. Layanan ini gratis; dana ditransfer ke rekening peserta.",
            "en": "Pays out the BPJS Ketenagakerjaan old-age savings, for example after leaving a job, retirement, permanent total disability or death. The service is free; the money is transferred to the member's bank account.",
        },
        "alternative_names": {
            "id": [
                "klaim JHT",
                "cairkan JHT",
                "pencairan BPJS Ketenagakerjaan",
                "ambil saldo JHT",
                "Jamsostek",
                "BP Jamsostek",
                "jaminan hari tua",
                "klaim BPJS TK",
                "pencairan jamsostek",
            ],
            "en": [
                "JHT claim",
                "withdraw JHT",
                "old-age savings",
                "BPJS Ketenagakerjaan claim",
                "Jamsostek withdrawal",
                "BP Jamsostek",
                "retirement savings claim",
            ],
        },
        "eligibility": {
            "id": "Peserta yang berhenti bekerja atau terkena PHK (setelah masa tunggu 1 bulan), mencapai usia pensiun 56 tahun, cacat total tetap, atau ahli waris peserta yang meninggal.",
            "en": "Members who resigned or were dismissed (after a one-month waiting period), reached the retirement age of 56, are permanently and totally disabled, or the heirs of a member who died.",
        },
        "not_eligible": {
            "id": "Peserta yang masih bekerja hanya dapat mencairkan sebagian (10% atau 30%) setelah kepesertaan minimal 10 tahun, dengan syarat tambahan.",
            "en": "Members still in work can only withdraw part (10% or 30%) after at least 10 years of membership, with extra requirements.",
        },
        "requirements": [
            {
                "document": "kartu-bpjs-ketenagakerjaan",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {"document": "kk", "quantity": 1, "form": "show_original", "note": None},
            {
                "document": "surat-keterangan-berhenti-kerja",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Atau surat keterangan PHK, perjanjian kerja waktu tertentu (PKWT) yang sudah berakhir, atau bukti pengunduran diri yang sudah dilaporkan perusahaan.",
                    "en": "Or a dismissal letter, an ended fixed-term contract (PKWT), or proof of a resignation the employer has reported.",
                },
            },
            {
                "document": "buku-rekening",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Rekening aktif atas nama peserta.",
                    "en": "An active account in the member's name.",
                },
            },
            {
                "document": "npwp",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Jika saldo JHT lebih dari Rp 50 juta.",
                    "en": "If the JHT balance is over Rp 50 million.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil antrean di loket BPJS Ketenagakerjaan, atau daftar antrean daring lebih dulu.",
                "en": "Take a queue number at the BPJS Ketenagakerjaan counter, or book a slot online first.",
            },
            {
                "id": "Tunjukkan dokumen asli. Petugas memindai dan mengambil foto wajah Bapak/Ibu.",
                "en": "Show your original documents. The officer scans them and takes your photo.",
            },
            {
                "id": "Ikuti wawancara singkat untuk memastikan data dan alasan klaim.",
                "en": "Answer a short interview to confirm your details and the reason for the claim.",
            },
            {
                "id": "Terima tanda terima klaim dan rincian saldo.",
                "en": "Receive a claim receipt and a statement of your balance.",
            },
            {
                "id": "Dana JHT ditransfer ke rekening Bapak/Ibu setelah pajak dipotong.",
                "en": "The JHT money is transferred to your account after tax is deducted.",
            },
        ],
        "duration": {"value": 5, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Saldo JHT ditransfer ke rekening peserta, dengan bukti pembayaran klaim.",
            "en": "The JHT balance is transferred to the member's account, with proof of payment.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 40 Tahun 2004 tentang Sistem Jaminan Sosial Nasional",
                "en": "Law 40/2004 on the national social security system",
            },
            {
                "id": "PP Nomor 46 Tahun 2015 tentang Penyelenggaraan Program Jaminan Hari Tua, sebagaimana diubah dengan PP Nomor 60 Tahun 2015",
                "en": "Government Regulation 46/2015 on the old-age savings programme, as amended by Government Regulation 60/2015",
            },
            {
                "id": "Peraturan Menteri Ketenagakerjaan Nomor 4 Tahun 2022 tentang Tata Cara dan Persyaratan Pembayaran Manfaat Jaminan Hari Tua",
                "en": "Manpower Minister Regulation 4/2022 on procedures and requirements for JHT benefit payments",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.bpjsketenagakerjaan.go.id",
                "name": {
                    "id": "Aplikasi JMO (Jamsostek Mobile)",
                    "en": "JMO app (Jamsostek Mobile)",
                },
                "note": {
                    "id": "Klaim JHT dengan saldo sampai batas tertentu bisa diajukan lewat aplikasi. Saldo yang lebih besar diurus di kantor cabang.",
                    "en": "JHT claims up to a set balance can be made in the app. Larger balances are handled at the branch office.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Cabang BPJS Ketenagakerjaan.",
                    "en": "The BPJS Ketenagakerjaan branch office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "175",
                "note": {
                    "id": "Layanan masyarakat BPJS Ketenagakerjaan",
                    "en": "BPJS Ketenagakerjaan contact centre",
                },
            },
            {
                "kind": "email",
                "value": "care@bpjsketenagakerjaan.go.id",
                "note": None,
            },
        ],
        "life_events": ["pekerjaan", "kematian"],
    },
    {
        "slug": "pendaftaran-bpjs-ketenagakerjaan",
        "agency": "bpjs-ketenagakerjaan",
        "title": {
            "id": "Pendaftaran BPJS Ketenagakerjaan Pekerja Bukan Penerima Upah",
            "en": "Employment insurance for self-employed workers",
        },
        "summary": {
            "id": "Pendaftaran jaminan sosial ketenagakerjaan bagi pekerja mandiri, seperti pedagang, petani, nelayan, pengemudi ojek atau tukang. Pendaftaran gratis. Iuran paling rendah sekitar Rp 16.800 per bulan untuk Jaminan Kecelakaan Kerja dan Jaminan Kematian; Jaminan Hari Tua bisa ditambahkan.",
            "en": "Registers self-employed workers such as traders, farmers, fishers, motorbike taxi drivers or builders for employment social security. Registration is free. The lowest contribution is about Rp 16,800 a month for work accident and death cover; old-age savings can be added.",
        },
        "alternative_names": {
            "id": [
                "BPJS Ketenagakerjaan mandiri",
                "BPJS TK",
                "BPJS BPU",
                "Jamsostek",
                "BP Jamsostek",
                "pekerja bukan penerima upah",
                "BPJS pekerja informal",
                "BPJS ojol",
                "bpjs ketenaga kerjaan",
            ],
            "en": [
                "employment insurance",
                "BPJS Ketenagakerjaan",
                "self-employed insurance",
                "informal worker insurance",
                "work accident insurance",
                "Jamsostek",
                "BP Jamsostek",
            ],
        },
        "eligibility": {
            "id": "Pekerja mandiri atau pekerja informal berusia paling tinggi 65 tahun yang tidak menerima gaji dari pemberi kerja.",
            "en": "Self-employed or informal workers up to the age of 65 who do not receive wages from an employer.",
        },
        "not_eligible": {
            "id": "Karyawan yang digaji perusahaan didaftarkan oleh perusahaannya sebagai peserta penerima upah.",
            "en": "Salaried employees are registered by their employer as wage-earning members.",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Cantumkan nomor ponsel dan email yang aktif serta data ahli waris.",
                    "en": "Give an active mobile number, email address and your heir's details.",
                },
            },
        ],
        "steps": [
            {
                "id": "Isi formulir pendaftaran dan tunjukkan KTP-el.",
                "en": "Fill in the registration form and show your KTP-el.",
            },
            {
                "id": "Pilih program (JKK dan JKM, dengan atau tanpa JHT) dan sebutkan perkiraan penghasilan per bulan.",
                "en": "Choose the programmes (work accident and death cover, with or without old-age savings) and state your estimated monthly income.",
            },
            {
                "id": "Terima kode iuran untuk pembayaran bulanan.",
                "en": "Receive a payment code for your monthly contributions.",
            },
            {
                "id": "Bayar iuran pertama lewat bank, kantor pos, minimarket atau aplikasi.",
                "en": "Pay the first contribution at a bank, post office, minimarket or app.",
            },
            {
                "id": "Kartu digital tersedia di aplikasi JMO setelah iuran pertama dibayar.",
                "en": "The digital card is available in the JMO app once the first contribution is paid.",
            },
        ],
        "duration": {"value": 15, "unit": "minutes"},
        "fees": [],
        "output": {
            "id": "Nomor dan kartu peserta BPJS Ketenagakerjaan (fisik atau digital).",
            "en": "BPJS Ketenagakerjaan member number and card (physical or digital).",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 24 Tahun 2011 tentang Badan Penyelenggara Jaminan Sosial",
                "en": "Law 24/2011 on social security administering bodies",
            },
            {
                "id": "PP Nomor 44 Tahun 2015 tentang Penyelenggaraan Program Jaminan Kecelakaan Kerja dan Jaminan Kematian, sebagaimana diubah dengan PP Nomor 82 Tahun 2019",
                "en": "Government Regulation 44/2015 on work accident and death benefit programmes, as amended by Government Regulation 82/2019",
            },
            {
                "id": "Peraturan Menteri Ketenagakerjaan Nomor 5 Tahun 2021 tentang Tata Cara Penyelenggaraan Program JKK, JKM dan JHT",
                "en": "Manpower Minister Regulation 5/2021 on the work accident, death and old-age savings programmes",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.bpjsketenagakerjaan.go.id",
                "name": {
                    "id": "Aplikasi JMO (Jamsostek Mobile)",
                    "en": "JMO app (Jamsostek Mobile)",
                },
                "note": None,
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Cabang BPJS Ketenagakerjaan.",
                    "en": "The BPJS Ketenagakerjaan branch office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "175",
                "note": {
                    "id": "Layanan masyarakat BPJS Ketenagakerjaan",
                    "en": "BPJS Ketenagakerjaan contact centre",
                },
            },
            {
                "kind": "email",
                "value": "care@bpjsketenagakerjaan.go.id",
                "note": None,
            },
        ],
        "life_events": ["pekerjaan", "usaha"],
    },
    # ------------------------------------------------------------- DPMPTSP
    {
        "slug": "nib-oss",
        "agency": "dpmptsp",
        "title": {
            "id": "Nomor Induk Berusaha (NIB) melalui OSS",
            "en": "Business identification number (NIB) through OSS",
        },
        "summary": {
            "id": "NIB adalah identitas pelaku usaha dan sekaligus izin usaha untuk kegiatan berisiko rendah. NIB diterbitkan melalui sistem OSS; petugas MPP membantu Bapak/Ibu mengisinya. Layanan ini gratis.",
            "en": "The NIB is a business's identity number and also its business licence for low-risk activities. It is issued through the OSS system; MPP staff help you fill it in. The service is free.",
        },
        "alternative_names": {
            "id": [
                "NIB",
                "OSS",
                "SIUP",
                "TDP",
                "izin usaha",
                "IUMK",
                "izin usaha mikro",
                "nomor induk berusaha",
                "bikin izin usaha",
                "daftar OSS",
            ],
            "en": [
                "NIB",
                "business licence",
                "business license",
                "business registration",
                "OSS",
                "trading licence",
                "SIUP",
                "start a business",
            ],
        },
        "eligibility": {
            "id": "Perorangan warga negara Indonesia yang menjalankan usaha mikro, kecil atau menengah, serta badan usaha.",
            "en": "Indonesian individuals running micro, small or medium businesses, and business entities.",
        },
        "not_eligible": {
            "id": "Usaha berisiko menengah tinggi atau tinggi tetap memerlukan sertifikat standar atau izin setelah NIB terbit.",
            "en": "Medium-high and high-risk businesses still need a standard certificate or permit after the NIB is issued.",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "npwp",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "NIK yang sudah aktif sebagai NPWP juga dapat digunakan.",
                    "en": "A NIK already activated as an NPWP can also be used.",
                },
            },
            {
                "document": "kartu-bpjs-kesehatan",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Pemohon izin usaha diminta menjadi peserta JKN aktif. Jika belum punya, daftar dulu di loket BPJS Kesehatan di MPP.",
                    "en": "Business permit applicants are asked to be active JKN members. If you have no card yet, register first at the BPJS Kesehatan counter in the MPP.",
                },
            },
        ],
        "steps": [
            {
                "id": "Siapkan KTP-el, email dan nomor ponsel yang aktif.",
                "en": "Bring your KTP-el, an active email address and mobile number.",
            },
            {
                "id": "Buat akun di OSS dengan bantuan petugas, lalu aktifkan lewat email.",
                "en": "Create an OSS account with the officer's help and activate it through the email link.",
            },
            {
                "id": "Isi data usaha: alamat, modal, jumlah tenaga kerja dan bidang usaha (KBLI).",
                "en": "Enter your business details: address, capital, number of workers and business field (KBLI code).",
            },
            {
                "id": "Setujui pernyataan mandiri sesuai tingkat risiko usaha.",
                "en": "Accept the self-declaration for your business's risk level.",
            },
            {
                "id": "Unduh dan cetak NIB yang terbit dari OSS.",
                "en": "Download and print the NIB issued by OSS.",
            },
        ],
        "duration": {"value": 1, "unit": "hours"},
        "fees": [],
        "output": {
            "id": "Nomor Induk Berusaha (NIB) dalam bentuk dokumen elektronik.",
            "en": "Business identification number (NIB) as an electronic document.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perppu Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang",
                "en": "Law 6/2023 enacting Government Regulation in Lieu of Law 2/2022 on job creation",
            },
            {
                "id": "PP Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
                "en": "Government Regulation 5/2021 on risk-based business licensing",
            },
            {
                "id": "Peraturan BKPM Nomor 4 Tahun 2021 tentang Pedoman dan Tata Cara Pelayanan Perizinan Berusaha Berbasis Risiko",
                "en": "Investment Coordinating Board Regulation 4/2021 on risk-based business licensing procedures",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://oss.go.id",
                "name": {
                    "id": "OSS (Online Single Submission)",
                    "en": "OSS (Online Single Submission)",
                },
                "note": {
                    "id": "Bapak/Ibu bisa mendaftar sendiri dari rumah.",
                    "en": "You can register yourself from home.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor DPMPTSP kabupaten.",
                    "en": "The regency one-stop licensing office (DPMPTSP).",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "website",
                "value": "https://oss.go.id",
                "note": {
                    "id": "Menu bantuan dan pengaduan di OSS.",
                    "en": "Help and complaints menu in OSS.",
                },
            },
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan DPMPTSP", "en": "DPMPTSP complaints desk"},
                "note": None,
            },
        ],
        "life_events": ["usaha"],
    },
    {
        "slug": "persetujuan-bangunan-gedung",
        "agency": "dpmptsp",
        "title": {
            "id": "Persetujuan Bangunan Gedung (PBG)",
            "en": "Building approval (PBG, formerly IMB)",
        },
        "summary": {
            "id": "PBG adalah izin sebelum membangun, mengubah atau memperluas bangunan, pengganti IMB. Permohonan diajukan lewat SIMBG. Tidak ada tarif tetap: retribusi PBG dihitung dari luas, fungsi dan indeks bangunan sesuai Perda kabupaten, lalu ditagihkan lewat SIMBG setelah konsultasi teknis.",
            "en": "The PBG is the approval needed before building, altering or extending a building; it replaces the IMB. You apply through SIMBG. There is no fixed fee: the PBG levy is calculated from the floor area, use and building index under the regency bylaw, and billed through SIMBG after the technical review.",
        },
        "alternative_names": {
            "id": [
                "IMB",
                "izin mendirikan bangunan",
                "PBG",
                "izin bangun rumah",
                "SIMBG",
                "izin membangun",
                "retribusi PBG",
                "izin renovasi rumah",
            ],
            "en": [
                "building permit",
                "IMB",
                "PBG",
                "building approval",
                "construction permit",
                "house building permit",
                "renovation permit",
            ],
        },
        "eligibility": {
            "id": "Pemilik bangunan atau pemilik tanah yang akan membangun, mengubah atau memperluas bangunan gedung.",
            "en": "Building or land owners who plan to build, alter or extend a building.",
        },
        "not_eligible": {
            "id": "Bangunan yang sudah berdiri tanpa izin mengurus Sertifikat Laik Fungsi (SLF) terlebih dahulu, bukan PBG.",
            "en": "Buildings already standing without approval need a certificate of fitness for use (SLF) first, not a PBG.",
        },
        "requirements": [
            {"document": "ktp-el", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "sertifikat-tanah",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Atau bukti hak atas tanah lain. Jika tanah milik orang lain, lampirkan perjanjian pemanfaatan tanah.",
                    "en": "Or another proof of land rights. If someone else owns the land, attach the land use agreement.",
                },
            },
            {"document": "sppt-pbb", "quantity": 1, "form": "copy", "note": None},
            {"document": "b-kkpr", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "gambar-rencana-bangunan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk rumah tinggal sederhana, bisa memakai desain prototipe yang tersedia di SIMBG.",
                    "en": "For a simple house, you can use a prototype design available in SIMBG.",
                },
            },
            {
                "document": "nib",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Hanya untuk bangunan usaha.",
                    "en": "Only for business buildings.",
                },
            },
        ],
        "steps": [
            {
                "id": "Buat akun di SIMBG dan isi data pemilik, tanah dan rencana bangunan.",
                "en": "Create a SIMBG account and enter the owner, land and building plan details.",
            },
            {
                "id": "Unggah dokumen dan gambar rencana. Petugas memeriksa kelengkapan.",
                "en": "Upload the documents and plans. The officer checks they are complete.",
            },
            {
                "id": "Ikuti konsultasi teknis dengan Tim Profesi Ahli atau Tim Penilai Teknis.",
                "en": "Attend the technical review with the expert panel or technical assessment team.",
            },
            {
                "id": "Setelah dinyatakan memenuhi standar, SIMBG menghitung retribusi PBG dan menerbitkan tagihan (SKRD).",
                "en": "Once the plans meet the standards, SIMBG calculates the PBG levy and issues the bill (SKRD).",
            },
            {
                "id": "Bayar retribusi lewat bank atau kanal pembayaran yang tercantum di SKRD.",
                "en": "Pay the levy at a bank or the payment channel shown on the bill.",
            },
            {
                "id": "Unduh dokumen PBG dari SIMBG dan pasang papan PBG di lokasi bangunan.",
                "en": "Download the PBG from SIMBG and put up the PBG sign at the building site.",
            },
        ],
        "duration": {"value": 28, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Dokumen Persetujuan Bangunan Gedung (PBG) elektronik beserta lampiran gambar yang disetujui.",
            "en": "Electronic building approval (PBG) with the approved plans attached.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung, sebagaimana diubah dengan Undang-Undang Nomor 6 Tahun 2023",
                "en": "Law 28/2002 on buildings, as amended by Law 6/2023",
            },
            {
                "id": "PP Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan UU Nomor 28 Tahun 2002 tentang Bangunan Gedung",
                "en": "Government Regulation 16/2021 implementing Law 28/2002 on buildings",
            },
            {
                "id": "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
                "en": "Law 1/2022 on financial relations between the central and regional governments",
            },
            {
                "id": "Peraturan Daerah kabupaten tentang Pajak Daerah dan Retribusi Daerah",
                "en": "Regency bylaw on regional taxes and levies",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://simbg.pu.go.id",
                "name": {
                    "id": "SIMBG (Sistem Informasi Manajemen Bangunan Gedung)",
                    "en": "SIMBG (building management information system)",
                },
                "note": {
                    "id": "Semua permohonan PBG diproses lewat SIMBG.",
                    "en": "All PBG applications are processed in SIMBG.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor DPMPTSP atau dinas yang membidangi bangunan gedung.",
                    "en": "The DPMPTSP office or the regency building department.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan DPMPTSP", "en": "DPMPTSP complaints desk"},
                "note": None,
            },
        ],
        "life_events": ["tanah-bangunan", "usaha"],
    },
    {
        "slug": "izin-reklame",
        "agency": "dpmptsp",
        "title": {
            "id": "Izin Penyelenggaraan Reklame",
            "en": "Advertising and billboard permit",
        },
        "summary": {
            "id": "Izin untuk memasang papan nama usaha, baliho, spanduk, neon box atau reklame lain. Permohonan izin tidak dipungut biaya, tetapi pajak reklame dihitung per reklame menurut jenis, ukuran, lokasi dan lama pemasangan, lalu ditagihkan oleh Bapenda.",
            "en": "Permission to put up a shop sign, billboard, banner, neon box or other advertising. The permit application itself is free, but the advertising tax is calculated for each sign from its type, size, location and duration, and billed by the regional revenue office.",
        },
        "alternative_names": {
            "id": [
                "izin reklame",
                "pajak reklame",
                "izin baliho",
                "izin papan nama",
                "izin spanduk",
                "izin billboard",
                "neon box",
                "izin pasang iklan",
                "reklame",
            ],
            "en": [
                "advertising permit",
                "billboard permit",
                "signage permit",
                "shop sign permit",
                "banner permit",
                "advertising tax",
            ],
        },
        "eligibility": {
            "id": "Perorangan atau badan usaha yang akan memasang reklame di wilayah kabupaten.",
            "en": "Individuals or businesses that want to put up advertising in the regency.",
        },
        "not_eligible": {
            "id": "Reklame tidak boleh dipasang di kawasan larangan, seperti tempat ibadah, sekolah, kantor pemerintah, atau pohon dan tiang listrik.",
            "en": "Signs may not be put up in restricted places such as places of worship, schools, government offices, trees or power poles.",
        },
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {"document": "ktp-el", "quantity": 1, "form": "copy", "note": None},
            {"document": "npwp", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "nib",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Untuk reklame usaha.",
                    "en": "For business advertising.",
                },
            },
            {
                "document": "b-desain-reklame",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "b-persetujuan-pemilik-lokasi",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Hanya jika lokasi bukan milik pemohon.",
                    "en": "Only if you do not own the site.",
                },
            },
        ],
        "steps": [
            {
                "id": "Isi formulir dan serahkan berkas di loket DPMPTSP.",
                "en": "Fill in the form and hand in the documents at the DPMPTSP counter.",
            },
            {
                "id": "Petugas memeriksa kelengkapan dan menjadwalkan peninjauan lokasi.",
                "en": "The officer checks the documents and schedules a site visit.",
            },
            {
                "id": "Tim teknis meninjau lokasi, ukuran dan konstruksi reklame.",
                "en": "The technical team checks the site, size and structure of the sign.",
            },
            {
                "id": "Bapenda menghitung pajak reklame dan menerbitkan surat ketetapan pajak.",
                "en": "The regional revenue office calculates the advertising tax and issues the tax assessment.",
            },
            {
                "id": "Bayar pajak reklame, lalu ambil izin dan stiker/penanda reklame.",
                "en": "Pay the advertising tax, then collect the permit and the sign sticker or tag.",
            },
        ],
        "duration": {"value": 7, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Izin penyelenggaraan reklame dan surat ketetapan pajak reklame.",
            "en": "Advertising permit and advertising tax assessment.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
                "en": "Law 1/2022 on financial relations between the central and regional governments",
            },
            {
                "id": "PP Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah",
                "en": "Government Regulation 35/2023 on general provisions for regional taxes and levies",
            },
            {
                "id": "Peraturan Daerah kabupaten tentang Pajak Daerah dan Retribusi Daerah",
                "en": "Regency bylaw on regional taxes and levies",
            },
            {
                "id": "Peraturan Bupati tentang Penyelenggaraan Reklame",
                "en": "Regent regulation on advertising",
            },
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor DPMPTSP kabupaten. Pembayaran pajak di Bapenda atau bank daerah.",
                    "en": "The regency DPMPTSP office. Tax is paid at the revenue office or the regional bank.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan DPMPTSP", "en": "DPMPTSP complaints desk"},
                "note": None,
            },
        ],
        "life_events": ["usaha", "pajak"],
    },
    {
        "slug": "surat-izin-praktik-tenaga-kesehatan",
        "agency": "dpmptsp",
        "title": {
            "id": "Surat Izin Praktik Tenaga Kesehatan",
            "en": "Practice licence for health workers",
        },
        "summary": {
            "id": "Izin bagi dokter, dokter gigi, bidan, perawat, apoteker dan tenaga kesehatan lain untuk berpraktik di satu tempat praktik. Di sebagian besar kabupaten, layanan ini gratis.",
            "en": "Licence for doctors, dentists, midwives, nurses, pharmacists and other health workers to practise at one practice location. It is free in most regencies.",
        },
        "alternative_names": {
            "id": [
                "SIP",
                "surat izin praktik",
                "surat izin praktek",
                "izin praktik dokter",
                "SIP bidan",
                "SIP perawat",
                "SIPA apoteker",
                "izin praktik mandiri",
            ],
            "en": [
                "practice licence",
                "practice license",
                "medical practice permit",
                "doctor's licence",
                "nurse practice licence",
                "midwife licence",
                "SIP",
            ],
        },
        "eligibility": {
            "id": "Tenaga medis dan tenaga kesehatan yang memiliki STR dan tempat praktik di kabupaten ini.",
            "en": "Medical and health workers with a valid registration (STR) and a practice location in this regency.",
        },
        "not_eligible": {
            "id": "Satu SIP hanya untuk satu tempat praktik. Tempat praktik tambahan memerlukan SIP tersendiri, dengan batas jumlah sesuai profesi.",
            "en": "One licence covers one practice location. Each extra location needs its own licence, up to the limit for your profession.",
        },
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {"document": "ktp-el", "quantity": 1, "form": "copy", "note": None},
            {"document": "str", "quantity": 1, "form": "copy", "note": None},
            {"document": "ijazah", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "b-surat-keterangan-tempat-praktik",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "surat-keterangan-sehat",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "rekomendasi-organisasi-profesi",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Tanyakan di loket: sejak UU Nomor 17 Tahun 2023, sebagian daerah tidak lagi memintanya.",
                    "en": "Ask at the counter: since Law 17/2023, some regencies no longer ask for it.",
                },
            },
            {
                "document": "pas-foto-4x6",
                "quantity": 2,
                "form": "original",
                "note": None,
            },
        ],
        "steps": [
            {
                "id": "Isi formulir permohonan dan serahkan berkas di loket DPMPTSP.",
                "en": "Fill in the application form and hand in the documents at the DPMPTSP counter.",
            },
            {
                "id": "Petugas memeriksa kelengkapan dan keabsahan STR.",
                "en": "The officer checks the documents and confirms the STR is valid.",
            },
            {
                "id": "Dinas Kesehatan memverifikasi tempat praktik, dan meninjau lokasi untuk praktik mandiri.",
                "en": "The health office verifies the practice location, with a site visit for private practice.",
            },
            {
                "id": "SIP ditandatangani secara elektronik oleh kepala DPMPTSP.",
                "en": "The licence is signed electronically by the head of the DPMPTSP.",
            },
            {
                "id": "Ambil SIP di loket atau unduh dari tautan yang dikirim.",
                "en": "Collect the licence at the counter or download it from the link sent to you.",
            },
        ],
        "duration": {"value": 5, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Surat Izin Praktik (SIP) untuk satu tempat praktik.",
            "en": "Practice licence (SIP) for one practice location.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                "en": "Law 17/2023 on health",
            },
            {
                "id": "PP Nomor 28 Tahun 2024 tentang Peraturan Pelaksanaan UU Nomor 17 Tahun 2023 tentang Kesehatan",
                "en": "Government Regulation 28/2024 implementing Law 17/2023 on health",
            },
            {
                "id": "Peraturan Bupati tentang pelimpahan kewenangan perizinan kepada DPMPTSP",
                "en": "Regent regulation delegating licensing powers to the DPMPTSP",
            },
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor DPMPTSP kabupaten. Verifikasi tempat praktik oleh Dinas Kesehatan.",
                    "en": "The regency DPMPTSP office. The health office verifies the practice location.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan DPMPTSP", "en": "DPMPTSP complaints desk"},
                "note": None,
            },
        ],
        "life_events": ["pekerjaan", "usaha"],
    },
    # ------------------------------------------------------------- Bapenda
    {
        "slug": "pbb-p2",
        "agency": "bapenda",
        "title": {
            "id": "Pembayaran dan Informasi PBB-P2",
            "en": "Land and building tax (PBB) payment and information",
        },
        "summary": {
            "id": "Pembayaran Pajak Bumi dan Bangunan Perdesaan dan Perkotaan, cek tagihan dan tunggakan, serta cetak ulang SPPT. Layanan informasi gratis; yang dibayar hanya pajak sesuai SPPT, paling lambat tanggal jatuh tempo.",
            "en": "Payment of the rural and urban land and building tax, checking bills and arrears, and reprinting the tax notice (SPPT). Information is free; you pay only the tax shown on the SPPT, by its due date.",
        },
        "alternative_names": {
            "id": [
                "PBB",
                "bayar PBB",
                "pajak bumi dan bangunan",
                "SPPT",
                "cek tagihan PBB",
                "tunggakan PBB",
                "cetak ulang SPPT",
                "NOP",
                "pajak rumah",
            ],
            "en": [
                "property tax",
                "land and building tax",
                "PBB",
                "pay PBB",
                "SPPT",
                "house tax",
            ],
        },
        "eligibility": {
            "id": "Wajib pajak PBB-P2 atau siapa pun yang membawa nomor objek pajak (NOP).",
            "en": "PBB taxpayers, or anyone bringing the tax object number (NOP).",
        },
        "not_eligible": {
            "id": "Perubahan nama wajib pajak, pemecahan objek atau keberatan atas nilai pajak memakai permohonan tersendiri di Bapenda.",
            "en": "Changing the taxpayer's name, splitting a plot or objecting to the assessed value needs a separate application at the revenue office.",
        },
        "requirements": [
            {
                "document": "sppt-pbb",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Atau cukup sebutkan NOP. Untuk cetak ulang SPPT, bawa juga KTP-el.",
                    "en": "Or just give the NOP. To reprint the SPPT, also bring your KTP-el.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "Hanya untuk cetak ulang SPPT atau informasi data objek pajak.",
                    "en": "Only to reprint the SPPT or get tax object details.",
                },
            },
        ],
        "steps": [
            {
                "id": "Sebutkan NOP atau tunjukkan SPPT di loket Bapenda.",
                "en": "Give your NOP or show your SPPT at the revenue office counter.",
            },
            {
                "id": "Petugas menampilkan tagihan tahun berjalan dan tunggakan, termasuk denda bila ada.",
                "en": "The officer shows this year's bill and any arrears, including penalties.",
            },
            {
                "id": "Bayar di loket bank yang ditunjuk di MPP, atau lewat bank, kantor pos, minimarket dan aplikasi yang bekerja sama.",
                "en": "Pay at the designated bank counter in the MPP, or at a partner bank, post office, minimarket or app.",
            },
            {
                "id": "Simpan bukti pembayaran (STTS) sebagai tanda lunas.",
                "en": "Keep the payment receipt (STTS) as proof of payment.",
            },
        ],
        "duration": {"value": 15, "unit": "minutes"},
        "fee_kind": "varies",
        "fees": [],  # the tax is on the citizen's own SPPT: never "free"
        "output": {
            "id": "Bukti lunas PBB-P2 (STTS), informasi tagihan, atau salinan SPPT.",
            "en": "PBB payment receipt (STTS), bill information, or a copy of the SPPT.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
                "en": "Law 1/2022 on financial relations between the central and regional governments",
            },
            {
                "id": "PP Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah",
                "en": "Government Regulation 35/2023 on general provisions for regional taxes and levies",
            },
            {
                "id": "Peraturan Daerah kabupaten tentang Pajak Daerah dan Retribusi Daerah",
                "en": "Regency bylaw on regional taxes and levies",
            },
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Bapenda kabupaten.",
                    "en": "The regency revenue office (Bapenda).",
                },
            },
            {
                "kind": "kecamatan",
                "note": {
                    "id": "SPPT dibagikan lewat desa/kelurahan dan kecamatan. Tanyakan tagihan kepada petugas pemungut di desa.",
                    "en": "The SPPT is delivered through the village and sub-district offices. Ask the village tax collector about your bill.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {
                    "id": "Loket pengaduan Bapenda",
                    "en": "Complaints counter of the Regional Revenue Agency (Bapenda)",
                },
                "note": None,
            },
        ],
        "life_events": ["pajak", "tanah-bangunan"],
    },
    {
        "slug": "bphtb",
        "agency": "bapenda",
        "title": {
            "id": "Pelayanan BPHTB",
            "en": "Land and building acquisition duty (BPHTB)",
        },
        "summary": {
            "id": "Penghitungan, verifikasi dan validasi Bea Perolehan Hak atas Tanah dan Bangunan, yang dibayar pembeli, penerima hibah atau ahli waris. Besarnya 5% dari nilai perolehan setelah dikurangi NPOPTKP (paling sedikit Rp 80 juta, atau Rp 300 juta untuk waris dalam keluarga, sesuai Perda). Tidak ada biaya layanan.",
            "en": "Calculation, checking and validation of the land and building acquisition duty, paid by the buyer, gift recipient or heir. It is 5% of the acquisition value minus the tax-free allowance (NPOPTKP: at least Rp 80 million, or Rp 300 million for inheritance within the family, as set by the regency bylaw). There is no service fee.",
        },
        "alternative_names": {
            "id": [
                "BPHTB",
                "pajak beli tanah",
                "pajak pembeli",
                "pajak jual beli rumah",
                "bea perolehan hak atas tanah dan bangunan",
                "SSPD BPHTB",
                "validasi BPHTB",
                "BPHTB waris",
            ],
            "en": [
                "BPHTB",
                "land acquisition duty",
                "property transfer tax",
                "buyer's tax",
                "land purchase tax",
                "duty on land and buildings",
            ],
        },
        "eligibility": {
            "id": "Orang atau badan yang memperoleh hak atas tanah atau bangunan karena jual beli, hibah, waris atau sebab lain, atau PPAT/kuasanya.",
            "en": "Anyone acquiring rights to land or a building by sale, gift, inheritance or otherwise, or their PPAT or representative.",
        },
        "not_eligible": None,
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Surat Setoran Pajak Daerah (SSPD) BPHTB, bisa diisi lewat aplikasi e-BPHTB daerah.",
                    "en": "The BPHTB regional tax payment form (SSPD), which can be filled in through the regency's e-BPHTB system.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "KTP-el penjual dan pembeli.",
                    "en": "KTP-el of seller and buyer.",
                },
            },
            {
                "document": "sertifikat-tanah",
                "quantity": 1,
                "form": "copy",
                "note": None,
            },
            {"document": "sppt-pbb", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "akta-jual-beli",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Draf akta atau perjanjian jual beli. Untuk waris, ganti dengan surat keterangan waris dan akta kematian.",
                    "en": "The draft deed or sales agreement. For an inheritance, bring the certificate of inheritance and the death certificate instead.",
                },
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Jika diurus oleh PPAT atau orang lain.",
                    "en": "If the PPAT or someone else applies for you.",
                },
            },
        ],
        "steps": [
            {
                "id": "Isi SSPD BPHTB dengan nilai transaksi yang sebenarnya.",
                "en": "Fill in the BPHTB payment form with the real transaction value.",
            },
            {
                "id": "Serahkan berkas di loket Bapenda. Petugas membandingkan nilai dengan NJOP dan harga pasar.",
                "en": "Hand in the documents at the revenue office counter. The officer compares the value with the assessed value (NJOP) and market prices.",
            },
            {
                "id": "Jika perlu, petugas meninjau lokasi tanah atau bangunan.",
                "en": "If needed, the officer visits the land or building.",
            },
            {
                "id": "Bayar BPHTB sebesar 5% × (nilai perolehan − NPOPTKP) di bank yang ditunjuk.",
                "en": "Pay BPHTB of 5% × (acquisition value − NPOPTKP) at the designated bank.",
            },
            {
                "id": "Bapenda memvalidasi bukti setor. Bawa bukti ini ke PPAT dan Kantor Pertanahan untuk balik nama.",
                "en": "The revenue office validates the payment. Take the validated proof to the PPAT and land office for the title transfer.",
            },
        ],
        "duration": {"value": 3, "unit": "working_days"},
        "fee_kind": "varies",
        "fees": [],  # 5% of the acquisition value, computed for each transfer
        "output": {
            "id": "Bukti setor BPHTB yang sudah divalidasi Bapenda.",
            "en": "BPHTB payment proof validated by the revenue office.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah",
                "en": "Law 1/2022 on financial relations between the central and regional governments",
            },
            {
                "id": "PP Nomor 35 Tahun 2023 tentang Ketentuan Umum Pajak Daerah dan Retribusi Daerah",
                "en": "Government Regulation 35/2023 on general provisions for regional taxes and levies",
            },
            {
                "id": "Peraturan Daerah kabupaten tentang Pajak Daerah dan Retribusi Daerah",
                "en": "Regency bylaw on regional taxes and levies",
            },
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Bapenda kabupaten. PPAT biasanya mengajukan lewat aplikasi e-BPHTB.",
                    "en": "The regency revenue office. PPATs usually file through the e-BPHTB system.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {
                    "id": "Loket pengaduan Bapenda",
                    "en": "Complaints counter of the Regional Revenue Agency (Bapenda)",
                },
                "note": None,
            },
        ],
        "life_events": ["tanah-bangunan", "pajak", "kematian"],
    },
    # ------------------------------------------------------------ Disnaker
    {
        "slug": "kartu-pencari-kerja",
        "agency": "disnaker",
        "title": {
            "id": "Kartu Tanda Pencari Kerja (AK/I)",
            "en": 'Job seeker card (AK/I, the "yellow card")',
        },
        "summary": {
            "id": "Kartu kuning menandakan Bapak/Ibu terdaftar sebagai pencari kerja di Dinas Tenaga Kerja. Kartu ini sering diminta saat melamar kerja, termasuk CPNS. Layanan ini gratis.",
            "en": "The yellow card shows you are registered as a job seeker with the manpower office. Employers, including the civil service, often ask for it. The service is free.",
        },
        "alternative_names": {
            "id": [
                "kartu kuning",
                "kartu AK1",
                "AK/I",
                "AK-1",
                "kartu pencari kerja",
                "kartu kuning disnaker",
                "bikin kartu kuning",
                "pencaker",
            ],
            "en": [
                "yellow card",
                "job seeker card",
                "AK1",
                "AK/I",
                "job seeker registration",
                "employment card",
            ],
        },
        "eligibility": {
            "id": "Warga berusia paling rendah 18 tahun yang sedang mencari kerja dan berdomisili di kabupaten ini.",
            "en": "Residents of the regency aged 18 or over who are looking for work.",
        },
        "not_eligible": None,
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "ijazah",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "pas-foto-3x4",
                "quantity": 2,
                "form": "original",
                "note": {
                    "id": "Tidak diperlukan jika mendaftar lewat SIAPkerja dengan foto yang diunggah.",
                    "en": "Not needed if you register on SIAPkerja and upload a photo.",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
        ],
        "steps": [
            {
                "id": "Daftar akun di SIAPkerja (Karirhub) atau isi formulir di loket Disnaker.",
                "en": "Register on SIAPkerja (Karirhub) or fill in the form at the manpower office counter.",
            },
            {
                "id": "Tunjukkan KTP-el dan ijazah asli untuk diverifikasi.",
                "en": "Show your original KTP-el and diploma for checking.",
            },
            {
                "id": "Petugas memasukkan data pendidikan, keterampilan dan pekerjaan yang dicari.",
                "en": "The officer records your education, skills and the jobs you are looking for.",
            },
            {
                "id": "Kartu AK/I dicetak dan ditandatangani petugas.",
                "en": "The AK/I card is printed and signed by the officer.",
            },
            {
                "id": "Lapor kembali setiap 6 bulan jika belum bekerja. Kartu berlaku 2 tahun.",
                "en": "Report back every 6 months if you are still looking. The card is valid for 2 years.",
            },
        ],
        "duration": {"value": 1, "unit": "hours"},
        "fees": [],
        "output": {
            "id": "Kartu Tanda Pencari Kerja (AK/I) atau kartu kuning.",
            "en": "Job seeker card (AK/I), the yellow card.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan",
                "en": "Law 13/2003 on manpower",
            },
            {
                "id": "Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja",
                "en": "Manpower Minister Regulation 39/2016 on job placement",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://karirhub.kemnaker.go.id",
                "name": {
                    "id": "SIAPkerja / Karirhub Kemnaker",
                    "en": "SIAPkerja / Karirhub (Ministry of Manpower)",
                },
                "note": {
                    "id": "Kartu AK/I daring bisa dicetak setelah data diverifikasi Disnaker.",
                    "en": "The online AK/I card can be printed once the manpower office verifies your data.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Dinas Tenaga Kerja kabupaten.",
                    "en": "The regency manpower office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan Dinas Tenaga Kerja", "en": "Complaints desk of the Manpower Office"},
                "note": None,
            },
        ],
        "life_events": ["pekerjaan"],
    },
    # -------------------------------------------------------------- Dinsos
    {
        "slug": "pendaftaran-dtks",
        "agency": "dinsos",
        "title": {
            "id": "Pendaftaran Data Terpadu Kesejahteraan Sosial (DTKS)",
            "en": "Registering for social assistance (DTKS)",
        },
        "summary": {
            "id": "Pengusulan keluarga kurang mampu ke dalam data kesejahteraan sosial, dasar penerima bantuan seperti PKH, bantuan sembako dan iuran JKN yang dibayar pemerintah (PBI). Data ini kini sedang dipadukan ke Data Tunggal Sosial dan Ekonomi Nasional (DTSEN). Layanan ini gratis.",
            "en": "Proposes low-income families for the social welfare register, which is used to choose recipients of aid such as PKH, food assistance and government-paid health insurance (PBI). The register is being merged into the single national socio-economic data (DTSEN). The service is free.",
        },
        "alternative_names": {
            "id": [
                "DTKS",
                "daftar bansos",
                "bantuan sosial",
                "PKH",
                "BPNT",
                "PBI JKN",
                "KIS gratis",
                "cek bansos",
                "DTSEN",
            ],
            "en": [
                "social assistance",
                "welfare registration",
                "DTKS",
                "social aid",
                "poverty register",
                "cash assistance",
                "DTSEN",
            ],
        },
        "eligibility": {
            "id": "Keluarga kurang mampu yang tercatat dalam KK dan berdomisili di kabupaten ini.",
            "en": "Low-income families on a family card who live in the regency.",
        },
        "not_eligible": {
            "id": "Terdaftar di DTKS tidak menjamin langsung menerima bantuan. Penerima ditetapkan oleh Kementerian Sosial sesuai kriteria dan kuota.",
            "en": "Being on the register does not guarantee aid. The Ministry of Social Affairs chooses recipients by criteria and quota.",
        },
        "requirements": [
            {"document": "ktp-el", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "kk",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "NIK semua anggota keluarga harus sudah terdaftar di Dukcapil.",
                    "en": "Every family member's NIK must be registered with the civil registry.",
                },
            },
            {
                "document": "surat-pengantar-rt-rw",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "b-foto-rumah",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Jika diminta oleh desa/kelurahan.",
                    "en": "If the village office asks for it.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ajukan diri lewat desa/kelurahan atau di loket Dinas Sosial dengan membawa KTP-el dan KK.",
                "en": "Apply through your village office or at the social affairs counter with your KTP-el and family card.",
            },
            {
                "id": "Usulan dibahas dalam musyawarah desa/kelurahan.",
                "en": "The proposal is discussed at a village meeting.",
            },
            {
                "id": "Petugas atau pendamping sosial mengunjungi rumah untuk verifikasi.",
                "en": "An officer or social worker visits your home to verify.",
            },
            {
                "id": "Dinas Sosial mengirim usulan ke Kementerian Sosial.",
                "en": "The social affairs office sends the proposal to the Ministry of Social Affairs.",
            },
            {
                "id": "Cek hasil penetapan di situs atau aplikasi Cek Bansos, atau tanyakan ke desa/kelurahan.",
                "en": "Check the outcome on the Cek Bansos website or app, or ask at the village office.",
            },
        ],
        "duration": {"value": 30, "unit": "days"},
        "fees": [],
        "output": {
            "id": "Keluarga tercatat dalam data kesejahteraan sosial dan dapat dicek di Cek Bansos.",
            "en": "The family is on the social welfare register and can be checked on Cek Bansos.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
                "en": "Law 13/2011 on the handling of the poor",
            },
            {
                "id": "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial",
                "en": "Social Affairs Minister Regulation 3/2021 on managing the integrated social welfare data",
            },
            {
                "id": "Instruksi Presiden Nomor 4 Tahun 2025 tentang Data Tunggal Sosial dan Ekonomi Nasional",
                "en": "Presidential Instruction 4/2025 on the single national socio-economic data",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://cekbansos.kemensos.go.id",
                "name": {
                    "id": "Cek Bansos Kementerian Sosial",
                    "en": "Cek Bansos (Ministry of Social Affairs)",
                },
                "note": {
                    "id": "Untuk mengecek status dan mengusulkan diri lewat aplikasi Cek Bansos.",
                    "en": "To check your status and propose yourself through the Cek Bansos app.",
                },
            },
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Usulan juga bisa diajukan di kantor desa/kelurahan dan diteruskan lewat kecamatan.",
                    "en": "You can also apply at the village office; it is passed on through the sub-district.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Dinas Sosial kabupaten.",
                    "en": "The regency social affairs office.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "171",
                "note": {
                    "id": "Command Center Kementerian Sosial",
                    "en": "Ministry of Social Affairs command centre",
                },
            },
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan Dinas Sosial", "en": "Complaints desk of the Social Affairs Office"},
                "note": None,
            },
        ],
        "life_events": ["bantuan-sosial", "kesehatan"],
    },
    # -------------------------------------------------------------- Dinkes
    {
        "slug": "spp-irt",
        "agency": "dinkes",
        "title": {
            "id": "Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)",
            "en": "Home food production certificate (SPP-IRT)",
        },
        "summary": {
            "id": "Sertifikat bagi usaha makanan dan minuman rumahan, seperti keripik, kue kering atau sambal kemasan, agar bisa dijual luas dengan nomor P-IRT. Diajukan lewat OSS dan diperiksa Dinas Kesehatan. Layanan ini gratis.",
            "en": "Certificate for home-made food and drink businesses, such as chips, biscuits or bottled chilli sauce, so they can be sold widely with a P-IRT number. You apply through OSS and the health office inspects. The service is free.",
        },
        "alternative_names": {
            "id": [
                "PIRT",
                "P-IRT",
                "SPP-IRT",
                "izin PIRT",
                "sertifikat PIRT",
                "izin makanan rumahan",
                "izin produksi makanan",
                "nomor PIRT",
                "izin pirt makanan",
            ],
            "en": [
                "PIRT",
                "P-IRT",
                "home food permit",
                "home food production licence",
                "food production certificate",
                "cottage food licence",
            ],
        },
        "eligibility": {
            "id": "Usaha mikro dan kecil yang memproduksi pangan olahan di rumah dengan peralatan sederhana, dan sudah memiliki NIB.",
            "en": "Micro and small businesses producing processed food at home with simple equipment, that already have an NIB.",
        },
        "not_eligible": {
            "id": "Susu dan olahannya, daging beku, makanan bayi, minuman beralkohol, pangan steril kaleng dan pangan sejenis wajib izin edar BPOM (MD), bukan SPP-IRT.",
            "en": "Dairy products, frozen meat, baby food, alcoholic drinks, canned sterile food and similar products need a BPOM distribution permit (MD), not an SPP-IRT.",
        },
        "requirements": [
            {"document": "nib", "quantity": 1, "form": "copy", "note": None},
            {"document": "ktp-el", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "sertifikat-penyuluhan-keamanan-pangan",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Jika belum punya, ikuti penyuluhan keamanan pangan yang diadakan Dinas Kesehatan.",
                    "en": "If you do not have one yet, attend the food safety training held by the health office.",
                },
            },
            {
                "document": "b-label-pangan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "surat-keterangan-sehat",
                "quantity": 1,
                "form": "copy",
                "note": None,
            },
        ],
        "steps": [
            {
                "id": "Pastikan sudah memiliki NIB dengan bidang usaha (KBLI) industri pangan.",
                "en": "Make sure you have an NIB with a food-industry business code (KBLI).",
            },
            {
                "id": "Ajukan permohonan SPP-IRT lewat OSS dan unggah dokumen, dengan bantuan petugas bila perlu.",
                "en": "Apply for the SPP-IRT in OSS and upload the documents, with the officer's help if needed.",
            },
            {
                "id": "Ikuti penyuluhan keamanan pangan bila belum memiliki sertifikat PKP.",
                "en": "Attend the food safety training if you do not have a PKP certificate yet.",
            },
            {
                "id": "Petugas Dinas Kesehatan memeriksa tempat produksi.",
                "en": "Health office staff inspect your production place.",
            },
            {
                "id": "Jika memenuhi syarat, SPP-IRT dan nomor P-IRT terbit di OSS.",
                "en": "If it meets the standards, the SPP-IRT and P-IRT number are issued in OSS.",
            },
        ],
        "duration": {"value": 14, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "SPP-IRT dengan nomor P-IRT untuk dicantumkan di label, berlaku 5 tahun.",
            "en": "SPP-IRT with a P-IRT number to print on the label, valid for 5 years.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 18 Tahun 2012 tentang Pangan",
                "en": "Law 18/2012 on food",
            },
            {
                "id": "PP Nomor 86 Tahun 2019 tentang Keamanan Pangan",
                "en": "Government Regulation 86/2019 on food safety",
            },
            {
                "id": "PP Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
                "en": "Government Regulation 5/2021 on risk-based business licensing",
            },
            {
                "id": "Peraturan BPOM Nomor 22 Tahun 2018 tentang Pedoman Pemberian Sertifikat Produksi Pangan Industri Rumah Tangga",
                "en": "BPOM Regulation 22/2018 on guidelines for home food production certificates",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://oss.go.id",
                "name": {
                    "id": "OSS (Online Single Submission)",
                    "en": "OSS (Online Single Submission)",
                },
                "note": None,
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Dinas Kesehatan kabupaten, bidang kesehatan lingkungan dan keamanan pangan.",
                    "en": "The regency health office, environmental health and food safety section.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {"id": "Meja pengaduan Dinas Kesehatan", "en": "Complaints desk of the Health Office"},
                "note": None,
            },
        ],
        "life_events": ["usaha"],
    },
    # ------------------------------------------------------------- Kemenag
    {
        "slug": "pendaftaran-nikah",
        "agency": "kemenag",
        "title": {
            "id": "Pendaftaran Nikah di KUA",
            "en": "Marriage registration at the KUA (Muslim)",
        },
        "summary": {
            "id": "Pendaftaran dan pencatatan pernikahan bagi pasangan beragama Islam. Daftarkan paling lambat 10 hari kerja sebelum akad. Nikah di kantor KUA pada jam kerja gratis; nikah di luar kantor atau di luar jam kerja dikenai PNBP Rp 600.000.",
            "en": "Registration and recording of marriages for Muslim couples. Register at least 10 working days before the wedding. A wedding at the KUA office during working hours is free; a wedding elsewhere or outside working hours costs Rp 600,000.",
        },
        "alternative_names": {
            "id": [
                "daftar nikah",
                "nikah di KUA",
                "pendaftaran pernikahan",
                "buku nikah",
                "SIMKAH",
                "biaya nikah",
                "nikah di luar KUA",
                "surat nikah",
                "pencatatan nikah",
            ],
            "en": [
                "marriage registration",
                "Muslim marriage",
                "wedding registration",
                "KUA",
                "marriage book",
                "getting married",
            ],
        },
        "eligibility": {
            "id": "Calon pengantin beragama Islam yang masing-masing telah berusia 19 tahun.",
            "en": "Muslim brides and grooms who are each at least 19 years old.",
        },
        "not_eligible": {
            "id": "Calon pengantin di bawah 19 tahun memerlukan dispensasi dari Pengadilan Agama. Pasangan non-Muslim mencatatkan perkawinan di Dukcapil.",
            "en": "Anyone under 19 needs a dispensation from the religious court. Non-Muslim couples register their marriage with the civil registry (Dukcapil).",
        },
        "requirements": [
            {
                "document": "surat-pengantar-nikah",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk masing-masing calon pengantin.",
                    "en": "For both the bride and the groom.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "KTP-el calon pengantin dan wali.",
                    "en": "KTP-el of the bride, the groom and the bride's guardian (wali).",
                },
            },
            {"document": "kk", "quantity": 1, "form": "copy", "note": None},
            {"document": "akta-kelahiran", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "b-pas-foto-2x3",
                "quantity": 4,
                "form": "original",
                "note": {
                    "id": "Untuk masing-masing calon pengantin.",
                    "en": "For each of the bride and groom.",
                },
            },
            {
                "document": "pas-foto-4x6",
                "quantity": 2,
                "form": "original",
                "note": {
                    "id": "Untuk masing-masing calon pengantin, latar belakang biru.",
                    "en": "For each of the bride and groom, blue background.",
                },
            },
            {
                "document": "b-surat-izin-orang-tua",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Hanya jika calon pengantin belum berusia 21 tahun.",
                    "en": "Only if the bride or groom is under 21.",
                },
            },
            {
                "document": "a-akta-cerai",
                "quantity": 1,
                "form": "original_and_copy",
                "condition": "bercerai",
                "note": {
                    "id": "Hanya bagi yang bercerai hidup. Bagi yang pasangannya meninggal, bawa akta kematian.",
                    "en": "Only if divorced. If your spouse died, bring the death certificate instead.",
                },
            },
            {
                "document": "b-rekomendasi-nikah",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Hanya jika akad di luar kecamatan tempat tinggal.",
                    "en": "Only if the wedding is outside your home sub-district.",
                },
            },
        ],
        "steps": [
            {
                "id": "Urus surat pengantar nikah (N1 sampai N4) di desa/kelurahan masing-masing.",
                "en": "Get the marriage cover letters (N1 to N4) from each of your village offices.",
            },
            {
                "id": "Daftar di loket KUA atau lewat SIMKAH paling lambat 10 hari kerja sebelum akad.",
                "en": "Register at the KUA counter or on SIMKAH at least 10 working days before the wedding.",
            },
            {
                "id": "Jika akad di luar KUA atau di luar jam kerja, bayar PNBP Rp 600.000 ke bank dan serahkan bukti setor.",
                "en": "If the wedding is outside the KUA or outside working hours, pay the Rp 600,000 fee at a bank and hand in the receipt.",
            },
            {
                "id": "Hadiri pemeriksaan nikah bersama calon pasangan dan wali.",
                "en": "Attend the marriage examination together with your partner and the bride's guardian.",
            },
            {
                "id": "KUA mengumumkan kehendak nikah selama 10 hari. Ikuti juga bimbingan perkawinan.",
                "en": "The KUA announces the planned marriage for 10 days. Also attend the pre-marriage guidance.",
            },
            {
                "id": "Akad nikah dicatat penghulu. Buku nikah dan kartu nikah digital diserahkan setelah akad.",
                "en": "The registrar (penghulu) records the wedding. The marriage book and digital marriage card are handed over afterwards.",
            },
        ],
        "duration": {"value": 10, "unit": "working_days"},
        "fees": [
            {
                "amount": 600000,
                "purpose": {
                    "id": "Nikah atau rujuk di luar kantor KUA atau di luar jam kerja. Nikah di kantor KUA pada jam kerja gratis (Rp 0).",
                    "en": "Wedding or reconciliation outside the KUA office or outside working hours. A wedding at the KUA during working hours is free (Rp 0).",
                },
                "legal_basis": {
                    "id": "PP Nomor 59 Tahun 2018 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Agama",
                    "en": "Government Regulation 59/2018 on non-tax state revenue at the Ministry of Religious Affairs",
                },
            },
        ],
        "output": {
            "id": "Buku nikah dan kartu nikah digital.",
            "en": "Marriage book and digital marriage card.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan, sebagaimana diubah dengan Undang-Undang Nomor 16 Tahun 2019",
                "en": "Law 1/1974 on marriage, as amended by Law 16/2019",
            },
            {
                "id": "Peraturan Menteri Agama Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan",
                "en": "Religious Affairs Minister Regulation 20/2019 on marriage registration",
            },
            {
                "id": "PP Nomor 59 Tahun 2018 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Agama",
                "en": "Government Regulation 59/2018 on non-tax state revenue at the Ministry of Religious Affairs",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://simkah4.kemenag.go.id",
                "name": {
                    "id": "SIMKAH (Sistem Informasi Manajemen Nikah)",
                    "en": "SIMKAH (marriage management information system)",
                },
                "note": {
                    "id": "Pendaftaran daring; berkas asli tetap diserahkan ke KUA.",
                    "en": "Online registration; the original documents still go to the KUA.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "KUA kecamatan tempat akad nikah dilangsungkan.",
                    "en": "The KUA of the sub-district where the wedding takes place.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {
                    "id": "Kantor Kementerian Agama kabupaten",
                    "en": "Regency office of the Ministry of Religious Affairs",
                },
                "note": None,
            },
        ],
        "life_events": ["pernikahan"],
    },
    # ---------------------------------------------------------------- BPOM
    {
        "slug": "konsultasi-izin-edar-bpom",
        "agency": "bpom",
        "title": {
            "id": "Konsultasi Izin Edar Obat dan Makanan",
            "en": "Advice on food and drug distribution permits",
        },
        "summary": {
            "id": "Konsultasi gratis tentang izin edar pangan olahan, obat tradisional, kosmetik dan suplemen: izin yang dibutuhkan (MD, P-IRT atau notifikasi), syarat sarana produksi, label dan cara mendaftar. Layanan ini tidak menerbitkan izin.",
            "en": "Free advice on distribution permits for processed food, traditional medicine, cosmetics and supplements: which permit you need (MD, P-IRT or notification), production site requirements, labelling and how to apply. This service does not issue permits.",
        },
        "alternative_names": {
            "id": [
                "izin BPOM",
                "daftar BPOM",
                "izin edar",
                "nomor MD",
                "BPOM MD",
                "izin edar makanan",
                "notifikasi kosmetik",
                "konsultasi BPOM",
                "sertifikat BPOM",
            ],
            "en": [
                "BPOM registration",
                "food registration",
                "drug registration",
                "distribution permit",
                "BPOM licence",
                "cosmetics notification",
                "Indonesian FDA",
            ],
        },
        "eligibility": {
            "id": "Pelaku usaha, calon pelaku usaha dan masyarakat umum.",
            "en": "Businesses, people planning a business and the general public.",
        },
        "not_eligible": {
            "id": "Untuk pangan rumahan berisiko rendah, izin yang tepat biasanya SPP-IRT dari Dinas Kesehatan, bukan izin edar BPOM.",
            "en": "For low-risk home-made food, the right permit is usually the SPP-IRT from the health office, not a BPOM permit.",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "b-data-produk",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Tidak wajib, tetapi membantu petugas memberi saran yang tepat.",
                    "en": "Not required, but it helps the officer give the right advice.",
                },
            },
            {
                "document": "nib",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Jika sudah punya.",
                    "en": "If you already have one.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket BPOM.",
                "en": "Take a queue number at the BPOM counter.",
            },
            {
                "id": "Jelaskan produk Bapak/Ibu: jenis, bahan, cara produksi dan kemasan.",
                "en": "Describe your product: type, ingredients, production method and packaging.",
            },
            {
                "id": "Petugas menjelaskan izin yang dibutuhkan, syarat sarana dan dokumen.",
                "en": "The officer explains which permit you need and the site and document requirements.",
            },
            {
                "id": "Petugas menunjukkan cara mendaftar di sistem registrasi BPOM.",
                "en": "The officer shows you how to apply in BPOM's registration system.",
            },
        ],
        "duration": {"value": 30, "unit": "minutes"},
        "fees": [],
        "output": {
            "id": "Penjelasan jenis izin, syarat dan langkah pendaftaran; catatan konsultasi bila diminta.",
            "en": "Explanation of the permit type, requirements and application steps; a consultation note on request.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 18 Tahun 2012 tentang Pangan",
                "en": "Law 18/2012 on food",
            },
            {
                "id": "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
                "en": "Law 17/2023 on health",
            },
            {
                "id": "PP Nomor 86 Tahun 2019 tentang Keamanan Pangan",
                "en": "Government Regulation 86/2019 on food safety",
            },
            {
                "id": "Peraturan Presiden Nomor 80 Tahun 2017 tentang Badan Pengawas Obat dan Makanan",
                "en": "Presidential Regulation 80/2017 on the Food and Drug Authority",
            },
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.pom.go.id",
                "name": {"id": "Situs Badan POM", "en": "BPOM website"},
                "note": {
                    "id": "Informasi pendaftaran produk dan tautan ke sistem registrasi.",
                    "en": "Product registration information and links to the registration systems.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Balai atau Loka POM terdekat.",
                    "en": "The nearest BPOM office (Balai or Loka POM).",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "phone",
                "value": "1500533",
                "note": {"id": "HaloBPOM", "en": "HaloBPOM contact centre"},
            },
            {"kind": "email", "value": "halobpom@pom.go.id", "note": None},
        ],
        "life_events": ["usaha"],
    },
    # ---------------------------------------------------------------- PDAM
    {
        "slug": "sambungan-baru-air-minum",
        "agency": "pdam",
        "title": {
            "id": "Pemasangan Sambungan Baru Air Minum",
            "en": "New piped water connection",
        },
        "summary": {
            "id": "Pemasangan sambungan air minum dan meter air baru ke rumah atau tempat usaha. Biaya sambungan dibayar sekali, besarnya ditetapkan keputusan direksi Perumda Air Minum dan berbeda di tiap kabupaten.",
            "en": "Installs a new piped water connection and meter at a home or business. The connection fee is paid once; it is set by the water company's board of directors and varies by regency.",
        },
        "alternative_names": {
            "id": [
                "PDAM",
                "pasang air",
                "pasang PDAM",
                "sambungan baru PDAM",
                "air ledeng",
                "pasang meteran air",
                "langganan air",
                "Perumda air minum",
                "psang pdam",
            ],
            "en": [
                "water connection",
                "piped water",
                "PDAM",
                "new water meter",
                "tap water connection",
                "water supply",
            ],
        },
        "eligibility": {
            "id": "Pemilik atau penghuni bangunan di wilayah yang sudah dilalui jaringan pipa Perumda Air Minum.",
            "en": "Owners or occupants of buildings in areas the water company's pipe network already reaches.",
        },
        "not_eligible": {
            "id": "Lokasi yang belum terjangkau jaringan pipa belum bisa dipasang. Petugas akan memberi tahu hasil survei.",
            "en": "Places the pipe network does not reach yet cannot be connected. The officer will tell you the survey result.",
        },
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {"document": "ktp-el", "quantity": 1, "form": "copy", "note": None},
            {"document": "kk", "quantity": 1, "form": "copy", "note": None},
            {
                "document": "sppt-pbb",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Atau bukti kepemilikan atau sewa bangunan.",
                    "en": "Or proof of ownership or rental of the building.",
                },
            },
            {
                "document": "b-denah-lokasi",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
        ],
        "steps": [
            {
                "id": "Isi formulir pendaftaran sambungan baru dan serahkan berkas di loket Perumda Air Minum.",
                "en": "Fill in the new connection form and hand in the documents at the water company counter.",
            },
            {
                "id": "Petugas menyurvei lokasi untuk memastikan jaringan pipa dan tekanan air.",
                "en": "Staff survey the site to check the pipe network and water pressure.",
            },
            {
                "id": "Jika layak, Bapak/Ibu menerima rincian biaya sambungan.",
                "en": "If the site is suitable, you receive the connection cost breakdown.",
            },
            {
                "id": "Bayar biaya sambungan di kasir atau bank yang ditunjuk, lalu tanda tangani perjanjian langganan.",
                "en": "Pay the connection fee at the cashier or designated bank, then sign the customer agreement.",
            },
            {
                "id": "Petugas memasang pipa dinas dan meter air.",
                "en": "Staff install the service pipe and water meter.",
            },
            {
                "id": "Air mengalir. Tagihan bulanan dimulai sesuai pemakaian yang tercatat di meter.",
                "en": "The water is turned on. Monthly bills start according to the meter reading.",
            },
        ],
        "duration": {"value": 14, "unit": "working_days"},
        "fees": [
            {
                "amount": 1500000,
                "purpose": {
                    "id": "Biaya sambungan baru rumah tangga, termasuk meter air dan pipa dinas. Contoh; besarnya berbeda di tiap kabupaten dan golongan pelanggan.",
                    "en": "New household connection fee, including the water meter and service pipe. An example; the amount varies by regency and customer group.",
                },
                "legal_basis": {
                    "id": "Keputusan Direksi Perumda Air Minum tentang biaya sambungan baru",
                    "en": "Decision of the water company's board of directors on new connection fees",
                },
            },
        ],
        "output": {
            "id": "Sambungan air minum aktif, meter air terpasang dan nomor pelanggan.",
            "en": "An active water connection, an installed meter and a customer number.",
        },
        "legal_basis": [
            {
                "id": "PP Nomor 122 Tahun 2015 tentang Sistem Penyediaan Air Minum",
                "en": "Government Regulation 122/2015 on drinking water supply systems",
            },
            {
                "id": "Peraturan Menteri Dalam Negeri Nomor 21 Tahun 2020 tentang Perhitungan dan Penetapan Tarif Air Minum",
                "en": "Home Affairs Minister Regulation 21/2020 on calculating and setting drinking water tariffs",
            },
            {
                "id": "Peraturan Daerah kabupaten tentang Perusahaan Umum Daerah Air Minum",
                "en": "Regency bylaw on the regional water company",
            },
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor pusat atau unit pelayanan Perumda Air Minum.",
                    "en": "The water company's head office or customer service unit.",
                },
            },
        ],
        "complaints": [
            {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None},
            {
                "kind": "in_person",
                "place": {
                    "id": "Bagian pelayanan pelanggan Perumda Air Minum",
                    "en": "Customer service of the regional water company (Perumda Air Minum)",
                },
                "note": None,
            },
        ],
        "life_events": ["pindah-rumah", "tanah-bangunan"],
    },
]
