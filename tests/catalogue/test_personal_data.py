"""Personal data is stripped from what citizens type (catalogue/personal_data.py)."""

import pytest

from catalogue.personal_data import strip_personal_data


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me on 0812-3456-7890 please", "Call me on [telepon] please"),
        ("WA +62 812 3456 7890.", "WA [telepon]."),
        ("or 6281234567890", "or [telepon]"),
        ("kantor (0361) 123456", "kantor [telepon]"),
        ("NIK 5101012345670001 salah", "NIK [NIK] salah"),
        ("NIK 510101 234567 0001", "NIK [NIK]"),
        ("mail budi.santoso+mpp@example.co.id now", "mail [e-mail] now"),
        ("The fee is Rp 30.000, not Rp 60.000 at counter 4", "The fee is Rp 30.000, not Rp 60.000 at counter 4"),
        ("2 lembar fotokopi, loket 12, tahun 2024", "2 lembar fotokopi, loket 12, tahun 2024"),
    ],
)
def test_personal_data_is_stripped(text, expected):
    assert strip_personal_data(text) == expected
