"""Demo services, part A: civil registry (Dukcapil), police, Samsat and immigration.

Sixteen services in the ``SERVICES`` schema described in ``demo``.
Amounts follow the national tariffs (PP 76/2020 for Polri, PP 28/2019 for
immigration, PMK 36/PMK.010/2008 for the Jasa Raharja road-accident levy);
civil-registry documents are free by law (UU 24/2013, Pasal 79A). Document
types that ``documents.py`` does not define are added in ``EXTRA_DOCUMENTS``
with an ``a-`` prefix.
"""

EXTRA_DOCUMENTS = {
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

# Texts shared by several services.

_FREE_BY_LAW = {
    "id": (
        "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
        "2006 tentang Administrasi Kependudukan (Pasal 79A: pengurusan dokumen kependudukan "
        "tidak dipungut biaya)"
    ),
    "en": (
        "Law 24/2013 amending Law 23/2006 on Population Administration (Article 79A: "
        "civil-registry documents are issued free of charge)"
    ),
}
_PP_ADMINDUK = {
    "id": (
        "Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan Undang-Undang Nomor 23 "
        "Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan "
        "Undang-Undang Nomor 24 Tahun 2013"
    ),
    "en": "Government Regulation 40/2019 implementing the Population Administration Law",
}
_PERPRES_96 = {
    "id": (
        "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
        "Penduduk dan Pencatatan Sipil"
    ),
    "en": (
        "Presidential Regulation 96/2018 on requirements and procedures for population "
        "registration and civil registration"
    ),
}
_PERMENDAGRI_108 = {
    "id": (
        "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan "
        "Peraturan Presiden Nomor 96 Tahun 2018"
    ),
    "en": "Minister of Home Affairs Regulation 108/2019 implementing Presidential Regulation 96/2018",
}
_PERMENDAGRI_109 = {
    "id": (
        "Peraturan Menteri Dalam Negeri Nomor 109 Tahun 2019 tentang Formulir dan Buku yang "
        "Digunakan dalam Administrasi Kependudukan"
    ),
    "en": "Minister of Home Affairs Regulation 109/2019 on civil-registry forms and registers",
}
_UU_LLAJ = {
    "id": "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
    "en": "Law 22/2009 on Road Traffic and Transport",
}
_PP_PNBP_POLRI = {
    "id": (
        "Peraturan Pemerintah Nomor 76 Tahun 2020 tentang Jenis dan Tarif atas Jenis Penerimaan "
        "Negara Bukan Pajak yang Berlaku pada Kepolisian Negara Republik Indonesia"
    ),
    "en": "Government Regulation 76/2020 on non-tax state revenue tariffs of the Indonesian National Police",
}
_PERPOL_REGIDENT = {
    "id": "Peraturan Kepolisian Nomor 7 Tahun 2021 tentang Registrasi dan Identifikasi Kendaraan Bermotor",
    "en": "Police Regulation 7/2021 on motor vehicle registration and identification",
}
_UU_HKPD = {
    "id": (
        "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
        "Pemerintahan Daerah, dan Peraturan Daerah Provinsi tentang Pajak Daerah"
    ),
    "en": (
        "Law 1/2022 on fiscal relations between central and regional government, and the "
        "provincial regulation on regional taxes"
    ),
}
_SWDKLLJ_BASIS = {
    "id": (
        "Undang-Undang Nomor 34 Tahun 1964 tentang Dana Kecelakaan Lalu Lintas Jalan dan "
        "Peraturan Menteri Keuangan Nomor 36/PMK.010/2008"
    ),
    "en": "Law 34/1964 on the road traffic accident fund and Minister of Finance Regulation 36/PMK.010/2008",
}
_PERPRES_SAMSAT = {
    "id": "Peraturan Presiden Nomor 5 Tahun 2015 tentang Penyelenggaraan Sistem Administrasi Manunggal Satu Atap Kendaraan Bermotor",
    "en": "Presidential Regulation 5/2015 on the one-roof vehicle administration system (Samsat)",
}
_UU_KEIMIGRASIAN = {
    "id": "Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
    "en": "Law 6/2011 on Immigration",
}
_PERMENKUMHAM_PASPOR = {
    "id": (
        "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 8 Tahun 2014 tentang Paspor Biasa "
        "dan Surat Perjalanan Laksana Paspor, beserta perubahannya"
    ),
    "en": "Minister of Law and Human Rights Regulation 8/2014 on ordinary passports, as amended",
}
_PP_PNBP_IMIGRASI = {
    "id": (
        "Peraturan Pemerintah Nomor 28 Tahun 2019 tentang Jenis dan Tarif atas Jenis Penerimaan "
        "Negara Bukan Pajak yang Berlaku pada Kementerian Hukum dan Hak Asasi Manusia"
    ),
    "en": "Government Regulation 28/2019 on non-tax state revenue tariffs of the Ministry of Law and Human Rights",
}

_LAPOR = {"kind": "lapor", "value": "https://www.lapor.go.id", "note": None}
_DUKCAPIL_CALL_CENTRE = {
    "kind": "phone",
    "value": "1500537",
    "note": {
        "id": "Call center Ditjen Dukcapil Kemendagri, pada jam kerja.",
        "en": "Call centre of the Directorate General of Civil Registration, during office hours.",
    },
}
_POLRI_110 = {
    "kind": "phone",
    "value": "110",
    "note": {
        "id": "Layanan panggilan Polri, bebas pulsa, 24 jam.",
        "en": "Police call centre, toll-free, 24 hours.",
    },
}
_IMIGRASI_WEBSITE = {
    "kind": "website",
    "value": "https://www.imigrasi.go.id",
    "note": {
        "id": "Situs resmi Direktorat Jenderal Imigrasi, lihat menu kontak dan pengaduan.",
        "en": "Official website of the Directorate General of Immigration, see the contact and complaints page.",
    },
}
_SAMSAT_DESK = {
    "kind": "in_person",
    "place": {
        "id": "Meja informasi dan pengaduan di kantor Samsat",
        "en": "Information and complaints desk at the Samsat office",
    },
    "note": {
        "id": "Bawa STNK dan bukti bayar Anda.",
        "en": "Bring your STNK and payment receipt.",
    },
}

_DUKCAPIL_ONLINE = {
    "kind": "online",
    "url": "https://dukcapil.kemendagri.go.id",
    "name": {
        "id": "Informasi layanan Dukcapil Kemendagri",
        "en": "Dukcapil information (Ministry of Home Affairs)",
    },
    "note": {
        "id": "Banyak kabupaten juga punya layanan daring sendiri. Tanyakan alamatnya di loket.",
        "en": "Many regencies also run their own online service. Ask at the counter for the address.",
    },
}
_DUKCAPIL_OFFICE = {
    "kind": "agency_office",
    "note": {
        "id": "Kantor Dinas Kependudukan dan Pencatatan Sipil kabupaten.",
        "en": "The regency civil registration office (Dinas Dukcapil).",
    },
}

SERVICES = [
    # ------------------------------------------------------------------ Dukcapil
    {
        "slug": "perekaman-ktp-el",
        "agency": "dukcapil",
        "title": {
            "id": "Perekaman KTP Elektronik Baru",
            "en": "New electronic identity card (KTP-el)",
        },
        "summary": {
            "id": (
                "Perekaman data diri (foto, sidik jari, iris mata dan tanda tangan) untuk KTP-el "
                "pertama Anda. Layanan ini gratis."
            ),
            "en": (
                "Recording your photo, fingerprints, iris scan and signature for your first "
                "electronic identity card. The service is free."
            ),
        },
        "alternative_names": {
            "id": [
                "KTP",
                "e-KTP",
                "KTP elektronik",
                "bikin KTP",
                "buat KTP baru",
                "rekam KTP",
                "rekam e-KTP",
                "KTP pemula",
                "kartu tanda penduduk",
                "ektp",
            ],
            "en": [
                "identity card",
                "ID card",
                "national ID",
                "KTP",
                "e-KTP",
                "electronic ID card",
                "first ID card",
                "Indonesian ID",
            ],
        },
        "eligibility": {
            "id": (
                "Warga negara Indonesia yang sudah berusia 17 tahun, sudah atau pernah menikah, "
                "dan terdaftar di KK kabupaten ini. Anak usia 16 tahun boleh merekam lebih dulu; "
                "kartunya dicetak saat berusia 17 tahun."
            ),
            "en": (
                "Indonesian citizens aged 17 or over, or who are or have been married, and who are "
                "listed on a family card in this regency. Young people aged 16 may record early; "
                "the card is printed when they turn 17."
            ),
        },
        "not_eligible": {
            "id": (
                "Jika Anda sudah pernah merekam KTP-el, jangan merekam ulang. Untuk KTP-el yang "
                "hilang, rusak atau datanya berubah, gunakan layanan Penggantian KTP-el."
            ),
            "en": (
                "If you have already recorded a KTP-el, do not record again. For a lost or damaged "
                "card, or changed details, use the KTP-el replacement service."
            ),
        },
        "requirements": [
            {
                "document": "kk",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Pastikan nama, tanggal lahir dan alamat di KK sudah benar.",
                    "en": "Check that your name, date of birth and address on the family card are correct.",
                },
            },
            {
                "document": "akta-perkawinan",
                "quantity": 1,
                "form": "copy",
                "condition": "menikah-belum-17",
                "note": {
                    "id": "Hanya jika Anda belum berusia 17 tahun tetapi sudah menikah.",
                    "en": "Only if you are under 17 but already married.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Serahkan KK. Petugas mencocokkan data Anda dengan database kependudukan.",
                "en": "Hand over your family card. The officer checks your details against the population database.",
            },
            {
                "id": "Ikuti perekaman: foto wajah, sidik jari, iris mata dan tanda tangan.",
                "en": "Have your photo, fingerprints, iris scan and signature recorded.",
            },
            {
                "id": "Periksa data yang tampil di layar. Sampaikan bila ada yang salah.",
                "en": "Check the details shown on the screen and report any mistake.",
            },
            {
                "id": "Tunggu data Anda diverifikasi oleh pusat, lalu KTP-el dicetak.",
                "en": "Wait while your record is verified centrally, then the card is printed.",
            },
            {
                "id": "Ambil KTP-el Anda dan tanda tangani tanda terima.",
                "en": "Collect your KTP-el and sign the receipt.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "KTP-el yang berlaku seumur hidup. Anda juga bisa mengaktifkan Identitas Kependudukan Digital (IKD) di ponsel.",
            "en": "A KTP-el valid for life. You can also activate the Digital Population Identity (IKD) app on your phone.",
        },
        "legal_basis": [_FREE_BY_LAW, _PP_ADMINDUK, _PERPRES_96, _PERMENDAGRI_108],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Dinas Dukcapil kabupaten. Perekaman harus dilakukan langsung, tidak bisa daring.",
                    "en": "The regency Dukcapil office. Recording must be done in person; it cannot be done online.",
                },
            },
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Sebagian besar kantor kecamatan melayani perekaman. Pencetakan kadang tetap di Dukcapil.",
                    "en": "Most sub-district offices can record you. Printing is sometimes still done at Dukcapil.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["identitas"],
    },
    {
        "slug": "penggantian-ktp-el",
        "agency": "dukcapil",
        "title": {
            "id": "Penggantian KTP-el Hilang atau Rusak",
            "en": "Replacing a lost or damaged KTP-el",
        },
        "summary": {
            "id": (
                "Cetak ulang KTP-el yang hilang atau rusak, atau yang datanya berubah. NIK Anda "
                "tetap sama dan tidak perlu merekam ulang. Layanan ini gratis."
            ),
            "en": (
                "Reprinting a KTP-el that is lost, damaged or has outdated details. Your NIK stays "
                "the same and you do not need to record again. The service is free."
            ),
        },
        "alternative_names": {
            "id": [
                "KTP hilang",
                "KTP rusak",
                "e-KTP hilang",
                "cetak ulang KTP",
                "ganti KTP",
                "KTP patah",
                "ubah data KTP",
                "KTP baru ganti alamat",
            ],
            "en": [
                "lost ID card",
                "damaged ID card",
                "replace KTP",
                "reprint ID card",
                "lost e-KTP",
                "ID card replacement",
                "change address on ID card",
            ],
        },
        "eligibility": {
            "id": "Pemilik KTP-el yang kartunya hilang, rusak, atau datanya sudah berubah di KK.",
            "en": "KTP-el holders whose card is lost or damaged, or whose details have changed on the family card.",
        },
        "not_eligible": {
            "id": (
                "Jika data Anda (alamat, status kawin, pekerjaan) belum diubah di KK, ubah KK lebih "
                "dulu. Jika Anda belum pernah merekam, gunakan layanan Perekaman KTP-el."
            ),
            "en": (
                "If your details (address, marital status, occupation) have not been updated on the "
                "family card yet, update the family card first. If you have never recorded, use the "
                "new KTP-el service."
            ),
        },
        "requirements": [
            {
                "document": "kk",
                "quantity": 1,
                "form": "copy",
                "note": None,
            },
            {
                "document": "surat-keterangan-kehilangan",
                "quantity": 1,
                "form": "original",
                "condition": "hilang",
                "note": {
                    "id": "Hanya untuk KTP-el yang hilang.",
                    "en": "Only for a lost card.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk KTP-el yang rusak atau berubah data, serahkan kartu lama.",
                    "en": "For a damaged card or changed details, hand in the old card.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Serahkan persyaratan. Petugas memeriksa data dan biometrik Anda.",
                "en": "Hand in the documents. The officer checks your record and biometrics.",
            },
            {
                "id": "Untuk KTP-el rusak, kartu lama ditarik oleh petugas.",
                "en": "For a damaged card, the officer keeps the old card.",
            },
            {
                "id": "Tunggu KTP-el baru dicetak.",
                "en": "Wait while the new card is printed.",
            },
            {
                "id": "Ambil KTP-el dan periksa datanya sebelum meninggalkan loket.",
                "en": "Collect the card and check the details before you leave the counter.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "KTP-el pengganti dengan NIK yang sama.",
            "en": "A replacement KTP-el with the same NIK.",
        },
        "legal_basis": [_FREE_BY_LAW, _PP_ADMINDUK, _PERPRES_96, _PERMENDAGRI_108],
        "channels": [
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Beberapa kecamatan bisa mencetak KTP-el. Tanyakan dulu ketersediaan blangko.",
                    "en": "Some sub-district offices can print cards. Ask first whether blank cards are available.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["identitas"],
    },
    {
        "slug": "kartu-keluarga",
        "agency": "dukcapil",
        "title": {
            "id": "Penerbitan Kartu Keluarga",
            "en": "Family card (KK) issue or update",
        },
        "summary": {
            "id": (
                "KK baru untuk keluarga baru atau pisah KK, serta perubahan KK karena kelahiran, "
                "kematian, pindah, menikah, cerai, perubahan data, atau KK hilang dan rusak. "
                "Layanan ini gratis."
            ),
            "en": (
                "A new family card for a new household, or an updated one after a birth, death, "
                "move, marriage, divorce, change of details, or a lost or damaged card. The service "
                "is free."
            ),
        },
        "alternative_names": {
            "id": [
                "KK",
                "kartu keluarga",
                "bikin KK",
                "KK baru",
                "pecah KK",
                "pisah KK",
                "tambah anggota KK",
                "ubah KK",
                "KK hilang",
                "kartu kluarga",
            ],
            "en": [
                "family card",
                "KK",
                "family registration card",
                "household card",
                "family register",
                "update family card",
                "add a family member",
                "lost family card",
            ],
        },
        "eligibility": {
            "id": "Kepala keluarga atau anggota keluarga yang tercantum di KK dan berdomisili di kabupaten ini.",
            "en": "The head of the family or a family member listed on the card, living in this regency.",
        },
        "not_eligible": {
            "id": (
                "Untuk pindah ke kabupaten lain, urus Surat Keterangan Pindah lebih dulu. "
                "Untuk anak yang baru lahir, cukup urus Akta Kelahiran; KK akan diperbarui sekaligus."
            ),
            "en": (
                "If you are moving to another regency, get a moving certificate first. For a newborn, "
                "simply apply for the birth certificate; the family card is updated at the same time."
            ),
        },
        "requirements": [
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Formulir biodata keluarga (F-1.01), diisi dan ditandatangani kepala keluarga.",
                    "en": "Family biodata form (F-1.01), filled in and signed by the head of the family.",
                },
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "KK lama yang akan diubah. Tidak perlu jika KK hilang.",
                    "en": "The old family card to be updated. Not needed if the card was lost.",
                },
            },
            {
                "document": "akta-perkawinan",
                "quantity": 1,
                "form": "copy",
                "condition": "menikah",
                "note": {
                    "id": "Untuk membuat KK baru setelah menikah atau mengubah status kawin.",
                    "en": "To start a new family card after marriage or to change marital status.",
                },
            },
            {
                "document": "a-sptjm",
                "quantity": 1,
                "form": "original",
                "condition": "belum-tercatat",
                "note": {
                    "id": "SPTJM kebenaran sebagai pasangan suami istri, jika perkawinan belum tercatat.",
                    "en": "Statement that you are husband and wife, if the marriage has not been registered.",
                },
            },
            {
                "document": "a-akta-cerai",
                "quantity": 1,
                "form": "copy",
                "condition": "bercerai",
                "note": {
                    "id": "Untuk perubahan status cerai hidup.",
                    "en": "To record a divorce.",
                },
            },
            {
                "document": "surat-keterangan-pindah",
                "quantity": 1,
                "form": "original",
                "condition": "pindahan",
                "note": {
                    "id": "Bagi pendatang dari kabupaten atau kota lain.",
                    "en": "For people moving in from another regency or city.",
                },
            },
            {
                "document": "surat-keterangan-kehilangan",
                "quantity": 1,
                "form": "original",
                "condition": "kk-hilang",
                "note": {
                    "id": "Hanya jika KK hilang.",
                    "en": "Only if the family card was lost.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Isi formulir F-1.01 sesuai keperluan Anda. Petugas siap membantu.",
                "en": "Fill in form F-1.01 for your case. The officer can help you.",
            },
            {
                "id": "Serahkan formulir dan persyaratan. Petugas memeriksa dan memasukkan data.",
                "en": "Hand in the form and documents. The officer checks them and enters the data.",
            },
            {
                "id": "KK ditandatangani secara elektronik dan dicetak di kertas HVS putih.",
                "en": "The family card is signed electronically and printed on plain white paper.",
            },
            {
                "id": "Ambil KK baru. Periksa semua nama dan tanggal lahir.",
                "en": "Collect the new card. Check all names and dates of birth.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": (
                "Kartu Keluarga baru bertanda tangan elektronik dengan kode QR. Anda boleh "
                "mencetaknya sendiri bila dikirim dalam bentuk PDF."
            ),
            "en": (
                "A new family card with an electronic signature and QR code. If you receive it as "
                "a PDF, you may print it yourself."
            ),
        },
        "legal_basis": [
            _FREE_BY_LAW,
            _PP_ADMINDUK,
            _PERPRES_96,
            _PERMENDAGRI_108,
            _PERMENDAGRI_109,
        ],
        "channels": [
            _DUKCAPIL_ONLINE,
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Kantor kecamatan menerima berkas perubahan KK dan meneruskannya ke Dukcapil.",
                    "en": "Sub-district offices accept family card applications and forward them to Dukcapil.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": [
            "identitas",
            "pernikahan",
            "kelahiran",
            "kematian",
            "pindah-rumah",
        ],
    },
    {
        "slug": "akta-kelahiran",
        "agency": "dukcapil",
        "title": {"id": "Akta Kelahiran", "en": "Birth certificate"},
        "summary": {
            "id": (
                "Pencatatan kelahiran anak dan penerbitan kutipan akta kelahiran. Laporkan paling "
                "lambat 60 hari setelah lahir. Layanan ini gratis, dan KK ikut diperbarui."
            ),
            "en": (
                "Registering a child's birth and issuing the birth certificate. Report within 60 "
                "days of the birth. The service is free, and the family card is updated too."
            ),
        },
        "alternative_names": {
            "id": [
                "akta lahir",
                "akte kelahiran",
                "akte lahir",
                "bikin akta anak",
                "surat lahir",
                "akta kelahiran terlambat",
                "catat kelahiran",
                "akta anak",
            ],
            "en": [
                "birth certificate",
                "birth registration",
                "register a birth",
                "baby birth certificate",
                "late birth registration",
                "akta kelahiran",
            ],
        },
        "eligibility": {
            "id": (
                "Orang tua, wali atau keluarga dari anak yang lahir, dan orang dewasa yang belum "
                "punya akta kelahiran. Kelahiran yang terlambat dilaporkan tetap bisa dicatat."
            ),
            "en": (
                "Parents, guardians or relatives of a newborn, and adults who never had a birth "
                "certificate. Late registrations are still accepted."
            ),
        },
        "not_eligible": {
            "id": "Untuk kelahiran di luar negeri, laporkan lebih dulu ke perwakilan RI setempat.",
            "en": "A birth abroad is first reported to the Indonesian embassy or consulate there.",
        },
        "requirements": [
            {
                "one_of": [
                    {
                        "document": "surat-keterangan-lahir",
                        "quantity": 1,
                        "form": "original",
                        "note": None,
                    },
                    {
                        "document": "a-sptjm",
                        "quantity": 1,
                        "form": "original",
                        "note": {
                            "id": "SPTJM kebenaran data kelahiran dengan dua saksi, jika tidak ada surat keterangan lahir.",
                            "en": "An SPTJM on the birth details, with two witnesses, if there is no birth notification.",
                        },
                    },
                ],
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "KK tempat anak akan didaftarkan.",
                    "en": "The family card on which the child will be listed.",
                },
            },
            {
                "document": "akta-perkawinan",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Buku nikah atau akta perkawinan orang tua.",
                    "en": "The parents' marriage book or marriage certificate.",
                },
            },
            {
                "document": "a-sptjm",
                "quantity": 1,
                "form": "original",
                "condition": "belum-tercatat",
                "note": {
                    "id": "SPTJM kebenaran sebagai pasangan suami istri.",
                    "en": "Statement that the parents are husband and wife.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 2,
                "form": "copy",
                "note": {
                    "id": "KTP-el ayah dan ibu.",
                    "en": "The father's and mother's KTP-el.",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Formulir pelaporan pencatatan sipil (F-2.01).",
                    "en": "Civil registration report form (F-2.01).",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Isi formulir F-2.01 dengan data anak dan orang tua.",
                "en": "Fill in form F-2.01 with the child's and parents' details.",
            },
            {
                "id": "Serahkan formulir dan persyaratan untuk diperiksa petugas.",
                "en": "Hand in the form and documents for checking.",
            },
            {
                "id": "Petugas mencatat kelahiran dan mendaftarkan anak di KK.",
                "en": "The officer registers the birth and adds the child to the family card.",
            },
            {
                "id": "Akta kelahiran dan KK baru ditandatangani elektronik dan dicetak.",
                "en": "The birth certificate and new family card are signed electronically and printed.",
            },
            {
                "id": "Ambil akta dan KK. Periksa ejaan nama dan tanggal lahir anak.",
                "en": "Collect the certificate and family card. Check the spelling of the child's name and the date of birth.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Kutipan akta kelahiran dan KK yang sudah memuat anak. Di banyak kabupaten, KIA ikut diterbitkan.",
            "en": "The birth certificate and a family card listing the child. Many regencies also issue the child ID card (KIA).",
        },
        "legal_basis": [
            _FREE_BY_LAW,
            _PP_ADMINDUK,
            _PERPRES_96,
            _PERMENDAGRI_108,
            {
                "id": (
                    "Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2016 tentang Percepatan "
                    "Peningkatan Cakupan Kepemilikan Akta Kelahiran"
                ),
                "en": "Minister of Home Affairs Regulation 9/2016 on increasing birth certificate coverage",
            },
        ],
        "channels": [
            _DUKCAPIL_ONLINE,
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Banyak kecamatan, dan sebagian rumah sakit atau puskesmas, menerima berkas akta kelahiran.",
                    "en": "Many sub-district offices, and some hospitals and health centres, accept birth registrations.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["kelahiran", "identitas"],
    },
    {
        "slug": "akta-kematian",
        "agency": "dukcapil",
        "title": {"id": "Akta Kematian", "en": "Death certificate"},
        "summary": {
            "id": (
                "Pencatatan kematian dan penerbitan kutipan akta kematian. Laporkan paling lambat "
                "30 hari setelah meninggal. Layanan ini gratis, dan KK keluarga ikut diperbarui."
            ),
            "en": (
                "Registering a death and issuing the death certificate. Report within 30 days. The "
                "service is free, and the family card is updated too."
            ),
        },
        "alternative_names": {
            "id": [
                "akta kematian",
                "akte kematian",
                "akta meninggal",
                "surat kematian",
                "lapor kematian",
                "catat kematian",
                "akte mati",
            ],
            "en": [
                "death certificate",
                "register a death",
                "report a death",
                "death registration",
                "akta kematian",
            ],
        },
        "eligibility": {
            "id": "Keluarga, ahli waris atau ketua RT dari penduduk yang meninggal di kabupaten ini.",
            "en": "Relatives, heirs or the neighbourhood head of a resident who died in this regency.",
        },
        "not_eligible": None,
        "requirements": [
            {
                "document": "surat-keterangan-kematian",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "KK tempat almarhum terdaftar.",
                    "en": "The family card on which the deceased is listed.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 2,
                "form": "original",
                "note": {
                    "id": "KTP-el almarhum (diserahkan) dan KTP-el pelapor (cukup ditunjukkan).",
                    "en": "The deceased's KTP-el (handed in) and the reporter's KTP-el (shown only).",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Formulir pelaporan pencatatan sipil (F-2.01).",
                    "en": "Civil registration report form (F-2.01).",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Isi formulir F-2.01 dengan data almarhum dan pelapor.",
                "en": "Fill in form F-2.01 with the details of the deceased and the reporter.",
            },
            {
                "id": "Serahkan formulir, surat keterangan kematian, KK dan KTP-el almarhum.",
                "en": "Hand in the form, death notification, family card and the deceased's KTP-el.",
            },
            {
                "id": "Petugas mencatat kematian dan menonaktifkan NIK almarhum.",
                "en": "The officer registers the death and deactivates the deceased's NIK.",
            },
            {
                "id": "Ambil akta kematian dan KK yang sudah diperbarui.",
                "en": "Collect the death certificate and the updated family card.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": (
                "Kutipan akta kematian dan KK baru. Akta ini diperlukan untuk klaim asuransi, "
                "pensiun, JHT dan urusan warisan."
            ),
            "en": (
                "The death certificate and a new family card. You need the certificate for "
                "insurance, pension, JHT claims and inheritance."
            ),
        },
        "legal_basis": [_FREE_BY_LAW, _PP_ADMINDUK, _PERPRES_96, _PERMENDAGRI_108],
        "channels": [
            _DUKCAPIL_ONLINE,
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Kantor kecamatan, dan di banyak tempat kantor desa, menerima laporan kematian.",
                    "en": "Sub-district offices, and in many places village offices, accept death reports.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["kematian", "identitas"],
    },
    {
        "slug": "kartu-identitas-anak",
        "agency": "dukcapil",
        "title": {
            "id": "Kartu Identitas Anak (KIA)",
            "en": "Child identity card (KIA)",
        },
        "summary": {
            "id": (
                "Kartu identitas resmi untuk anak di bawah 17 tahun, seperti KTP untuk anak. "
                "Berguna untuk sekolah, layanan kesehatan dan membuka tabungan. Layanan ini gratis."
            ),
            "en": (
                "An official identity card for children under 17, like a KTP for children. Useful "
                "for school, health services and opening a savings account. The service is free."
            ),
        },
        "alternative_names": {
            "id": [
                "KIA",
                "KTP anak",
                "kartu anak",
                "kartu identitas anak",
                "bikin KIA",
                "e-KTP anak",
                "kartu pelajar dukcapil",
            ],
            "en": [
                "child ID card",
                "child identity card",
                "KIA",
                "ID card for children",
                "kids ID",
                "minor ID card",
            ],
        },
        "eligibility": {
            "id": "Anak WNI di bawah 17 tahun yang belum menikah dan terdaftar di KK kabupaten ini. Diajukan oleh orang tua atau wali.",
            "en": "Indonesian children under 17 who are not married and are listed on a family card in this regency. Parents or guardians apply.",
        },
        "not_eligible": {
            "id": "Anak yang sudah berusia 17 tahun atau sudah menikah membuat KTP-el.",
            "en": "Children who are 17 or married apply for a KTP-el instead.",
        },
        "requirements": [
            {
                "document": "akta-kelahiran",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "KK orang tua atau wali.",
                    "en": "The parents' or guardian's family card.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "KTP-el orang tua atau wali yang mengajukan.",
                    "en": "KTP-el of the applying parent or guardian.",
                },
            },
            {
                "document": "a-pas-foto-2x3",
                "quantity": 2,
                "form": "original",
                "condition": "anak-di-atas-5",
                "note": {
                    "id": "Hanya untuk anak usia 5 tahun ke atas. Di banyak loket anak difoto langsung.",
                    "en": "Only for children aged 5 and over. Many counters take the photo on the spot.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Serahkan persyaratan. Petugas memeriksa data anak di database.",
                "en": "Hand in the documents. The officer checks the child's record.",
            },
            {
                "id": "Untuk anak usia 5 tahun ke atas, serahkan pas foto atau anak difoto di loket.",
                "en": "For children aged 5 and over, hand in photos or have the child photographed at the counter.",
            },
            {
                "id": "Tunggu KIA dicetak, lalu ambil dan periksa datanya.",
                "en": "Wait while the card is printed, then collect it and check the details.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": (
                "KIA. Untuk anak di bawah 5 tahun (tanpa foto) berlaku sampai usia 5 tahun; untuk "
                "anak 5 tahun ke atas (dengan foto) berlaku sampai sehari sebelum usia 17 tahun."
            ),
            "en": (
                "A child ID card. For children under 5 (no photo) it is valid until age 5; for "
                "children aged 5 and over (with photo) until the day before they turn 17."
            ),
        },
        "legal_basis": [
            _FREE_BY_LAW,
            {
                "id": "Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak",
                "en": "Minister of Home Affairs Regulation 2/2016 on the Child Identity Card",
            },
            _PERPRES_96,
        ],
        "channels": [
            _DUKCAPIL_ONLINE,
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Beberapa kecamatan menerima berkas KIA. Dukcapil juga sering membuka layanan di sekolah.",
                    "en": "Some sub-district offices accept KIA applications. Dukcapil also often serves schools directly.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["kelahiran", "identitas"],
    },
    {
        "slug": "surat-keterangan-pindah",
        "agency": "dukcapil",
        "title": {
            "id": "Surat Keterangan Pindah",
            "en": "Moving residence to another regency",
        },
        "summary": {
            "id": (
                "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI) untuk penduduk yang pindah "
                "ke kabupaten atau kota lain. Bawa surat ini ke Dukcapil tujuan untuk mendapat KK "
                "dan KTP-el dengan alamat baru. Layanan ini gratis."
            ),
            "en": (
                "The moving certificate (SKPWNI) for residents moving to another regency or city. "
                "Take it to the civil registry office where you move to, to get a family card and "
                "KTP-el with your new address. The service is free."
            ),
        },
        "alternative_names": {
            "id": [
                "surat pindah",
                "SKPWNI",
                "pindah domisili",
                "pindah alamat",
                "mutasi penduduk",
                "pindah KTP",
                "surat pindah keluar",
                "pindah datang",
            ],
            "en": [
                "moving certificate",
                "change of address",
                "change residence",
                "move house",
                "relocation letter",
                "SKPWNI",
                "transfer domicile",
            ],
        },
        "eligibility": {
            "id": "Penduduk kabupaten ini yang pindah tempat tinggal ke kabupaten atau kota lain di Indonesia, sendiri atau bersama keluarga.",
            "en": "Residents of this regency moving to another regency or city in Indonesia, alone or with their family.",
        },
        "not_eligible": {
            "id": (
                "Pindah alamat di dalam kabupaten yang sama diurus dengan perubahan KK. "
                "Pindah ke luar negeri memakai surat keterangan pindah ke luar negeri (SKPLN)."
            ),
            "en": (
                "Moving within the same regency is handled as a family card update. "
                "Moving abroad uses a different certificate (SKPLN)."
            ),
        },
        "requirements": [
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": {
                    "id": "KTP-el setiap anggota keluarga yang ikut pindah.",
                    "en": "The KTP-el of every family member who moves.",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Formulir pendaftaran perpindahan penduduk (F-1.03), dengan alamat tujuan yang lengkap.",
                    "en": "Moving registration form (F-1.03), with the full new address.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Isi formulir F-1.03. Tulis alamat tujuan lengkap sampai RT/RW.",
                "en": "Fill in form F-1.03 with the full new address, including RT/RW.",
            },
            {
                "id": "Serahkan formulir dan KK. Petugas memeriksa data anggota yang pindah.",
                "en": "Hand in the form and family card. The officer checks who is moving.",
            },
            {
                "id": "Terima SKPWNI, dan KK baru bagi anggota keluarga yang tidak ikut pindah.",
                "en": "Receive the SKPWNI, and a new family card for any family members who stay.",
            },
            {
                "id": "Bawa SKPWNI ke Dukcapil atau kecamatan tujuan untuk membuat KK dan KTP-el baru.",
                "en": "Take the SKPWNI to the civil registry or sub-district office where you move to, for a new family card and KTP-el.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Surat Keterangan Pindah (SKPWNI) bertanda tangan elektronik.",
            "en": "The moving certificate (SKPWNI) with an electronic signature.",
        },
        "legal_basis": [_FREE_BY_LAW, _PP_ADMINDUK, _PERPRES_96, _PERMENDAGRI_108],
        "channels": [
            _DUKCAPIL_ONLINE,
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Sebagian kecamatan melayani surat pindah. Tanyakan dulu ke kantor kecamatan Anda.",
                    "en": "Some sub-district offices issue moving certificates. Ask your sub-district office first.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["pindah-rumah", "identitas"],
    },
    {
        "slug": "akta-perkawinan",
        "agency": "dukcapil",
        "title": {
            "id": "Akta Perkawinan (Non-Muslim)",
            "en": "Marriage certificate (non-Muslim)",
        },
        "summary": {
            "id": (
                "Pencatatan perkawinan bagi pasangan beragama selain Islam dan penghayat "
                "kepercayaan, setelah upacara agama. Laporkan paling lambat 60 hari setelah "
                "perkawinan. Layanan ini gratis."
            ),
            "en": (
                "Civil registration of a marriage for couples of faiths other than Islam and for "
                "followers of indigenous beliefs, after the religious ceremony. Report within 60 "
                "days. The service is free."
            ),
        },
        "alternative_names": {
            "id": [
                "akta nikah",
                "akte perkawinan",
                "akta kawin",
                "catatan sipil nikah",
                "nikah catatan sipil",
                "pencatatan perkawinan",
                "nikah Kristen",
                "nikah Hindu",
                "surat nikah",
            ],
            "en": [
                "marriage certificate",
                "civil marriage registration",
                "register a marriage",
                "marriage registration",
                "wedding certificate",
                "non-Muslim marriage",
            ],
        },
        "eligibility": {
            "id": (
                "Pasangan beragama Kristen, Katolik, Hindu, Buddha, Khonghucu atau penghayat "
                "kepercayaan, yang sudah melangsungkan perkawinan menurut agamanya. Kedua calon "
                "minimal berusia 19 tahun, atau punya dispensasi pengadilan."
            ),
            "en": (
                "Christian, Catholic, Hindu, Buddhist, Confucian or indigenous-belief couples who "
                "have married under their religion. Both must be at least 19, or have a court "
                "dispensation."
            ),
        },
        "not_eligible": {
            "id": "Pasangan beragama Islam mendaftar dan mencatatkan nikah di KUA.",
            "en": "Muslim couples register their marriage at the KUA (religious affairs office).",
        },
        "requirements": [
            {
                "document": "a-surat-perkawinan-pemuka-agama",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "ktp-el",
                "quantity": 4,
                "form": "copy",
                "note": {
                    "id": "KTP-el suami, istri dan dua orang saksi.",
                    "en": "KTP-el of the husband, the wife and two witnesses.",
                },
            },
            {
                "document": "kk",
                "quantity": 2,
                "form": "original",
                "note": {
                    "id": "KK suami dan KK istri.",
                    "en": "The husband's and the wife's family cards.",
                },
            },
            {
                "document": "akta-kelahiran",
                "quantity": 2,
                "form": "copy",
                "note": {
                    "id": "Akta kelahiran suami dan istri.",
                    "en": "Birth certificates of the husband and the wife.",
                },
            },
            {
                "document": "pas-foto-4x6",
                "quantity": 2,
                "form": "original",
                "note": {
                    "id": "Foto berdampingan suami dan istri, berwarna.",
                    "en": "Colour photo of husband and wife side by side.",
                },
            },
            {
                "document": "a-akta-cerai",
                "quantity": 1,
                "form": "copy",
                "condition": "bercerai",
                "note": {
                    "id": "Hanya jika salah satu pernah bercerai. Jika pasangan terdahulu meninggal, bawa akta kematiannya.",
                    "en": "Only if either spouse was divorced. If a previous spouse died, bring the death certificate.",
                },
            },
            {
                "document": "formulir-permohonan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Formulir pelaporan pencatatan sipil (F-2.01), ditandatangani kedua mempelai dan saksi.",
                    "en": "Civil registration report form (F-2.01), signed by the couple and the witnesses.",
                },
            },
        ],
        "steps": [
            {
                "id": "Daftarkan rencana perkawinan ke Dukcapil sebelum hari upacara, bila ingin petugas hadir.",
                "en": "Register your wedding plans with Dukcapil before the ceremony if you want an officer to attend.",
            },
            {
                "id": "Langsungkan perkawinan menurut agama atau kepercayaan Anda.",
                "en": "Hold the marriage ceremony according to your religion or belief.",
            },
            {
                "id": "Datang ke loket bersama pasangan dan dua saksi, lalu serahkan persyaratan.",
                "en": "Come to the counter with your spouse and two witnesses, and hand in the documents.",
            },
            {
                "id": "Petugas memeriksa berkas dan mencatat perkawinan.",
                "en": "The officer checks the documents and registers the marriage.",
            },
            {
                "id": "Ambil dua kutipan akta perkawinan dan KK baru.",
                "en": "Collect the two marriage certificate extracts and the new family card.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [],
        "output": {
            "id": "Dua kutipan akta perkawinan (untuk suami dan istri) dan KK baru dengan status kawin.",
            "en": "Two marriage certificate extracts (one for each spouse) and a new family card showing the marriage.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019",
                "en": "Law 1/1974 on Marriage, as amended by Law 16/2019",
            },
            _FREE_BY_LAW,
            _PP_ADMINDUK,
            _PERPRES_96,
            _PERMENDAGRI_108,
        ],
        "channels": [
            _DUKCAPIL_OFFICE,
            {
                "kind": "kecamatan",
                "note": {
                    "id": "Di beberapa kabupaten, berkas bisa diserahkan lewat kecamatan; pencatatan tetap oleh Dukcapil.",
                    "en": "In some regencies you can hand in the documents at the sub-district office; Dukcapil still registers the marriage.",
                },
            },
        ],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["pernikahan", "identitas"],
    },
    {
        "slug": "legalisir-dokumen-kependudukan",
        "agency": "dukcapil",
        "title": {
            "id": "Legalisir Dokumen Kependudukan",
            "en": "Certified copies of civil-registry documents",
        },
        "summary": {
            "id": (
                "Pengesahan fotokopi KK dan akta pencatatan sipil, misalnya untuk melamar kerja, "
                "sekolah atau urusan di luar negeri. Layanan ini gratis."
            ),
            "en": (
                "Certifying photocopies of family cards and civil-registry certificates, for "
                "example for job applications, school enrolment or use abroad. The service is free."
            ),
        },
        "alternative_names": {
            "id": [
                "legalisir",
                "legalisasi",
                "legalisir KK",
                "legalisir akta",
                "legalisir akta kelahiran",
                "cap basah",
                "fotokopi dilegalisir",
                "legalisir akte",
            ],
            "en": [
                "certified copy",
                "legalisation",
                "legalization",
                "certify documents",
                "certified birth certificate copy",
                "attested copy",
            ],
        },
        "eligibility": {
            "id": "Pemilik dokumen, anggota keluarga dalam KK yang sama, atau orang lain dengan surat kuasa.",
            "en": "The document holder, a family member on the same family card, or someone else with a power of attorney.",
        },
        "not_eligible": {
            "id": (
                "Dokumen bertanda tangan elektronik dengan kode QR tidak perlu dilegalisir; "
                "keasliannya bisa dicek dengan memindai kode QR. Tanyakan dulu ke instansi yang meminta."
            ),
            "en": (
                "Documents with an electronic signature and QR code do not need certifying; anyone "
                "can check them by scanning the code. Ask the organisation requesting it first."
            ),
        },
        "requirements": [
            {
                "document": "a-dokumen-kependudukan-asli",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "Bawa fotokopi sebanyak yang Anda perlukan. Dokumen harus diterbitkan Dukcapil kabupaten ini.",
                    "en": "Bring as many photocopies as you need. The document must have been issued by this regency's Dukcapil.",
                },
            },
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "show_original",
                "note": None,
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "condition": "diwakilkan",
                "note": {
                    "id": "Hanya jika diurus oleh orang di luar KK pemilik dokumen.",
                    "en": "Only if the applicant is not on the holder's family card.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean di loket Dukcapil.",
                "en": "Take a queue number at the Dukcapil counter.",
            },
            {
                "id": "Serahkan dokumen asli dan fotokopinya.",
                "en": "Hand in the original document and the photocopies.",
            },
            {
                "id": "Petugas mencocokkan fotokopi dengan dokumen asli dan database.",
                "en": "The officer compares the copies with the original and the database.",
            },
            {
                "id": "Fotokopi diberi cap dan ditandatangani pejabat yang berwenang.",
                "en": "The copies are stamped and signed by an authorised official.",
            },
            {
                "id": "Ambil kembali dokumen asli dan fotokopi yang sudah dilegalisir.",
                "en": "Collect your original and the certified copies.",
            },
        ],
        "duration": {"value": 1, "unit": "hours"},
        "fees": [],
        "output": {
            "id": "Fotokopi dokumen yang sudah dilegalisir (cap dan tanda tangan basah).",
            "en": "Certified photocopies with an official stamp and signature.",
        },
        "legal_basis": [_FREE_BY_LAW, _PERPRES_96, _PERMENDAGRI_108],
        "channels": [_DUKCAPIL_OFFICE],
        "complaints": [_LAPOR, _DUKCAPIL_CALL_CENTRE],
        "life_events": ["identitas", "pekerjaan"],
    },
    # ------------------------------------------------------------------ Polres
    {
        "slug": "perpanjangan-sim",
        "agency": "polres",
        "title": {
            "id": "Perpanjangan SIM A dan C",
            "en": "Driving licence renewal (SIM A and C)",
        },
        "summary": {
            "id": (
                "Perpanjangan Surat Izin Mengemudi A (mobil) dan C (sepeda motor) sebelum masa "
                "berlakunya habis. SIM baru berlaku 5 tahun."
            ),
            "en": (
                "Renewing a car (A) or motorcycle (C) driving licence before it expires. The new "
                "licence is valid for 5 years."
            ),
        },
        "alternative_names": {
            "id": [
                "perpanjang SIM",
                "perpanjangan SIM",
                "SIM mati",
                "SIM habis",
                "SIM A",
                "SIM C",
                "surat izin mengemudi",
                "SIM motor",
                "SIM mobil",
                "SIM keliling",
            ],
            "en": [
                "driving licence",
                "driving license",
                "driver's license",
                "driver license renewal",
                "renew driving licence",
                "SIM renewal",
                "motorcycle licence",
                "car licence",
            ],
        },
        "eligibility": {
            "id": "Pemegang SIM A atau SIM C yang masih berlaku, paling cepat beberapa bulan sebelum habis masa berlakunya.",
            "en": "Holders of a SIM A or SIM C that has not yet expired, from a few months before the expiry date.",
        },
        "not_eligible": {
            "id": (
                "SIM yang sudah lewat masa berlakunya tidak bisa diperpanjang. Anda harus membuat "
                "SIM baru di Satpas Polres, dengan ujian teori dan praktik. SIM B dan SIM umum "
                "diperpanjang di Satpas Polres."
            ),
            "en": (
                "An expired licence cannot be renewed. You must apply for a new licence at the "
                "police licensing office (Satpas), with theory and practical tests. SIM B and "
                "commercial licences are renewed at the Satpas."
            ),
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "sim-lama",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "Masih berlaku pada hari pengajuan.",
                    "en": "Must still be valid on the day you apply.",
                },
            },
            {
                "document": "surat-keterangan-sehat",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Biaya pemeriksaan dibayar langsung ke dokter atau klinik, terpisah dari PNBP.",
                    "en": "You pay the doctor or clinic directly for the check, separately from the state fee.",
                },
            },
            {
                "document": "sertifikat-psikologi",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Tes bisa dilakukan daring atau di biro psikologi. Biayanya dibayar ke biro, terpisah dari PNBP.",
                    "en": "The test can be done online or at the bureau. You pay the bureau, separately from the state fee.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ikuti pemeriksaan kesehatan dan tes psikologi lebih dulu.",
                "en": "Get the medical check and take the psychological test first.",
            },
            {
                "id": "Ambil nomor antrean dan isi formulir perpanjangan SIM.",
                "en": "Take a queue number and fill in the renewal form.",
            },
            {
                "id": "Serahkan berkas untuk diverifikasi petugas.",
                "en": "Hand in your documents for checking.",
            },
            {
                "id": "Bayar PNBP di loket bank atau dengan kode bayar.",
                "en": "Pay the state fee at the bank counter or with the payment code.",
            },
            {
                "id": "Ikuti foto, pengambilan sidik jari dan tanda tangan digital.",
                "en": "Have your photo, fingerprints and digital signature taken.",
            },
            {
                "id": "Ambil SIM baru dan periksa datanya.",
                "en": "Collect the new licence and check the details.",
            },
        ],
        "duration": {"value": 1, "unit": "hours"},
        "fees": [
            {
                "choice": {"id": "Jenis SIM", "en": "Licence type"},
                "options": [
                    {
                        "amount": 80000,
                        "purpose": {
                            "id": "PNBP perpanjangan SIM A (mobil).",
                            "en": "State fee for renewing a SIM A (car).",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 75000,
                        "purpose": {
                            "id": "PNBP perpanjangan SIM C (sepeda motor).",
                            "en": "State fee for renewing a SIM C (motorcycle).",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
        ],
        "output": {
            "id": "SIM baru yang berlaku 5 tahun sejak tanggal terbit.",
            "en": "A new driving licence valid for 5 years from the date of issue.",
        },
        "legal_basis": [
            _UU_LLAJ,
            {
                "id": "Peraturan Kepolisian Nomor 5 Tahun 2021 tentang Penerbitan dan Penandaan Surat Izin Mengemudi",
                "en": "Police Regulation 5/2021 on the issue and marking of driving licences",
            },
            _PP_PNBP_POLRI,
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://korlantas.polri.go.id",
                "name": {
                    "id": "Aplikasi Digital Korlantas POLRI (fitur SINAR)",
                    "en": "Digital Korlantas POLRI app (SINAR feature)",
                },
                "note": {
                    "id": "Perpanjangan SIM A dan C secara daring; SIM bisa diambil di Satpas atau dikirim ke rumah.",
                    "en": "Online renewal of SIM A and C; collect the licence at the Satpas or have it delivered.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Satpas SIM Polres. Juga bisa di mobil SIM keliling dan gerai SIM sesuai jadwal.",
                    "en": "The police licensing office (Satpas). Also at mobile SIM vans and SIM outlets on their schedule.",
                },
            },
        ],
        "complaints": [_LAPOR, _POLRI_110],
        "life_events": ["kendaraan"],
    },
    {
        "slug": "skck",
        "agency": "polres",
        "title": {
            "id": "Surat Keterangan Catatan Kepolisian (SKCK)",
            "en": "Police clearance certificate (SKCK)",
        },
        "summary": {
            "id": (
                "Surat dari kepolisian yang menerangkan catatan kriminal seseorang, biasanya untuk "
                "melamar kerja, CPNS, sekolah atau izin usaha. Berlaku 6 bulan."
            ),
            "en": (
                "A police certificate stating whether a person has a criminal record, usually for "
                "job and civil-service applications, school or licences. Valid for 6 months."
            ),
        },
        "alternative_names": {
            "id": [
                "SKCK",
                "surat kelakuan baik",
                "SKKB",
                "surat keterangan kelakuan baik",
                "catatan kepolisian",
                "bikin SKCK",
                "perpanjang SKCK",
                "SKCK online",
            ],
            "en": [
                "police clearance",
                "police certificate",
                "certificate of good conduct",
                "good conduct certificate",
                "criminal record check",
                "background check",
                "SKCK",
            ],
        },
        "eligibility": {
            "id": "WNI yang berdomisili di wilayah Polres ini dan berusia 17 tahun ke atas atau sudah menikah.",
            "en": "Indonesian citizens living in this police district, aged 17 or over or married.",
        },
        "not_eligible": {
            "id": (
                "SKCK untuk keperluan ke luar negeri, naturalisasi atau jabatan tertentu diterbitkan "
                "oleh Polda atau Mabes Polri."
            ),
            "en": (
                "SKCKs for going abroad, naturalisation or certain senior posts are issued by the "
                "provincial police (Polda) or police headquarters."
            ),
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "copy",
                "note": None,
            },
            {
                "document": "akta-kelahiran",
                "quantity": 1,
                "form": "copy",
                "note": {
                    "id": "Atau ijazah terakhir.",
                    "en": "Or your latest diploma.",
                },
            },
            {
                "document": "pas-foto-4x6",
                "quantity": 6,
                "form": "original",
                "note": {
                    "id": "Latar belakang merah, berpakaian sopan, tanpa topi.",
                    "en": "Red background, neat clothing, no hat.",
                },
            },
            {
                "document": "a-kartu-sidik-jari",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Jika belum punya, sidik jari diambil di Polres saat mengajukan.",
                    "en": "If you do not have one, your fingerprints are taken when you apply.",
                },
            },
            {
                "document": "skck",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Hanya untuk perpanjangan: SKCK lama (lembar kuning).",
                    "en": "Only for renewal: the old SKCK (yellow copy).",
                },
            },
        ],
        "steps": [
            {
                "id": "Daftar lebih dulu secara daring, atau ambil formulir di loket.",
                "en": "Register online first, or take a form at the counter.",
            },
            {
                "id": "Serahkan berkas dan isi data riwayat hidup.",
                "en": "Hand in your documents and fill in the personal history form.",
            },
            {
                "id": "Ikuti pengambilan sidik jari bila belum punya kartu sidik jari.",
                "en": "Have your fingerprints taken if you do not have a fingerprint card.",
            },
            {
                "id": "Petugas memeriksa catatan kepolisian Anda.",
                "en": "The officer checks your police record.",
            },
            {
                "id": "Bayar PNBP, lalu ambil SKCK.",
                "en": "Pay the state fee and collect the SKCK.",
            },
        ],
        "duration": {"value": 1, "unit": "hours"},
        "fees": [
            {
                "amount": 30000,
                "purpose": {
                    "id": "PNBP penerbitan SKCK, baik baru maupun perpanjangan.",
                    "en": "State fee for issuing an SKCK, new or renewed.",
                },
                "legal_basis": _PP_PNBP_POLRI,
            },
        ],
        "output": {
            "id": "SKCK yang berlaku 6 bulan sejak tanggal terbit.",
            "en": "An SKCK valid for 6 months from the date of issue.",
        },
        "legal_basis": [
            {
                "id": "Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia",
                "en": "Law 2/2002 on the Indonesian National Police",
            },
            {
                "id": "Peraturan Kepolisian Nomor 6 Tahun 2023 tentang Penerbitan Surat Keterangan Catatan Kepolisian",
                "en": "Police Regulation 6/2023 on issuing police clearance certificates",
            },
            _PP_PNBP_POLRI,
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://skck.polri.go.id",
                "name": {"id": "SKCK Online Polri", "en": "Polri online SKCK"},
                "note": {
                    "id": "Isi data dan bayar secara daring, lalu datang untuk sidik jari dan mengambil SKCK.",
                    "en": "Enter your details and pay online, then come in for fingerprints and to collect the SKCK.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Unit Sat Intelkam Polres. Polsek melayani SKCK untuk keperluan tertentu.",
                    "en": "The Polres intelligence unit (Sat Intelkam). Police sub-stations (Polsek) issue SKCKs for some purposes.",
                },
            },
        ],
        "complaints": [_LAPOR, _POLRI_110],
        "life_events": ["pekerjaan", "usaha"],
    },
    # ------------------------------------------------------------------ Samsat
    {
        "slug": "pajak-kendaraan-tahunan",
        "agency": "samsat",
        "title": {
            "id": "Pengesahan STNK dan Pajak Kendaraan Tahunan",
            "en": "Annual vehicle tax and registration endorsement",
        },
        "summary": {
            "id": (
                "Pembayaran Pajak Kendaraan Bermotor (PKB) dan SWDKLLJ setiap tahun, sekaligus "
                "pengesahan STNK. Besar PKB berbeda untuk setiap kendaraan; lihat di STNK atau cek "
                "di Samsat."
            ),
            "en": (
                "Paying the yearly motor vehicle tax (PKB) and the road-accident levy (SWDKLLJ), "
                "and having the registration (STNK) endorsed. The tax differs for each vehicle; see "
                "your STNK or check at the Samsat."
            ),
        },
        "alternative_names": {
            "id": [
                "pajak motor",
                "pajak mobil",
                "bayar pajak kendaraan",
                "PKB",
                "pajak STNK",
                "perpanjang STNK",
                "pajak tahunan",
                "samsat",
                "cek pajak kendaraan",
            ],
            "en": [
                "vehicle tax",
                "road tax",
                "car tax",
                "motorbike tax",
                "pay vehicle tax",
                "annual registration",
                "STNK endorsement",
                "Samsat",
            ],
        },
        "eligibility": {
            "id": "Pemilik kendaraan bermotor yang terdaftar di provinsi ini, setiap tahun sebelum tanggal jatuh tempo di STNK.",
            "en": "Owners of motor vehicles registered in this province, every year before the due date on the STNK.",
        },
        "not_eligible": {
            "id": (
                "Jika STNK sudah berumur 5 tahun, gunakan layanan Penggantian STNK dan Plat Nomor "
                "Lima Tahunan. Kendaraan dari provinsi lain harus dimutasi lebih dulu."
            ),
            "en": (
                "If the STNK is 5 years old, use the five-yearly STNK and number plate renewal. "
                "Vehicles from another province must be transferred first."
            ),
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "Sesuai nama pemilik di STNK. Jika kendaraan sudah dibeli dari orang lain, sebaiknya balik nama.",
                    "en": "Must match the owner's name on the STNK. If you bought the vehicle second-hand, transfer the ownership.",
                },
            },
            {
                "document": "stnk",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "condition": "diwakilkan",
                "note": {
                    "id": "Hanya jika diurus oleh orang lain.",
                    "en": "Only if someone else pays on the owner's behalf.",
                },
            },
        ],
        "steps": [
            {
                "id": "Ambil nomor antrean, serahkan STNK dan KTP-el di loket pendaftaran.",
                "en": "Take a queue number and hand in the STNK and KTP-el at the registration counter.",
            },
            {
                "id": "Petugas menghitung PKB, SWDKLLJ dan denda bila terlambat.",
                "en": "The officer calculates the vehicle tax, the levy and any late penalty.",
            },
            {
                "id": "Bayar di kasir atau bank sesuai jumlah yang dipanggil.",
                "en": "Pay the amount called out at the cashier or bank counter.",
            },
            {
                "id": "Ambil STNK yang sudah disahkan dan bukti pembayaran.",
                "en": "Collect the endorsed STNK and the payment receipt.",
            },
        ],
        "duration": {"value": 30, "unit": "minutes"},
        "fees": [
            {
                "choice": {"id": "Jenis kendaraan", "en": "Vehicle type"},
                "options": [
                    {
                        "amount": 25000,
                        "purpose": {
                            "id": (
                                "PNBP pengesahan STNK sepeda motor. PKB dibayar bersamaan, tetapi besarnya "
                                "dihitung per kendaraan dari nilai jual dan bobot kendaraan, tarif "
                                "provinsi dan opsen kabupaten, ditambah denda bila terlambat."
                            ),
                            "en": (
                                "State fee for endorsing a motorcycle STNK. The vehicle tax (PKB) is paid at "
                                "the same time, but it is calculated for each vehicle from its sale value "
                                "and weight factor, the provincial rate and the regency surcharge, plus a "
                                "penalty if late."
                            ),
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 50000,
                        "purpose": {
                            "id": "PNBP pengesahan STNK mobil. PKB dihitung terpisah per kendaraan.",
                            "en": "State fee for endorsing a car STNK. The vehicle tax is calculated separately for each vehicle.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
            {
                "choice": {"id": "SWDKLLJ menurut jenis kendaraan", "en": "Road-accident levy by vehicle type"},
                "options": [
                    {
                        "amount": 35000,
                        "purpose": {
                            "id": "SWDKLLJ Jasa Raharja untuk sepeda motor di atas 50 cc sampai 250 cc, termasuk biaya kartu.",
                            "en": "Jasa Raharja road-accident levy (SWDKLLJ) for motorcycles over 50 cc up to 250 cc, including the card fee.",
                        },
                        "legal_basis": _SWDKLLJ_BASIS,
                    },
                    {
                        "amount": 143000,
                        "purpose": {
                            "id": "SWDKLLJ Jasa Raharja untuk mobil penumpang pribadi, termasuk biaya kartu.",
                            "en": "Jasa Raharja road-accident levy (SWDKLLJ) for private passenger cars, including the card fee.",
                        },
                        "legal_basis": _SWDKLLJ_BASIS,
                    },
                ],
            },
        ],
        "output": {
            "id": "STNK yang sudah disahkan untuk satu tahun dan bukti pembayaran PKB dan SWDKLLJ.",
            "en": "An STNK endorsed for one more year and the receipt for the vehicle tax and levy.",
        },
        "legal_basis": [
            _UU_LLAJ,
            _UU_HKPD,
            _PP_PNBP_POLRI,
            _SWDKLLJ_BASIS,
            _PERPOL_REGIDENT,
            _PERPRES_SAMSAT,
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://samsatdigital.id",
                "name": {
                    "id": "Aplikasi SIGNAL (Samsat Digital Nasional)",
                    "en": "SIGNAL app (National Digital Samsat)",
                },
                "note": {
                    "id": "Untuk kendaraan atas nama pribadi. Bukti pengesahan berupa dokumen elektronik; bisa juga lewat e-Samsat bank.",
                    "en": "For vehicles owned by individuals. The endorsement is issued electronically; banks' e-Samsat channels also work.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Samsat, Samsat keliling, gerai Samsat dan Samsat drive-thru.",
                    "en": "The Samsat office, mobile Samsat vans, Samsat outlets and drive-through counters.",
                },
            },
        ],
        "complaints": [_LAPOR, _SAMSAT_DESK, _POLRI_110],
        "life_events": ["kendaraan", "pajak"],
    },
    {
        "slug": "ganti-stnk-lima-tahunan",
        "agency": "samsat",
        "title": {
            "id": "Penggantian STNK dan Plat Nomor Lima Tahunan",
            "en": "Five-yearly vehicle registration and number plate renewal",
        },
        "summary": {
            "id": (
                "Setiap 5 tahun, STNK dan pelat nomor (TNKB) diganti baru. Kendaraan harus dibawa "
                "untuk cek fisik. PKB tahun itu dibayar sekaligus; besarnya dihitung per kendaraan."
            ),
            "en": (
                "Every 5 years the registration certificate (STNK) and number plates (TNKB) are "
                "replaced. You must bring the vehicle for a physical check. That year's vehicle "
                "tax is paid at the same time; it is calculated for each vehicle."
            ),
        },
        "alternative_names": {
            "id": [
                "ganti plat",
                "ganti pelat nomor",
                "perpanjang STNK 5 tahun",
                "STNK 5 tahunan",
                "ganti STNK",
                "plat nomor baru",
                "TNKB",
                "cek fisik",
                "pajak 5 tahun",
            ],
            "en": [
                "number plate renewal",
                "license plate renewal",
                "five-year STNK",
                "new registration certificate",
                "replace number plates",
                "vehicle registration renewal",
                "STNK renewal",
            ],
        },
        "eligibility": {
            "id": "Pemilik kendaraan yang STNK-nya sudah berumur 5 tahun, di Samsat provinsi tempat kendaraan terdaftar.",
            "en": "Vehicle owners whose STNK has reached 5 years, at a Samsat in the province where the vehicle is registered.",
        },
        "not_eligible": {
            "id": "Kendaraan yang baru berganti pemilik sebaiknya sekalian balik nama.",
            "en": "If the vehicle has a new owner, do the ownership transfer at the same time.",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "Sesuai nama pemilik di STNK dan BPKB.",
                    "en": "Must match the owner's name on the STNK and BPKB.",
                },
            },
            {
                "document": "stnk",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "bpkb",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "Jika BPKB masih di leasing atau bank, minta surat keterangan dan fotokopi BPKB dari mereka.",
                    "en": "If the BPKB is held by a finance company or bank, ask them for a letter and a copy.",
                },
            },
            {
                "document": "cek-fisik-kendaraan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Bawa kendaraannya. Cek fisik dilakukan di Samsat sebelum pendaftaran.",
                    "en": "Bring the vehicle. The physical check is done at the Samsat before you register.",
                },
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "condition": "diwakilkan",
                "note": {
                    "id": "Hanya jika diurus oleh orang lain.",
                    "en": "Only if someone else applies on the owner's behalf.",
                },
            },
        ],
        "steps": [
            {
                "id": "Bawa kendaraan ke tempat cek fisik Samsat untuk gesek nomor rangka dan mesin.",
                "en": "Take the vehicle to the Samsat check area for the chassis and engine number rubbings.",
            },
            {
                "id": "Serahkan formulir, hasil cek fisik dan persyaratan di loket pendaftaran.",
                "en": "Hand in the form, check result and documents at the registration counter.",
            },
            {
                "id": "Petugas memverifikasi BPKB dan menghitung PKB serta biaya.",
                "en": "The officer verifies the BPKB and calculates the tax and fees.",
            },
            {
                "id": "Bayar di kasir atau bank.",
                "en": "Pay at the cashier or bank counter.",
            },
            {
                "id": "Ambil STNK baru, lalu pelat nomor baru di loket TNKB.",
                "en": "Collect the new STNK, then the new plates at the plate counter.",
            },
        ],
        "duration": {"value": 3, "unit": "hours"},
        "fees": [
            {
                "choice": {"id": "Jenis kendaraan", "en": "Vehicle type"},
                "options": [
                    {
                        "amount": 100000,
                        "purpose": {
                            "id": (
                                "PNBP penerbitan STNK baru untuk sepeda motor. PKB tahun berjalan dibayar "
                                "bersamaan; besarnya dihitung per kendaraan oleh Bapenda provinsi."
                            ),
                            "en": (
                                "State fee for a new motorcycle STNK. The current year's vehicle tax is paid "
                                "at the same time; the provincial revenue office calculates it for each vehicle."
                            ),
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 200000,
                        "purpose": {
                            "id": "PNBP penerbitan STNK baru untuk mobil. PKB dihitung terpisah per kendaraan.",
                            "en": "State fee for a new car STNK. The vehicle tax is calculated separately for each vehicle.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
            {
                "choice": {"id": "Pelat nomor menurut jenis kendaraan", "en": "Number plates by vehicle type"},
                "options": [
                    {
                        "amount": 60000,
                        "purpose": {
                            "id": "PNBP pelat nomor (TNKB) sepeda motor, satu pasang.",
                            "en": "State fee for motorcycle number plates (TNKB), one pair.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 100000,
                        "purpose": {
                            "id": "PNBP pelat nomor (TNKB) mobil, satu pasang.",
                            "en": "State fee for car number plates (TNKB), one pair.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
            {
                "choice": {"id": "SWDKLLJ menurut jenis kendaraan", "en": "Road-accident levy by vehicle type"},
                "options": [
                    {
                        "amount": 35000,
                        "purpose": {
                            "id": "SWDKLLJ Jasa Raharja untuk sepeda motor di atas 50 cc sampai 250 cc, termasuk biaya kartu.",
                            "en": "Jasa Raharja road-accident levy for motorcycles over 50 cc up to 250 cc, including the card fee.",
                        },
                        "legal_basis": _SWDKLLJ_BASIS,
                    },
                    {
                        "amount": 143000,
                        "purpose": {
                            "id": "SWDKLLJ Jasa Raharja untuk mobil penumpang pribadi, termasuk biaya kartu.",
                            "en": "Jasa Raharja road-accident levy for private passenger cars, including the card fee.",
                        },
                        "legal_basis": _SWDKLLJ_BASIS,
                    },
                ],
            },
        ],
        "output": {
            "id": (
                "STNK baru dan sepasang pelat nomor baru, keduanya berlaku 5 tahun, serta bukti "
                "pembayaran PKB. Bila stok pelat habis, pelat diambil kemudian dengan tanda terima."
            ),
            "en": (
                "A new STNK and a new pair of number plates, both valid for 5 years, and the tax "
                "receipt. If plates are out of stock, you collect them later with your receipt."
            ),
        },
        "legal_basis": [
            _UU_LLAJ,
            _UU_HKPD,
            _PP_PNBP_POLRI,
            _SWDKLLJ_BASIS,
            _PERPOL_REGIDENT,
            _PERPRES_SAMSAT,
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Samsat induk. Layanan ini perlu cek fisik, jadi tidak bisa daring atau di Samsat keliling.",
                    "en": "The main Samsat office. This service needs a physical check, so it is not available online or at mobile vans.",
                },
            },
        ],
        "complaints": [_LAPOR, _SAMSAT_DESK, _POLRI_110],
        "life_events": ["kendaraan", "pajak"],
    },
    {
        "slug": "balik-nama-kendaraan",
        "agency": "samsat",
        "title": {
            "id": "Balik Nama Kendaraan Bermotor (BBNKB)",
            "en": "Vehicle ownership transfer",
        },
        "summary": {
            "id": (
                "Pengalihan nama pemilik di STNK dan BPKB setelah membeli kendaraan bekas. STNK dan "
                "pelat diterbitkan di Samsat; BPKB baru diproses di Satlantas."
            ),
            "en": (
                "Changing the owner's name on the STNK and the ownership book (BPKB) after buying a "
                "used vehicle. The STNK and plates are issued at the Samsat; the new BPKB is "
                "processed by the traffic police."
            ),
        },
        "alternative_names": {
            "id": [
                "balik nama",
                "balik nama motor",
                "balik nama mobil",
                "BBNKB",
                "BBN",
                "ganti nama STNK",
                "ganti nama BPKB",
                "motor bekas",
                "mutasi kendaraan",
            ],
            "en": [
                "ownership transfer",
                "change vehicle owner",
                "transfer of title",
                "used car registration",
                "second-hand motorbike",
                "change name on STNK",
                "BPKB transfer",
            ],
        },
        "eligibility": {
            "id": "Pembeli atau penerima kendaraan bekas yang terdaftar di provinsi ini.",
            "en": "Buyers or recipients of a used vehicle registered in this province.",
        },
        "not_eligible": {
            "id": (
                "Kendaraan dari provinsi lain harus dimutasi dulu dari Samsat asal. Kendaraan baru "
                "dari dealer biasanya didaftarkan oleh dealer."
            ),
            "en": (
                "A vehicle from another province must first be transferred out by its Samsat. New "
                "vehicles are usually registered by the dealer."
            ),
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "KTP-el pemilik baru.",
                    "en": "The new owner's KTP-el.",
                },
            },
            {
                "document": "bpkb",
                "quantity": 1,
                "form": "original_and_copy",
                "note": None,
            },
            {
                "document": "stnk",
                "quantity": 1,
                "form": "original_and_copy",
                "note": {
                    "id": "PKB tahun berjalan harus sudah lunas atau dibayar sekalian.",
                    "en": "This year's vehicle tax must be paid, or paid at the same time.",
                },
            },
            {
                "document": "kwitansi-jual-beli",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Bermeterai dan ditandatangani penjual sesuai nama di BPKB.",
                    "en": "Stamped and signed by the seller named in the BPKB.",
                },
            },
            {
                "document": "cek-fisik-kendaraan",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Bawa kendaraannya untuk cek fisik di Samsat.",
                    "en": "Bring the vehicle for the physical check at the Samsat.",
                },
            },
            {
                "document": "surat-kuasa",
                "quantity": 1,
                "form": "original",
                "condition": "diwakilkan",
                "note": {
                    "id": "Hanya jika diurus oleh orang lain.",
                    "en": "Only if someone else applies on the new owner's behalf.",
                },
            },
        ],
        "steps": [
            {
                "id": "Lakukan cek fisik kendaraan di Samsat.",
                "en": "Have the vehicle physically checked at the Samsat.",
            },
            {
                "id": "Isi formulir dan serahkan persyaratan di loket balik nama.",
                "en": "Fill in the form and hand in the documents at the transfer counter.",
            },
            {
                "id": "Petugas memverifikasi BPKB dan menghitung pajak serta biaya.",
                "en": "The officer verifies the BPKB and calculates the tax and fees.",
            },
            {
                "id": "Bayar di kasir atau bank.",
                "en": "Pay at the cashier or bank counter.",
            },
            {
                "id": "Ambil STNK atas nama Anda dan pelat nomor.",
                "en": "Collect the STNK in your name and the number plates.",
            },
            {
                "id": "Ambil BPKB baru di Satlantas pada tanggal yang tertera di tanda terima.",
                "en": "Collect the new BPKB from the traffic police on the date shown on your receipt.",
            },
        ],
        "duration": {"value": 1, "unit": "working_days"},
        "fees": [
            {
                "choice": {"id": "Jenis kendaraan", "en": "Vehicle type"},
                "options": [
                    {
                        "amount": 100000,
                        "purpose": {
                            "id": (
                                "PNBP STNK baru untuk sepeda motor. PKB dihitung per kendaraan. Sejak UU "
                                "HKPD, BBNKB hanya dikenakan pada penyerahan pertama (kendaraan baru); "
                                "ikuti ketentuan Perda provinsi."
                            ),
                            "en": (
                                "State fee for a new motorcycle STNK. The vehicle tax is calculated for each "
                                "vehicle. Since Law 1/2022, the transfer duty (BBNKB) applies only to the "
                                "first sale of a new vehicle; the provincial regulation applies."
                            ),
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 200000,
                        "purpose": {
                            "id": "PNBP STNK baru untuk mobil. PKB dihitung per kendaraan.",
                            "en": "State fee for a new car STNK. The vehicle tax is calculated for each vehicle.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
            {
                "choice": {"id": "BPKB menurut jenis kendaraan", "en": "BPKB by vehicle type"},
                "options": [
                    {
                        "amount": 225000,
                        "purpose": {
                            "id": "PNBP BPKB ganti pemilik untuk sepeda motor.",
                            "en": "State fee for a BPKB with the new owner, motorcycle.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 375000,
                        "purpose": {
                            "id": "PNBP BPKB ganti pemilik untuk mobil.",
                            "en": "State fee for a BPKB with the new owner, car.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
            {
                "choice": {"id": "Pelat nomor", "en": "Number plates"},
                "options": [
                    {
                        "amount": 0,
                        "purpose": {"id": "Pelat nomor tidak diganti.", "en": "Plates not replaced."},
                        "legal_basis": None,
                    },
                    {
                        "amount": 60000,
                        "purpose": {
                            "id": "PNBP pelat nomor (TNKB) sepeda motor, bila pelat diganti.",
                            "en": "State fee for motorcycle number plates (TNKB), if the plates are replaced.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                    {
                        "amount": 100000,
                        "purpose": {
                            "id": "PNBP pelat nomor (TNKB) mobil, bila pelat diganti.",
                            "en": "State fee for car number plates (TNKB), if the plates are replaced.",
                        },
                        "legal_basis": _PP_PNBP_POLRI,
                    },
                ],
            },
        ],
        "output": {
            "id": (
                "STNK dan pelat nomor atas nama pemilik baru pada hari yang sama. BPKB baru "
                "menyusul sesuai tanggal di tanda terima."
            ),
            "en": (
                "An STNK and plates in the new owner's name the same day. The new BPKB follows on "
                "the date shown on the receipt."
            ),
        },
        "legal_basis": [
            _UU_LLAJ,
            _UU_HKPD,
            _PP_PNBP_POLRI,
            _PERPOL_REGIDENT,
            _PERPRES_SAMSAT,
        ],
        "channels": [
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Samsat induk (cek fisik wajib), dan Satlantas Polres untuk pengambilan BPKB.",
                    "en": "The main Samsat office (physical check required), and the Polres traffic unit to collect the BPKB.",
                },
            },
        ],
        "complaints": [_LAPOR, _SAMSAT_DESK, _POLRI_110],
        "life_events": ["kendaraan", "pajak"],
    },
    # ------------------------------------------------------------------ Imigrasi
    {
        "slug": "paspor-baru",
        "agency": "imigrasi",
        "title": {"id": "Permohonan Paspor Baru", "en": "New passport"},
        "summary": {
            "id": (
                "Permohonan paspor biasa untuk WNI yang belum pernah punya paspor. Daftar dan pilih "
                "jadwal lewat aplikasi M-Paspor sebelum datang."
            ),
            "en": (
                "Applying for an ordinary passport if you have never had one. Register and book an "
                "appointment in the M-Paspor app before you come."
            ),
        },
        "alternative_names": {
            "id": [
                "paspor",
                "pasport",
                "bikin paspor",
                "buat paspor",
                "paspor baru",
                "e-paspor",
                "paspor elektronik",
                "M-Paspor",
                "paspor anak",
            ],
            "en": [
                "passport",
                "new passport",
                "apply for passport",
                "e-passport",
                "electronic passport",
                "travel document",
                "pasport",
                "child passport",
            ],
        },
        "eligibility": {
            "id": "Warga negara Indonesia, dewasa maupun anak. Permohonan anak diajukan dan didampingi orang tua.",
            "en": "Indonesian citizens, adults and children. A parent applies for and accompanies a child.",
        },
        "not_eligible": {
            "id": "Jika Anda pernah punya paspor, gunakan layanan Penggantian Paspor.",
            "en": "If you have had a passport before, use the passport replacement service.",
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk pemohon anak: KTP-el ayah dan ibu.",
                    "en": "For a child: the father's and mother's KTP-el.",
                },
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "akta-kelahiran",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Atau ijazah, buku nikah atau surat baptis yang memuat nama, tempat dan tanggal lahir, dan nama orang tua.",
                    "en": "Or a diploma, marriage book or baptism certificate showing your name, place and date of birth, and parents' names.",
                },
            },
            {
                "document": "akta-perkawinan",
                "quantity": 1,
                "form": "original",
                "condition": "pemohon-anak",
                "note": {
                    "id": "Hanya untuk pemohon anak: buku nikah atau akta perkawinan orang tua.",
                    "en": "Only for a child: the parents' marriage book or certificate.",
                },
            },
        ],
        "steps": [
            {
                "id": "Unduh aplikasi M-Paspor, buat akun, lalu isi data permohonan.",
                "en": "Download the M-Paspor app, create an account and fill in the application.",
            },
            {
                "id": "Pilih kantor imigrasi atau unit layanan di MPP, dan tanggal kedatangan.",
                "en": "Choose the immigration office or the MPP counter, and your appointment date.",
            },
            {
                "id": "Bayar PNBP dengan kode billing sesuai batas waktu di aplikasi.",
                "en": "Pay the state fee with the billing code before the deadline in the app.",
            },
            {
                "id": "Datang sesuai jadwal dengan semua dokumen asli.",
                "en": "Come on your appointment date with all original documents.",
            },
            {
                "id": "Ikuti verifikasi berkas, foto, sidik jari dan wawancara.",
                "en": "Go through document checks, photo, fingerprints and a short interview.",
            },
            {
                "id": "Ambil paspor setelah jadi, atau pilih pengiriman ke rumah bila tersedia.",
                "en": "Collect the passport when it is ready, or choose home delivery if offered.",
            },
        ],
        "duration": {"value": 4, "unit": "working_days"},
        "fees": [
            {
                "choice": {"id": "Jenis paspor", "en": "Passport type"},
                "options": [
                    {
                        "amount": 350000,
                        "purpose": {
                            "id": "PNBP paspor biasa 48 halaman (non-elektronik).",
                            "en": "State fee for an ordinary 48-page passport (non-electronic).",
                        },
                        "legal_basis": _PP_PNBP_IMIGRASI,
                    },
                    {
                        "amount": 650000,
                        "purpose": {
                            "id": "PNBP paspor elektronik 48 halaman, sebagai pengganti paspor biasa. Tidak tersedia di semua lokasi.",
                            "en": "State fee for an electronic 48-page passport, instead of the ordinary one. Not available at every location.",
                        },
                        "legal_basis": _PP_PNBP_IMIGRASI,
                    },
                ],
            },
        ],
        "output": {
            "id": "Paspor biasa, berlaku 10 tahun untuk pemohon berusia 17 tahun ke atas dan 5 tahun untuk anak.",
            "en": "An ordinary passport, valid for 10 years for applicants aged 17 and over, and 5 years for children.",
        },
        "legal_basis": [
            _UU_KEIMIGRASIAN,
            {
                "id": "Peraturan Pemerintah Nomor 31 Tahun 2013 tentang Peraturan Pelaksanaan Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian",
                "en": "Government Regulation 31/2013 implementing the Immigration Law",
            },
            _PERMENKUMHAM_PASPOR,
            _PP_PNBP_IMIGRASI,
        ],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.imigrasi.go.id",
                "name": {"id": "Aplikasi M-Paspor", "en": "M-Paspor app"},
                "note": {
                    "id": "Pendaftaran, pilihan jadwal dan pembayaran secara daring. Foto dan wawancara tetap datang langsung.",
                    "en": "Online registration, booking and payment. The photo and interview still need a visit.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Imigrasi dan Unit Layanan Paspor.",
                    "en": "The immigration office and passport service units.",
                },
            },
        ],
        "complaints": [_LAPOR, _IMIGRASI_WEBSITE],
        "life_events": ["luar-negeri"],
    },
    {
        "slug": "penggantian-paspor",
        "agency": "imigrasi",
        "title": {
            "id": "Penggantian Paspor Habis Berlaku, Hilang atau Rusak",
            "en": "Replacing an expired, lost or damaged passport",
        },
        "summary": {
            "id": (
                "Paspor baru untuk mengganti paspor yang habis berlaku, hampir habis, penuh, hilang "
                "atau rusak. Paspor yang hilang atau rusak diperiksa lebih dulu (BAP) dan dikenai "
                "biaya beban."
            ),
            "en": (
                "A new passport to replace one that has expired, is about to expire, is full, or is "
                "lost or damaged. Lost and damaged passports go through an interview first (BAP) "
                "and carry an extra charge."
            ),
        },
        "alternative_names": {
            "id": [
                "perpanjang paspor",
                "perpanjangan paspor",
                "paspor habis",
                "paspor mati",
                "paspor hilang",
                "paspor rusak",
                "ganti paspor",
                "pasport",
                "paspor penuh",
            ],
            "en": [
                "passport renewal",
                "renew passport",
                "expired passport",
                "lost passport",
                "damaged passport",
                "replace passport",
                "pasport",
                "passport",
            ],
        },
        "eligibility": {
            "id": "WNI pemegang paspor yang habis berlaku, akan habis, halamannya penuh, hilang atau rusak.",
            "en": "Indonesian passport holders whose passport has expired, will soon expire, is full, or is lost or damaged.",
        },
        "not_eligible": {
            "id": (
                "Paspor hilang atau rusak harus melalui pemeriksaan (BAP) di Kantor Imigrasi; "
                "tanyakan dulu apakah loket MPP melayaninya. Jika hilang karena kelalaian, "
                "penerbitan bisa ditunda."
            ),
            "en": (
                "Lost or damaged passports need an examination (BAP) at the immigration office; ask "
                "first whether the MPP counter handles them. If the loss was careless, issue can be "
                "postponed."
            ),
        },
        "requirements": [
            {
                "document": "ktp-el",
                "quantity": 1,
                "form": "original",
                "note": None,
            },
            {
                "document": "paspor-lama",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk paspor habis berlaku, penuh atau rusak. Paspor lama dikembalikan setelah dibatalkan.",
                    "en": "For an expired, full or damaged passport. It is returned to you after cancellation.",
                },
            },
            {
                "document": "surat-keterangan-kehilangan",
                "quantity": 1,
                "form": "original",
                "condition": "hilang",
                "note": {
                    "id": "Hanya untuk paspor hilang.",
                    "en": "Only for a lost passport.",
                },
            },
            {
                "document": "kk",
                "quantity": 1,
                "form": "original",
                "note": {
                    "id": "Untuk paspor hilang, atau jika data di paspor lama berbeda dengan KTP-el.",
                    "en": "For a lost passport, or if the details in the old passport differ from your KTP-el.",
                },
            },
            {
                "document": "akta-kelahiran",
                "quantity": 1,
                "form": "original",
                "condition": "hilang",
                "note": {
                    "id": "Untuk paspor hilang. Boleh diganti ijazah atau buku nikah.",
                    "en": "For a lost passport. A diploma or marriage book is also accepted.",
                },
            },
        ],
        "steps": [
            {
                "id": "Daftar lewat aplikasi M-Paspor dan pilih jadwal. Untuk paspor hilang atau rusak, datang dulu untuk jadwal BAP.",
                "en": "Register in the M-Paspor app and book a slot. For a lost or damaged passport, come in first to book the BAP interview.",
            },
            {
                "id": "Bayar PNBP dengan kode billing.",
                "en": "Pay the state fee with the billing code.",
            },
            {
                "id": "Datang sesuai jadwal dengan dokumen asli dan paspor lama.",
                "en": "Come on your appointment date with original documents and the old passport.",
            },
            {
                "id": "Ikuti verifikasi, foto, sidik jari dan wawancara (atau BAP).",
                "en": "Go through checks, photo, fingerprints and the interview (or BAP).",
            },
            {
                "id": "Ambil paspor baru beserta paspor lama yang sudah dibatalkan.",
                "en": "Collect the new passport and your cancelled old passport.",
            },
        ],
        "duration": {"value": 4, "unit": "working_days"},
        "fees": [
            {
                "choice": {"id": "Jenis paspor", "en": "Passport type"},
                "options": [
                    {
                        "amount": 350000,
                        "purpose": {
                            "id": "PNBP paspor biasa 48 halaman (non-elektronik).",
                            "en": "State fee for an ordinary 48-page passport (non-electronic).",
                        },
                        "legal_basis": _PP_PNBP_IMIGRASI,
                    },
                    {
                        "amount": 650000,
                        "purpose": {
                            "id": "PNBP paspor elektronik 48 halaman, sebagai pengganti paspor biasa.",
                            "en": "State fee for an electronic 48-page passport, instead of the ordinary one.",
                        },
                        "legal_basis": _PP_PNBP_IMIGRASI,
                    },
                ],
            },
            {
                "choice": {"id": "Paspor lama", "en": "Old passport"},
                "options": [
                    {
                        "amount": 0,
                        "purpose": {
                            "id": "Habis berlaku atau penuh: tanpa biaya tambahan.",
                            "en": "Expired or full: no extra charge.",
                        },
                        "legal_basis": None,
                    },
                    {
                        "amount": 1000000,
                        "purpose": {
                            "id": "Biaya beban paspor hilang, di luar biaya paspor baru. Tidak dikenakan bila hilang karena bencana (keadaan kahar).",
                            "en": "Extra charge for a lost passport, on top of the passport fee. Waived if lost in a disaster (force majeure).",
                        },
                        "legal_basis": _PP_PNBP_IMIGRASI,
                    },
                    {
                        "amount": 500000,
                        "purpose": {
                            "id": "Biaya beban paspor rusak, di luar biaya paspor baru. Tidak dikenakan bila rusak karena bencana (keadaan kahar).",
                            "en": "Extra charge for a damaged passport, on top of the passport fee. Waived if damaged in a disaster (force majeure).",
                        },
                        "legal_basis": _PP_PNBP_IMIGRASI,
                    },
                ],
            },
        ],
        "output": {
            "id": "Paspor baru dengan nomor baru, dan paspor lama yang sudah dibatalkan (kecuali yang hilang).",
            "en": "A new passport with a new number, and the cancelled old passport (unless it was lost).",
        },
        "legal_basis": [_UU_KEIMIGRASIAN, _PERMENKUMHAM_PASPOR, _PP_PNBP_IMIGRASI],
        "channels": [
            {
                "kind": "online",
                "url": "https://www.imigrasi.go.id",
                "name": {"id": "Aplikasi M-Paspor", "en": "M-Paspor app"},
                "note": {
                    "id": "Untuk paspor habis berlaku atau penuh. Paspor hilang dan rusak diurus langsung di Kantor Imigrasi.",
                    "en": "For expired or full passports. Lost and damaged passports are handled in person at the immigration office.",
                },
            },
            {
                "kind": "agency_office",
                "note": {
                    "id": "Kantor Imigrasi, termasuk untuk pemeriksaan (BAP) paspor hilang atau rusak.",
                    "en": "The immigration office, including the examination (BAP) for lost or damaged passports.",
                },
            },
        ],
        "complaints": [_LAPOR, _IMIGRASI_WEBSITE],
        "life_events": ["luar-negeri"],
    },
]
