"""The rate limit counts each client under a keyed hash of its address (portal/feedback/ratelimit.py)."""

from portal.feedback.ratelimit import client_address, client_key


def test_the_cache_key_does_not_contain_the_address():
    class Request:
        META = {"REMOTE_ADDR": "127.0.0.1"}

    assert "127.0.0.1" not in client_key(Request)


def test_behind_a_trusted_proxy_the_forwarded_client_is_counted(settings):
    class Request:
        META = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.9"}

    assert client_address(Request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    assert client_address(Request) == "203.0.113.9"
    settings.TRUSTED_PROXY_COUNT = 3  # fewer entries than proxies: do not trust the header
    assert client_address(Request) == "10.0.0.1"
