"""The five MPPs of the source articles (``../shared/seeds``) with floors, counters and hours.

Counters are numbered in the order listed, floor by floor. A floor is (level, name, agencies); the
name is None unless the building names it: the portal then says "Lantai N" / "Floor N", the same
words at every MPP.
"""

import datetime as dt

WEEKDAY_HOURS = [
    # Monday to Thursday 08:00–15:00; Friday with the break for Friday prayers.
    *[(day, dt.time(8), dt.time(15)) for day in range(4)],
    (4, dt.time(8), dt.time(11)),
    (4, dt.time(13), dt.time(15)),
]

NATIONAL_EXCEPTIONS = [
    {
        "date": dt.date(2026, 12, 24),
        "closed": True,
        "reason": {"id": "Cuti bersama Natal", "en": "Christmas collective leave"},
    },
    {"date": dt.date(2026, 12, 25), "closed": True, "reason": {"id": "Hari Raya Natal", "en": "Christmas Day"}},
    {
        "date": dt.date(2026, 12, 31),
        "closed": False,
        "opens": dt.time(8),
        "closes": dt.time(12),
        "reason": {"id": "Akhir tahun, layanan sampai pukul 12.00", "en": "Year end, open until 12:00"},
    },
    {"date": dt.date(2027, 1, 1), "closed": True, "reason": {"id": "Tahun Baru Masehi", "en": "New Year's Day"}},
    {"date": dt.date(2027, 5, 1), "closed": True, "reason": {"id": "Hari Buruh Internasional", "en": "Labour Day"}},
    {"date": dt.date(2027, 6, 1), "closed": True, "reason": {"id": "Hari Lahir Pancasila", "en": "Pancasila Day"}},
    {
        "date": dt.date(2027, 8, 17),
        "closed": True,
        "reason": {"id": "Hari Kemerdekaan Republik Indonesia", "en": "Independence Day"},
    },
    {"date": dt.date(2027, 12, 25), "closed": True, "reason": {"id": "Hari Raya Natal", "en": "Christmas Day"}},
]

STANDARD_FACILITIES = ["waiting_room", "air_conditioning", "accessibility", "toilet", "queue_machine", "parking"]

