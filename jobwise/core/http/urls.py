"""Pure URL and address vetting for outgoing fetches (no I/O: resolution is the caller's job).

A URL is parsed strictly, its host normalised (IDNA, trailing dot, every IPv4 spelling that
`inet_aton` accepts), and every address it resolves to must be public unless the exact
`host:port` is allowlisted. The fetcher then connects to one of the vetted addresses only.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import idna

from jobwise.core.http.errors import UrlNotAllowed

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Allowlist = frozenset[tuple[str, int]]

_DEFAULT_PORTS = {"http": 80, "https": 443}
_MAX_URL_CHARS = 8192
_BRACKETED = re.compile(r"\[[0-9a-fA-F:.]+\](:[0-9]+)?")
_HOSTNAME = re.compile(r"[a-z0-9_-]{1,63}(\.[a-z0-9_-]{1,63})*")
_NUMERIC_LABEL = re.compile(r"(0x[0-9a-f]*|[0-9]+)")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")
# Belt and braces over `is_global`, whose tables differ between Python releases.
_BLOCKED = tuple(
    ipaddress.ip_network(n)
    for n in (
        "0.0.0.0/8",
        "100.64.0.0/10",  # carrier-grade NAT, also Alibaba's 100.100.100.200 metadata
        "169.254.0.0/16",  # link-local, AWS/GCP/Azure 169.254.169.254 metadata
        "168.63.129.16/32",  # Azure wire server
        "192.0.0.0/24",  # IETF protocol assignments, Oracle's 192.0.0.192 metadata
        "198.18.0.0/15",
        "224.0.0.0/4",
        "240.0.0.0/4",
        "fd00:ec2::254/128",  # AWS IPv6 metadata
        "64:ff9b:1::/48",  # local-use NAT64
        "2001::/32",  # Teredo
        "fc00::/7",
        "fe80::/10",
        "ff00::/8",
    )
)


@dataclass(frozen=True)
class Target:
    """A parsed, normalised http(s) URL: where to connect and what to ask for."""

    scheme: str
    host: str  # lowercase ASCII hostname, or an IP address in canonical form
    port: int
    path: str  # path and query, never the fragment

    @property
    def is_ip(self) -> bool:
        return parse_ip(self.host) is not None

    @property
    def netloc(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return host if self.port == _DEFAULT_PORTS[self.scheme] else f"{host}:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.netloc}{self.path}"

    def url_for(self, address: str) -> str:
        """The same URL aimed at one vetted address, so nothing resolves the name again."""
        host = f"[{address}]" if ":" in address else address
        return f"{self.scheme}://{host}:{self.port}{self.path}"


def parse_url(url: str) -> Target:
    """Parse an http(s) URL strictly; anything odd is refused rather than guessed at."""
    url = url.strip()
    if len(url) > _MAX_URL_CHARS:
        raise UrlNotAllowed("the URL is too long")
    if not url or any(c <= " " or c in "\\\x7f" for c in url):
        raise UrlNotAllowed("the URL contains spaces, control characters or backslashes")
    try:
        parts = urlsplit(url)
        hostname, port = parts.hostname, parts.port
    except ValueError as exc:  # bad brackets or port
        raise UrlNotAllowed("the URL has an invalid host or port") from exc
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise UrlNotAllowed("only http and https URLs can be imported")
    if "@" in parts.netloc:
        raise UrlNotAllowed("URLs with credentials are not allowed")
    if "[" in parts.netloc and not _BRACKETED.fullmatch(parts.netloc):
        raise UrlNotAllowed("the URL has an invalid IPv6 address")
    port = _DEFAULT_PORTS[scheme] if port is None else port
    if not 0 < port < 65536:
        raise UrlNotAllowed("the URL has an invalid port")
    if not hostname:
        raise UrlNotAllowed("the URL has no host")
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return Target(scheme, normalise_host(hostname), port, path)


def normalise_host(host: str) -> str:
    """Canonical form of a host: IP text for any IP spelling, else a lowercase ASCII name."""
    host = host.lower()
    if ":" in host:  # only IPv6 literals contain colons once the port is split off
        ip = parse_ip(host)
        if ip is None or "%" in host:
            raise UrlNotAllowed("the URL has an invalid IPv6 address")
        return str(ip)
    host = host.removesuffix(".")
    if not host.isascii():
        try:
            host = idna.encode(host, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise UrlNotAllowed("the URL has an invalid international host name") from exc
    ipv4 = parse_ipv4_loose(host)
    if ipv4 is not None:
        return str(ipv4)
    if _NUMERIC_LABEL.fullmatch(host.rsplit(".", 1)[-1]) or not _HOSTNAME.fullmatch(host) or len(host) > 253:
        raise UrlNotAllowed("the URL has an invalid host")
    return host


def parse_ipv4_loose(host: str) -> ipaddress.IPv4Address | None:
    """Read every IPv4 spelling `inet_aton` accepts: `127.1`, `0x7f.1`, `0177.0.0.1`, `2130706433`."""
    labels = host.split(".")
    if not 1 <= len(labels) <= 4:
        return None
    numbers = [_ipv4_number(label) for label in labels]
    if None in numbers:
        return None
    *head, last = [n for n in numbers if n is not None]
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(labels)):
        return None
    value = last
    for i, n in enumerate(head):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


def _ipv4_number(label: str) -> int | None:
    if label.startswith("0x"):
        digits = label[2:]
        return int(digits or "0", 16) if re.fullmatch(r"[0-9a-f]*", digits) else None
    if len(label) > 1 and label.startswith("0"):
        return int(label, 8) if re.fullmatch(r"[0-7]+", label) else None
    return int(label) if label.isdigit() and label.isascii() else None


def parse_ip(text: str) -> IPAddress | None:
    """A canonical IP address literal (IPv6 zone ids are kept), or None."""
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def address_refusal(address: str) -> str | None:
    """Why this address must not be contacted, or None when it is a public unicast address."""
    ip = parse_ip(address)
    if ip is None:
        return f"{address!r} is not an IP address"
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            return address_refusal(str(embedded))
        if ip.sixtofour is not None and address_refusal(str(ip.sixtofour)):
            return f"{ip} wraps a non-public address"
    if any(ip in net for net in _BLOCKED if net.version == ip.version):
        return f"{ip} is a reserved, metadata or non-unicast address"
    if not ip.is_global or ip.is_multicast or ip.is_reserved or ip.is_unspecified:
        return f"{ip} is not a public address"
    return None


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv4-mapped, NAT64 or IPv4-compatible IPv6 address really reaches."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64 or (ip in _IPV4_COMPATIBLE and int(ip) > 1):
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def parse_allowlist(entries: str | Iterable[str]) -> Allowlist:
    """`host:port` entries (a comma list or an iterable) normalised like request hosts."""
    if isinstance(entries, str):
        entries = entries.split(",")
    allowed: set[tuple[str, int]] = set()
    for entry in (e.strip() for e in entries):
        if not entry:
            continue
        host, sep, port = entry.rpartition(":")
        if not sep or not port.isdigit() or not 0 < int(port) < 65536 or not host:
            raise ValueError(f"fetch allowlist entry {entry!r} is not host:port")
        allowed.add((normalise_host(host.removeprefix("[").removesuffix("]")), int(port)))
    return frozenset(allowed)


def check_addresses(target: Target, addresses: Sequence[str], allowlist: Allowlist) -> list[str]:
    """The addresses to connect to, refusing the lot if any one is not public (unless allowlisted)."""
    if not addresses:
        raise UrlNotAllowed(f"{target.host} did not resolve to any address")
    allowlisted = (target.host, target.port) in allowlist
    for address in addresses:
        reason = f"{address!r} is not an IP address" if parse_ip(address) is None else None
        if not allowlisted:
            reason = address_refusal(address)
        if reason is not None:
            raise UrlNotAllowed(f"{target.host} is not a public address: {reason}")
    return list(addresses)


def vet_url(url: str, addresses: Sequence[str], allowlist: str | Iterable[str] | Allowlist = ()) -> Target:
    """Pure check of a URL and the addresses its host resolved to; raises UrlNotAllowed."""
    target = parse_url(url)
    allowed = allowlist if isinstance(allowlist, frozenset) else parse_allowlist(allowlist)
    check_addresses(target, addresses, allowed)
    return target
