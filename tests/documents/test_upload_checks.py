"""check_upload / sniff_type: the type comes from the bytes; hostile files are refused cheaply."""

from __future__ import annotations

import pytest

from jobwise.documents import FileTooLarge, InvalidFile, InvalidFileType, check_upload, sniff_type

MB = 1024 * 1024
CT = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'


def test_real_pdf_and_docx_are_recognised_by_content(build):
    assert check_upload(build.pdf_pages([[("Helvetica", "Jane Doe")]]), max_bytes=MB) == "pdf"
    assert check_upload(build.cv_docx(), max_bytes=MB) == "docx"


def test_pdf_with_junk_before_the_header_is_still_a_pdf(build):
    assert sniff_type(b"\r\n\x00junk" + build.pdf_pages([[("Helvetica", "x")]])) == "pdf"


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,  # a PNG renamed cv.pdf
        b"MZ\x90\x00\x03" + b"\x00" * 200 + b"This program cannot be run in DOS mode",
        b"\x7fELF\x02\x01\x01" + b"\x00" * 100,
        b"{\\rtf1\\ansi Jane Doe}",
        b"Jane Doe\nSoftware engineer\n",
        b"",
    ],
    ids=["png", "exe", "elf", "rtf", "plain-text", "empty"],
)
def test_other_types_are_invalid_file_type(data):
    with pytest.raises(InvalidFileType) as error:
        sniff_type(data)
    assert error.value.code == "invalid_file_type"


def test_legacy_doc_is_invalid_type_and_encrypted_docx_is_invalid_file():
    cfb = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512
    with pytest.raises(InvalidFileType, match=r"\.doc"):
        sniff_type(cfb + "WordDocument".encode("utf-16-le"))
    with pytest.raises(InvalidFile, match="password-protected"):
        sniff_type(cfb + "EncryptionInfo".encode("utf-16-le"))


@pytest.mark.parametrize(
    "entries",
    [
        {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"},
        {"[Content_Types].xml": CT, "xl/workbook.xml": b"<workbook/>"},
        {"[Content_Types].xml": CT, "ppt/presentation.xml": b"<p/>"},
        {"readme.txt": b"hello"},
    ],
    ids=["odt", "xlsx", "pptx", "plain-zip"],
)
def test_other_zip_formats_are_invalid_file_type(build, entries):
    with pytest.raises(InvalidFileType):
        check_upload(build.make_zip(entries), max_bytes=MB)


def test_docx_without_its_main_part_is_invalid_file(build):
    broken = build.rewrite_zip(build.cv_docx(), {}, drop=("word/document.xml",))
    with pytest.raises(InvalidFile, match=r"word/document\.xml is missing"):
        check_upload(broken, max_bytes=MB)


def test_size_limit(build):
    data = build.pdf_pages([[("Helvetica", "x" * 80)] * 40])
    assert check_upload(data, max_bytes=len(data)) == "pdf"
    with pytest.raises(FileTooLarge) as error:
        check_upload(data, max_bytes=len(data) - 1)
    assert error.value.code == "file_too_large"
    with pytest.raises(FileTooLarge, match="larger than 10 MB"):
        check_upload(b"%PDF-1.7" + b"\x00" * (10 * MB), max_bytes=10 * MB)


def test_empty_upload_is_invalid_file():
    with pytest.raises(InvalidFile, match="empty"):
        check_upload(b"", max_bytes=MB)


def test_truncated_pdf_is_refused_at_upload(build):
    data = build.pdf_pages([[("Helvetica", "Jane Doe")]] * 2)
    with pytest.raises(InvalidFile, match="truncated"):
        check_upload(data[: len(data) // 2], max_bytes=MB)


def test_zip_bomb_is_refused_before_decompression(build):
    bomb = build.rewrite_zip(build.cv_docx(), {"word/media/image1.png": b"\x00" * (40 * MB)})
    assert len(bomb) < MB  # small on the wire, 40 MB inside
    with pytest.raises(InvalidFile, match="zip bomb") as error:
        check_upload(bomb, max_bytes=10 * MB)
    assert error.value.code == "invalid_file"


def test_highly_compressed_document_xml_is_refused(build):
    padding = " " * (30 * MB)
    body = build.document_xml(f"<w:p><w:r><w:t>Jane{padding}Doe</w:t></w:r></w:p>")
    with pytest.raises(InvalidFile, match="zip bomb"):
        check_upload(build.rewrite_zip(build.cv_docx(), {"word/document.xml": body}), max_bytes=10 * MB)


def test_too_many_zip_entries_are_refused(build):
    many = {f"word/media/{i}.bin": b"x" for i in range(1500)}
    data = build.rewrite_zip(build.cv_docx(), many)
    with pytest.raises(InvalidFile, match="entries"):
        check_upload(data, max_bytes=10 * MB)


BILLION_LAUGHS = (
    '<!DOCTYPE w:document [<!ENTITY lol "lol">'
    '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
)
EXTERNAL_ENTITY = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize("prolog", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "xxe"])
def test_xml_entities_are_refused_at_upload(build, prolog):
    body = build.document_xml("<w:p><w:r><w:t>&lol3; &xxe;</w:t></w:r></w:p>", prolog=prolog)
    data = build.rewrite_zip(build.cv_docx(), {"word/document.xml": body})
    with pytest.raises(InvalidFile, match="entity"):
        check_upload(data, max_bytes=MB)


def test_entities_in_a_header_part_are_refused(build):
    header = b'<?xml version="1.0"?>' + EXTERNAL_ENTITY.encode() + b"<w:hdr/>"
    data = build.rewrite_zip(build.cv_docx(), {"word/header1.xml": header})
    with pytest.raises(InvalidFile, match="entity"):
        check_upload(data, max_bytes=MB)


def test_damaged_zip_is_invalid_file(build):
    data = build.cv_docx()
    with pytest.raises(InvalidFile, match="damaged"):
        check_upload(data[: len(data) // 2], max_bytes=MB)
