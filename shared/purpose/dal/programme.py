"""The programme table: campaigns, uploads and the other things a trust runs, one partition per kind."""

from __future__ import annotations

import time

from purpose.clients.aws import table
from purpose.dal.errors import store_errors
from purpose.dal.items import from_item, to_item
from purpose.errors import ConflictError


class ProgrammeStore:
    """Records keyed by (kind, id). Reads are consistent (an admin sees what they just changed) unless the
    caller accepts a recent copy with max_age."""

    def __init__(self, table_name: str) -> None:
        self._table = table(table_name)
        self._recent: dict[tuple[str, str], tuple[float, dict]] = {}  # (when read, record), for max_age reads

    def _changed(self, kind: str, record_id: str) -> None:
        self._recent.pop((kind, record_id), None)

    @staticmethod
    def _item(kind: str, record_id: str, record: dict) -> dict:
        """A record as the table stores it, under its kind and id."""
        return to_item({**record, "pk": kind.upper(), "sk": record_id, "kind": kind})

    def put_record(self, kind: str, record_id: str, record: dict, *, only_if_new: bool = False) -> bool:
        self._changed(kind, record_id)
        item = self._item(kind, record_id, record)
        extra = {"ConditionExpression": "attribute_not_exists(pk)"} if only_if_new else {}
        try:
            with store_errors(f"saving {kind}"):
                self._table.put_item(Item=item, **extra)
        except ConflictError:
            return False
        return True

    def replace_record(self, kind: str, record_id: str, record: dict) -> bool:
        """Store the record under its id, in one write; whether it replaced one stored under that id."""
        self._changed(kind, record_id)
        item = self._item(kind, record_id, record)
        with store_errors(f"saving {kind}"):
            answer = self._table.put_item(Item=item, ReturnValues="ALL_OLD")
        return bool(answer.get("Attributes"))

    def create(self, kind: str, record_id: str, record: dict) -> dict:
        """Store a new record, or give back the one already stored under its id: with an id made from what was
        asked for, a request sent twice (a double-click, a client's retry) creates one record."""
        if self.put_record(kind, record_id, record, only_if_new=True):
            return record
        return self.get_record(kind, record_id) or record

    def put_latest(self, kind: str, record_id: str, record: dict, *, at: str) -> str:
        """Keep the record with the latest `at`: 'new', 'replaced', or 'stale' for an older replay."""
        self._changed(kind, record_id)
        item = self._item(kind, record_id, {**record, "at": at})
        try:
            with store_errors(f"saving {kind}"):
                answer = self._table.put_item(
                    Item=item, ConditionExpression="attribute_not_exists(pk) OR #at <= :at",
                    ExpressionAttributeNames={"#at": "at"}, ExpressionAttributeValues={":at": at},
                    ReturnValues="ALL_OLD")
        except ConflictError:
            return "stale"
        return "replaced" if answer.get("Attributes") else "new"

    def get_record(self, kind: str, record_id: str, *, max_age: float = 0) -> dict | None:
        """The stored record; with max_age, a copy read by this container at most that many seconds ago
        will do (changes made through this store are seen at once)."""
        recent = self._recent.get((kind, record_id)) if max_age else None
        if recent and time.monotonic() - recent[0] <= max_age:
            return dict(recent[1])
        with store_errors(f"reading {kind}"):
            found = self._table.get_item(Key={"pk": kind.upper(), "sk": record_id}, ConsistentRead=True).get("Item")
        if not found:
            return None  # not remembered: a record not there yet may be created any moment
        record = _clean(found)
        if max_age:
            self._recent[(kind, record_id)] = (time.monotonic(), record)
        return dict(record)

    def list_records(self, kind: str, prefix: str = "") -> list[dict]:
        condition = _key("pk").eq(kind.upper())
        if prefix:
            condition &= _key("sk").begins_with(prefix)
        records, start = [], None
        while True:
            extra = {"ExclusiveStartKey": start} if start else {}
            with store_errors(f"listing {kind}"):
                page = self._table.query(KeyConditionExpression=condition, ConsistentRead=True, **extra)
            records.extend(_clean(i) for i in page["Items"])
            start = page.get("LastEvaluatedKey")
            if not start:
                return records

    def update_record(self, kind: str, record_id: str, changes: dict) -> None:
        self._changed(kind, record_id)
        names = {f"#f{i}": k for i, k in enumerate(changes)}
        values = {f":v{i}": to_item(v) for i, v in enumerate(changes.values())}
        expression = "SET " + ", ".join(f"#f{i} = :v{i}" for i in range(len(changes)))
        with store_errors(f"updating {kind}"):
            self._table.update_item(Key={"pk": kind.upper(), "sk": record_id}, UpdateExpression=expression,
                                    ExpressionAttributeNames=names, ExpressionAttributeValues=values,
                                    ConditionExpression="attribute_exists(pk)")

    def add_to(self, kind: str, record_id: str, field: str, amount: int = 1) -> None:
        """Atomically add to a counter (for example a bulletin's bounces)."""
        self._changed(kind, record_id)
        with store_errors(f"counting {field}"):
            self._table.update_item(Key={"pk": kind.upper(), "sk": record_id}, UpdateExpression="ADD #f :n",
                                    ConditionExpression="attribute_exists(pk)",
                                    ExpressionAttributeNames={"#f": field}, ExpressionAttributeValues={":n": amount})

    def record_chunk_result(self, upload_id: str, chunk: str, summary: dict) -> bool:
        """Record one chunk's counts once; a repeated chunk message changes nothing."""
        try:
            with store_errors("recording the chunk result"):
                self._table.update_item(
                    Key={"pk": "UPLOAD", "sk": upload_id},
                    UpdateExpression="SET chunk_results.#c = :r",
                    ConditionExpression="attribute_exists(pk) AND attribute_not_exists(chunk_results.#c)",
                    ExpressionAttributeNames={"#c": chunk}, ExpressionAttributeValues={":r": to_item(summary)})
        except ConflictError:
            return False
        return True

    def delete_record(self, kind: str, record_id: str) -> None:
        self._changed(kind, record_id)
        with store_errors(f"deleting {kind}"):
            self._table.delete_item(Key={"pk": kind.upper(), "sk": record_id})


def _clean(item: dict) -> dict:
    return {k: v for k, v in from_item(item).items() if k not in ("pk", "sk", "kind")}


def _key(name: str):
    from boto3.dynamodb.conditions import Key  # imported with boto3, on first use

    return Key(name)
