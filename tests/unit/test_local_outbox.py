"""The local outbox: every email written once, and an index a person can open."""

from email.message import EmailMessage
from types import SimpleNamespace

from purpose.local import outbox as outbox_module
from purpose.local.outbox import Outbox


def sent(n: int, subject: str = "Bulletin") -> SimpleNamespace:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "sp@example.nhs.uk", f"reader{n}@example.org", f"{subject} {n}"
    message.set_content("Hello")
    return SimpleNamespace(id=f"m{n:04d}", raw_data=message.as_bytes())


def test_each_email_is_written_once_and_listed_in_the_index(tmp_path):
    box = Outbox(tmp_path / "outbox")
    assert [p.name for p in box.add([sent(1), sent(2)])] == ["m0001.eml", "m0002.eml"]
    assert box.add([sent(1)]) == []  # the same message again writes nothing
    index = (tmp_path / "outbox" / "index.html").read_text()
    assert "Bulletin 1" in index and "Bulletin 2" in index and "reader2@example.org" in index
    # A later run lists what an earlier one wrote
    Outbox(tmp_path / "outbox").add([sent(3)])
    index = (tmp_path / "outbox" / "index.html").read_text()
    assert all(f"Bulletin {n}" in index for n in (1, 2, 3))


def test_a_large_bulletin_reads_each_email_once(tmp_path, monkeypatch):
    reads = []
    parse = outbox_module.email.message_from_string
    monkeypatch.setattr(outbox_module.email, "message_from_string",
                        lambda text, **kw: reads.append(1) or parse(text, **kw))
    box = Outbox(tmp_path / "outbox")
    for n in range(200):  # as the runtime copies a bulletin: a few messages at a time
        box.add([sent(n)])
    assert len(reads) == 200  # rewriting the index from every file each time would read 20,100
    assert (tmp_path / "outbox" / "index.html").read_text().count("<tr><td>") == 200
