"""Conditions (syarat berlaku) that decide whether a requirement applies to a citizen.

``label`` follows the document's name on a service page ("Akta Perceraian — hanya jika Anda
bercerai"); ``question`` is the yes/no question a visit plan asks. A requirement names its
condition by key (``"condition": "kk-hilang"``); without one it is needed by everyone.
"""

CONDITIONS = {
    "kk-hilang": {
        "label": {"id": "hanya jika KK Anda hilang", "en": "only if your family card was lost"},
        "question": {"id": "Apakah KK Anda hilang?", "en": "Has your family card been lost?"},
    },
    "menikah": {
        "label": {"id": "hanya jika Anda sudah menikah", "en": "only if you are married"},
        "question": {"id": "Apakah Anda sudah menikah?", "en": "Are you married?"},
    },
    "bercerai": {
        "label": {"id": "hanya jika Anda pernah bercerai", "en": "only if you have been divorced"},
        "question": {"id": "Apakah Anda pernah bercerai?", "en": "Have you been divorced?"},
    },
    "pindahan": {
        "label": {
            "id": "hanya jika Anda pindah dari kabupaten/kota lain",
            "en": "only if you are moving in from another regency",
        },
        "question": {
            "id": "Apakah Anda pindah ke sini dari kabupaten/kota lain?",
            "en": "Are you moving here from another regency or city?",
        },
    },
    "pindah-keluar": {
        "label": {
            "id": "hanya jika Anda pindah ke kabupaten/kota lain",
            "en": "only if you are moving to another regency",
        },
        "question": {
            "id": "Apakah Anda akan pindah ke kabupaten/kota lain?",
            "en": "Are you moving to another regency or city?",
        },
    },
    "beragama-islam": {
        "label": {"id": "hanya jika perkawinan Anda secara Islam", "en": "only if your marriage is Muslim"},
        "question": {"id": "Apakah perkawinan Anda secara Islam?", "en": "Is your marriage a Muslim marriage?"},
    },
    "belum-tercatat": {
        "label": {
            "id": "hanya jika perkawinan Anda belum tercatat",
            "en": "only if your marriage has not been registered",
        },
        "question": {
            "id": "Apakah perkawinan Anda belum tercatat di negara?",
            "en": "Is your marriage not yet registered with the state?",
        },
    },
    "diwakilkan": {
        "label": {"id": "hanya jika diurus oleh orang lain", "en": "only if someone applies on your behalf"},
        "question": {
            "id": "Apakah orang lain yang mengurus untuk Anda?",
            "en": "Is someone else applying on your behalf?",
        },
    },
    "anak-di-atas-5": {
        "label": {"id": "hanya untuk anak berusia 5 tahun ke atas", "en": "only for a child aged 5 or over"},
        "question": {"id": "Apakah anak berusia 5 tahun atau lebih?", "en": "Is the child aged 5 or over?"},
    },
    "hilang": {
        "label": {"id": "hanya jika dokumen lama hilang", "en": "only if the old document was lost"},
        "question": {"id": "Apakah dokumen lama Anda hilang?", "en": "Has your old document been lost?"},
    },
    "rusak": {
        "label": {"id": "hanya jika dokumen lama rusak", "en": "only if the old document is damaged"},
        "question": {"id": "Apakah dokumen lama Anda rusak?", "en": "Is your old document damaged?"},
    },
    "menikah-belum-17": {
        "label": {
            "id": "hanya jika Anda belum berusia 17 tahun tetapi sudah menikah",
            "en": "only if you are under 17 but already married",
        },
        "question": {
            "id": "Apakah Anda belum berusia 17 tahun tetapi sudah menikah?",
            "en": "Are you under 17 but already married?",
        },
    },
    "pemohon-anak": {
        "label": {"id": "hanya untuk pemohon anak", "en": "only for a child applicant"},
        "question": {
            "id": "Apakah pemohonnya anak di bawah 17 tahun?",
            "en": "Is the applicant a child under 17?",
        },
    },
}