MPPS = [
    {
        "slug": "mpp-jembrana",
        "title": {"id": "MPP Kabupaten Jembrana", "en": "Jembrana Public Service Mall (MPP)"},
        "regency": {"id": "Kabupaten Jembrana", "en": "Jembrana Regency"},
        "province": {"id": "Bali", "en": "Bali"},
        "operator": {"id": "DPMPTSP Kabupaten Jembrana", "en": "DPMPTSP of Jembrana Regency"},
        "intro": {
            "id": "22 instansi dalam satu gedung: 14 perangkat daerah dan 8 instansi vertikal, termasuk BPN, pajak, Samsat, BPJS, Imigrasi dan BPOM.",
            "en": "22 agencies in one building: 14 regency offices and 8 central government agencies, including the land office, tax office, Samsat, BPJS, immigration and BPOM.",
        },
        "address": {
            "id": "Jalan Udayana, Kelurahan Baler Bale Agung, Kecamatan Negara, Kabupaten Jembrana, Bali",
            "en": "Jalan Udayana, Baler Bale Agung, Negara district, Jembrana Regency, Bali",
        },
        "latitude": "-8.357300",
        "longitude": "114.626400",
        "time_zone": "Asia/Makassar",
        "getting_there": {
            "id": "Di pusat kota Negara, dekat kantor bupati. Parkir motor dan mobil di halaman depan.",
            "en": "In the centre of Negara, near the regent's office. Motorbike and car parking at the front.",
        },
        "website": "https://jembranakab.go.id",
        "facilities": [*STANDARD_FACILITIES, "nursing_room", "prayer_room", "photocopy"],
        "floors": [
            (
                1,
                None,
                ["dpmptsp", "dpmptsp", "dukcapil", "dukcapil", "samsat", "polres", "polres", "bapenda", "pdam"],
            ),
            (
                2,
                None,
                [
                    "bpn",
                    "kpp",
                    "bpjs-kesehatan",
                    "bpjs-ketenagakerjaan",
                    "imigrasi",
                    "bpom",
                    "disnaker",
                    "dinsos",
                    "dinkes",
                ],
            ),
        ],
    },
    {
        "slug": "mpp-jember",
        "title": {"id": "MPP Kabupaten Jember", "en": "Jember Public Service Mall (MPP)"},
        "regency": {"id": "Kabupaten Jember", "en": "Jember Regency"},
        "province": {"id": "Jawa Timur", "en": "East Java"},
        "operator": {"id": "DPMPTSP Kabupaten Jember", "en": "DPMPTSP of Jember Regency"},
        "intro": {
            "id": "Uji coba di Balai Serba Guna Kaliwates dengan layanan terbatas. Layanan yang belum ada di MPP tetap dilayani di kantor instansi masing-masing.",
            "en": "A trial in the Kaliwates multipurpose hall with a limited set of services. Services not yet at the MPP are still handled at each agency's own office.",
        },
        "address": {
            "id": "Balai Serba Guna (BSG) Kaliwates, Kecamatan Kaliwates, Kabupaten Jember, Jawa Timur",
            "en": "Balai Serba Guna (BSG) Kaliwates, Kaliwates district, Jember Regency, East Java",
        },
        "latitude": "-8.177600",
        "longitude": "113.692300",
        "time_zone": "Asia/Jakarta",
        "getting_there": {
            "id": "Di kawasan Kaliwates, dapat dicapai dengan angkot dan ojek. Pintu masuk utama di sisi jalan raya.",
            "en": "In the Kaliwates area, reachable by minibus (angkot) and motorbike taxi. Main entrance on the main road side.",
        },
        "website": "https://jemberkab.go.id",
        "facilities": ["waiting_room", "toilet", "queue_machine", "parking", "prayer_room"],
        "floors": [
            (
                1,
                {"id": "Ruang utama BSG", "en": "Main hall"},
                ["dpmptsp", "dukcapil", "dukcapil", "dinsos", "bapenda", "disnaker"],
            ),
        ],
    },
    {
        "slug": "mpp-karangasem",
        "title": {"id": "MPP Kabupaten Karangasem", "en": "Karangasem Public Service Mall (MPP)"},
        "regency": {"id": "Kabupaten Karangasem", "en": "Karangasem Regency"},
        "province": {"id": "Bali", "en": "Bali"},
        "operator": {"id": "DPMPTSP Kabupaten Karangasem", "en": "DPMPTSP of Karangasem Regency"},
        "intro": {
            "id": "Satu gedung untuk semua urusan: izin usaha, kependudukan, kartu BPJS, SIM, pertanahan dan pendaftaran nikah. Dokumen yang diminta satu layanan bisa diurus di gedung yang sama.",
            "en": "One building for everything: business permits, civil registry, BPJS cards, driving licences, land services and marriage registration. A document one service asks for can be obtained in the same building.",
        },
        "address": {
            "id": "Gedung UKM Center, Amlapura, Kabupaten Karangasem, Bali",
            "en": "UKM Center building, Amlapura, Karangasem Regency, Bali",
        },
        "latitude": "-8.450500",
        "longitude": "115.608600",
        "time_zone": "Asia/Makassar",
        "getting_there": {
            "id": "Di kota Amlapura. Tersedia ruang tunggu ber-AC dengan televisi.",
            "en": "In the town of Amlapura. Air-conditioned waiting room with television.",
        },
        "website": "https://karangasemkab.go.id",
        "facilities": ["waiting_room", "air_conditioning", "television", "toilet", "queue_machine", "parking"],
        "floors": [
            (
                1,
                None,
                ["dpmptsp", "dukcapil", "dukcapil", "bpjs-kesehatan", "bpjs-ketenagakerjaan", "polres", "samsat"],
            ),
            (2, None, ["bpn", "kemenag", "bapenda", "disnaker", "pdam"]),
        ],
    },
    {
        "slug": "mpp-buleleng",
        "title": {"id": "MPP Kabupaten Buleleng", "en": "Buleleng Public Service Mall (MPP)"},
        "regency": {"id": "Kabupaten Buleleng", "en": "Buleleng Regency"},
        "province": {"id": "Bali", "en": "Bali"},
        "operator": {"id": "DPMPTSP Kabupaten Buleleng", "en": "DPMPTSP of Buleleng Regency"},
        "intro": {
            "id": "Di lantai tiga Pasar Banyuasri, dibuka 31 Oktober 2023 bersama 18 instansi. Utamakan layanan daring agar Anda tidak perlu datang.",
            "en": "On the third floor of Banyuasri Market, opened on 31 October 2023 with 18 agencies. Use the online services first, so you may not need to come in.",
        },
        "address": {
            "id": "Lantai 3 Pasar Banyuasri, Jalan Jenderal Sudirman, Singaraja, Kabupaten Buleleng, Bali",
            "en": "Third floor, Banyuasri Market, Jalan Jenderal Sudirman, Singaraja, Buleleng Regency, Bali",
        },
        "latitude": "-8.113100",
        "longitude": "115.078800",
        "time_zone": "Asia/Makassar",
        "getting_there": {
            "id": "Naik lift atau tangga di dalam Pasar Banyuasri ke lantai 3. Parkir di basement pasar.",
            "en": "Take the lift or stairs inside Banyuasri Market to the third floor. Parking in the market basement.",
        },
        "website": "https://bulelengkab.go.id",
        "facilities": [*STANDARD_FACILITIES, "lift", "nursing_room", "children_corner", "wifi"],
        "floors": [
            (
                3,
                None,
                [
                    "dpmptsp",
                    "dpmptsp",
                    "dukcapil",
                    "dukcapil",
                    "polres",
                    "samsat",
                    "imigrasi",
                    "bpn",
                    "kpp",
                    "bpjs-kesehatan",
                    "bpjs-ketenagakerjaan",
                    "kemenag",
                    "bapenda",
                    "disnaker",
                    "dinsos",
                    "dinkes",
                    "pdam",
                    "bpom",
                ],
            ),
        ],
        "extra_hours": [(5, dt.time(8), dt.time(12))],
    },
    {
        "slug": "mpp-kudus",
        "title": {"id": "MPP Kabupaten Kudus", "en": "Kudus Public Service Mall (MPP)"},
        "regency": {"id": "Kabupaten Kudus", "en": "Kudus Regency"},
        "province": {"id": "Jawa Tengah", "en": "Central Java"},
        "operator": {"id": "DPMPTSP Kabupaten Kudus", "en": "DPMPTSP of Kudus Regency"},
        "intro": {
            "id": "Setiap layanan di MPP Kudus punya standar pelayanan, SOP dan alur kerja yang jelas, sehingga Anda tahu sejak awal apa yang dibawa dan berapa lama.",
            "en": "Every service at MPP Kudus has a service standard, an SOP and a clear process, so you know from the start what to bring and how long it takes.",
        },
        "address": {
            "id": "Jalan Simpang Tujuh, Kecamatan Kota, Kabupaten Kudus, Jawa Tengah",
            "en": "Jalan Simpang Tujuh, Kota district, Kudus Regency, Central Java",
        },
        "latitude": "-6.804700",
        "longitude": "110.840500",
        "time_zone": "Asia/Jakarta",
        "getting_there": {
            "id": "Dekat alun-alun Simpang Tujuh. Angkutan kota berhenti di depan gedung.",
            "en": "Near the Simpang Tujuh town square. City minibuses stop in front of the building.",
        },
        "website": "https://kuduskab.go.id",
        "facilities": [*STANDARD_FACILITIES, "prayer_room", "nursing_room"],
        "floors": [
            (
                1,
                None,
                ["dpmptsp", "dpmptsp", "dukcapil", "dukcapil", "dukcapil", "polres", "samsat", "bapenda", "pdam"],
            ),
            (
                2,
                None,
                [
                    "imigrasi",
                    "bpn",
                    "kpp",
                    "bpjs-kesehatan",
                    "bpjs-ketenagakerjaan",
                    "kemenag",
                    "disnaker",
                    "dinsos",
                    "dinkes",
                    "bpom",
                ],
            ),
        ],
    },
]

HOME = {
    "title": {"id": "Portal Mal Pelayanan Publik", "en": "Public Service Mall Portal"},
    "intro": {
        "id": "Cari tahu sebelum berangkat: di MPP mana, loket berapa, apa yang dibawa, berapa biayanya dan berapa lama.",
        "en": "Find out before you go: which MPP, which counter, what to bring, what it costs and how long it takes.",
    },
    "popular": [
        "perekaman-ktp-el",
        "akta-kelahiran",
        "kartu-keluarga",
        "perpanjangan-sim",
        "skck",
        "paspor-baru",
        "pajak-kendaraan-tahunan",
        "nib-oss",
    ],
}
