"""Pure URL/address vetting: tables of input -> verdict, no sockets."""

import ipaddress
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jobwise.core.http import UrlNotAllowed, address_refusal, parse_allowlist, parse_url, vet_url
from jobwise.core.http.urls import normalise_host


@pytest.mark.parametrize(
    ("url", "host", "port", "path"),
    [
        ("http://2130706433:8080/", "127.0.0.1", 8080, "/"),
        ("http://0x7f000001/", "127.0.0.1", 80, "/"),
        ("http://0177.0.0.1/", "127.0.0.1", 80, "/"),
        ("http://127.1/", "127.0.0.1", 80, "/"),
        ("http://0x7f.1/", "127.0.0.1", 80, "/"),
        ("http://10.1/", "10.0.0.1", 80, "/"),
        ("http://127。0。0。1/", "127.0.0.1", 80, "/"),
        ("http://１２７.0.0.1/", "127.0.0.1", 80, "/"),
        ("http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ/", "localhost", 80, "/"),
        ("http://[::FFFF:127.0.0.1]/", "::ffff:7f00:1", 80, "/"),
        ("HTTPS://Jobs.Example.COM./a/b?c=1#frag", "jobs.example.com", 443, "/a/b?c=1"),
        ("https://bücher.example/", "xn--bcher-kva.example", 443, "/"),
        ("  http://board.intranet:8080  ", "board.intranet", 8080, "/"),
    ],
)
def test_hosts_are_normalised_to_what_the_socket_would_reach(url, host, port, path):
    target = parse_url(url)
    assert (target.host, target.port, target.path) == (host, port, path)


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "gopher://example.com/",
        "ftp://example.com/",
        "javascript:alert(1)",
        "http://user:pass@example.com/",
        "http://user@example.com/",
        "http:///path",
        "http://example.com:0/",
        "http://example.com:65536/",
        "http://example.com:http/",
        "http://1.2.3.256/",
        "http://1.2.3.4.5/",
        "http://09.1.1.1/",
        "http://exa mple.com/",
        "http://example.com\\@127.0.0.1/",
        "http://%31%32%37.0.0.1/",
        "http://[fe80::1%25eth0]/",
        "http://[::1",
        "http://]/",
        "http://[zz]/",
        "http://[]/",
        "http://[::1]x/",
        "http://[::1]:80x/",
        "http://a:99999999999999/",
        "http:example.com",
        "//example.com",
        "example.com/jobs/1",
        "",
    ],
)
def test_malformed_or_foreign_urls_are_refused(url):
    with pytest.raises(UrlNotAllowed):
        parse_url(url)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "0.0.0.0",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "100.100.100.200",
        "192.0.0.192",
        "168.63.129.16",
        "224.0.0.1",
        "239.255.255.250",
        "255.255.255.255",
        "240.0.0.1",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::a9fe:a9fe",
        "2002:7f00:1::1",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2",
        "2001:db8::1",
    ],
)
def test_non_public_addresses_are_refused(address):
    assert address_refusal(address) is not None


@pytest.mark.parametrize(
    "address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8", "2002:808:808::1"]
)
def test_public_addresses_pass(address):
    assert address_refusal(address) is None


def test_every_resolved_address_must_be_public():
    assert vet_url("https://jobs.example.com/x", ["93.184.215.14"]).host == "jobs.example.com"
    with pytest.raises(UrlNotAllowed, match=r"10\.0\.0\.1"):
        vet_url("https://jobs.example.com/x", ["93.184.215.14", "10.0.0.1"])
    with pytest.raises(UrlNotAllowed):
        vet_url("https://jobs.example.com/x", [])


def test_allowlist_admits_exact_host_and_port_only():
    allow = "board.intranet:8080, 127.0.0.1:9000,[::1]:9001"
    assert vet_url("http://BOARD.intranet.:8080/jobs", ["10.0.0.7"], allow).port == 8080
    assert vet_url("http://2130706433:9000/", ["127.0.0.1"], allow).host == "127.0.0.1"
    assert vet_url("http://[::1]:9001/", ["::1"], allow).host == "::1"
    for url in ("http://board.intranet:8081/", "http://127.0.0.1:9001/", "http://other.intranet:8080/"):
        with pytest.raises(UrlNotAllowed):
            vet_url(url, ["10.0.0.7"], allow)


@pytest.mark.parametrize("entry", ["board.intranet", "board.intranet:0", "board.intranet:x", ":80"])
def test_malformed_allowlist_entries_fail_loudly(entry):
    with pytest.raises(ValueError, match="host:port"):
        parse_allowlist([entry])


@given(st.text(alphabet="0123456789abcdefx.", min_size=1, max_size=24))
def test_every_ipv4_spelling_the_os_accepts_is_read_as_the_same_address(host: str) -> None:
    try:
        expected = str(ipaddress.IPv4Address(socket.inet_aton(host)))
    except OSError:
        return  # not an address to the OS; a name, which the resolver answers and we vet
    assert normalise_host(host) == expected


def test_a_resolver_answer_that_is_not_an_address_is_refused_even_when_allowlisted() -> None:
    with pytest.raises(UrlNotAllowed, match="not an IP address"):
        vet_url("http://board.intranet:8080/", ["evil.example"], "board.intranet:8080")


def test_overlong_urls_are_refused() -> None:
    with pytest.raises(UrlNotAllowed, match="too long"):
        parse_url("https://example.com/" + "a" * 9000)


@given(st.one_of(st.text(max_size=60), st.text(max_size=60).map(lambda s: "http://" + s)))
def test_any_input_is_either_a_clean_target_or_refused(url: str) -> None:
    try:
        target = parse_url(url)
    except UrlNotAllowed:
        return
    assert parse_url(target.url) == target  # the canonical form means the same thing
