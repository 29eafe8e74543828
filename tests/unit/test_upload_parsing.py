from datetime import datetime, timezone

import pytest

from purpose.errors import UploadRejectedError
from purpose.logic.upload_kinds import KINDS, RowProblem
from purpose.logic.uploads import Header, check_file, kind_for, read_rows, to_record

NOW = datetime(2026, 11, 26, tzinfo=timezone.utc)
FFT_HEADER = 'Comment ID,Trust,Date,"Service type\n1",FFT categorical answer,FFT question," FFT answer "\r\n'


def rows(data: bytes, kind="fft", chunk=7):
    encoding = check_file(data[:65536], len(data), 10**9)
    pieces = [data[i:i + chunk] for i in range(0, len(data), chunk)]  # tiny chunks: records cross boundaries
    found = list(read_rows(pieces, KINDS[kind], encoding))
    assert isinstance(found[0], Header)
    return found[1:]


def record(row, kind="fft"):
    return to_record(KINDS[kind], row, campaign_id="import-" + kind, upload_id="u1", now=NOW, expires_at=1)


def test_header_names_with_line_breaks_and_spaces_are_matched():
    found = rows((FFT_HEADER + 'C1,T,2026-11-01,Ambulance,1,Why?,"Kind crew, on time"\r\n').encode())
    assert found[0].values["FFT answer"] == "Kind crew, on time"
    assert found[0].values["Service type 1"] == "Ambulance"


def test_quoted_fields_with_newlines_and_commas_stay_one_record():
    data = (FFT_HEADER + 'C1,T,01/11/2026,A,2,Q,"Line one,\nline two"\nC2,T,,A,,Q,Second\n').encode()
    found = rows(data)
    assert [r.values["FFT answer"] for r in found] == ["Line one,\nline two", "Second"]
    assert [r.number for r in found] == [2, 3]
    assert record(found[0]).contribution.source_date == "2026-11-01"


@pytest.mark.parametrize("encoding, prefix", [("utf-8", b""), ("utf-8-sig", b"\xef\xbb\xbf"), ("cp1252", b"")])
def test_utf8_with_or_without_bom_and_windows_1252(encoding, prefix):
    text = FFT_HEADER + "C1,T,,A,1,Q,Café staff were great – thank you £5 parking\n"
    data = prefix + text.encode("utf-8" if encoding != "cp1252" else "cp1252")
    assert rows(data)[0].values["FFT answer"] == "Café staff were great – thank you £5 parking"


@pytest.mark.parametrize("answer", ["Did not answer", "  ", "-", "Not answered"])
def test_blank_answers_are_not_contributions(answer):
    assert record(rows((FFT_HEADER + f"C1,T,,A,1,Q,{answer}\n").encode())[0]) is None


def test_the_source_id_makes_the_identity_and_content_otherwise():
    a = record(rows((FFT_HEADER + "C1,T,,A,1,Q,Good\n").encode())[0])
    b = record(rows((FFT_HEADER + "C1,T,,A,1,Q,Good but renamed file\n").encode())[0])
    assert a.record_id == b.record_id
    c = record(rows(b"Event,Stakeholder group,What was said\nE,carer,Parking\n", "event-notes")[0], "event-notes")
    d = record(rows(b"Event,Stakeholder group,What was said\nE,Carers,  parking \n", "event-notes")[0], "event-notes")
    assert c.record_id == d.record_id and c.contribution.stakeholder_group == "carer"


@pytest.mark.parametrize("data, says", [
    (b"", "empty"),
    (b"\x1f\x8b\x08\x00" + b"\x00" * 100, "gzip compressed"),
    (b"PK\x03\x04" + b"x" * 100, "zip compressed"),
    (bytes(range(256)) * 10, "not a text file"),
    (b"\xff\xfe" + "Comment ID,FFT answer\r\nC1,Good\r\n".encode("utf-16-le"), 'save it as "CSV UTF-8"'),
])
def test_files_that_are_not_csv_are_refused(data, says):
    with pytest.raises(UploadRejectedError, match=says):
        check_file(data[:65536], len(data), 10**9)


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files_are_read(separator):
    header = separator.join(["Comment ID", "Trust", "Date", "FFT categorical answer", "FFT question", "FFT answer"])
    line = separator.join(["C1", "T", "01/11/2026", "1", "Q", '"Kind crew, on time; thank you"'])
    [found] = rows(f"{header}\r\n{line}\r\n".encode())
    assert found.values["FFT answer"] == "Kind crew, on time; thank you"
    assert record(found).contribution.source_date == "2026-11-01"


def test_a_comma_separated_header_with_a_semicolon_in_a_name_stays_comma_separated():
    [found] = rows(b'Comment ID,"Date; time",FFT answer\nC1,01/11/2026,"Fine; thanks"\n')
    assert found.values["FFT answer"] == "Fine; thanks"


def test_too_large_and_missing_columns_are_refused():
    with pytest.raises(UploadRejectedError, match="the limit is"):
        check_file(b"a,b\n", 500 * 1024 * 1024, 200 * 1024 * 1024)
    with pytest.raises(UploadRejectedError, match="Missing required column: FFT answer"):
        rows(b"Comment ID,Trust\nC1,T\n")


@pytest.mark.parametrize("line, column", [
    ("C1,T,31/31/2026,A,1,Q,Fine", "Date"),
    ("C1,T,,A,9,Q,Fine", "FFT categorical answer"),
])
def test_bad_values_name_the_column(line, column):
    with pytest.raises(RowProblem) as problem:
        record(rows((FFT_HEADER + line + "\n").encode())[0])
    assert problem.value.column == column


def test_idea_board_exports_map_their_own_column_names():
    data = b"Title,Details,Likes,Author role,ID\nSelf-rostering,Swap shifts by phone,42,Staff,IDEA-1\n"
    imported = record(rows(data, "ideas")[0], "ideas")
    assert imported.contribution.votes == 42 and imported.contribution.stakeholder_group == "staff"
    assert imported.contribution.answers["q1"] == "Self-rostering\nSwap shifts by phone"


def test_work_items_and_cqc_ratings_become_programme_records():
    work = record(rows(b"id,title,description,by when\nW1,Faster handovers,Handover area,31/03/2027\n", "work-items")[0],
                  "work-items")
    assert work.record["aim"]["by_when"] == "2027-03-31"
    # A deadline in the team's own words is kept as written, for the aim statement check to read
    own = record(rows(b"id,title,by when\nW2,Falls,March 2027\n", "work-items")[0], "work-items")
    assert own.record["aim"]["by_when"] == "March 2027"
    rating = record(rows(b"Quality statement,Rating\nFreedom to speak up,Requires improvement\n", "cqc-ratings")[0],
                    "cqc-ratings")
    assert rating.record == {"statement": "speak-up", "rating": "requires improvement", "rated_on": ""}


def test_the_kind_comes_from_the_key_or_the_metadata():
    assert kind_for("uploads/fft/export.csv", {}).name == "fft"
    assert kind_for("uploads/other/export.csv", {"kind": "ideas"}).name == "ideas"
    with pytest.raises(UploadRejectedError, match="Unknown kind"):
        kind_for("uploads/photos/cat.csv", {})
